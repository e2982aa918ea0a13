import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Answers where an order is waited for: a yes to "Do you mean order #…?" said at length, and a pick that fits several
/// listed orders.
///
/// A yes to "Do you mean order #…?" said at length:
/// "Yes please, bring it back, that would be a great help", "yes that's the one, from september": a proposed order is
/// only a question of which order; a yes to it changes nothing yet (the summary still asks before anything is written).
/// So a line that opens with agreement takes the proposed order when nothing in it holds back, refuses, asks, names
/// another order or asks for another action: whatever else it says is courtesy or the story. The stricter reading of a
/// summary's yes (`agreement`) does not apply here, since it guards a write.
extension CommandGenerator {
    func proposalAgreement(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard case .proposal(let proposed) = context.expecting,
              !Words.text(line.text, contains: "?"), !Words.looksLikeQuestion(line.text), !Words.asksSomething(line.text) else { return nil }
        let tokens = Words(line.text).tokens
        guard let first = tokens.first, Self.agreementWords.contains(first), tokens.count <= Self.proposalAgreementLength,
              !tokens.contains(where: { Words.negators.contains($0) || Self.refusalWords.contains($0) || Self.holdsOff.contains($0)
                                        || Self.questionWords.contains($0) || Self.notTheProposedOne.contains($0) }) else { return nil }
        let named = mentions(line.text)
        guard named.unknownNumbers.isEmpty, named.negative.isEmpty, named.meant.allSatisfy({ $0 == proposed }) else { return nil }
        // "yes, and message the seller too": another action is a request of its own, for the readings after this one.
        if let said = explicitGoal(line.text), let active = context.activeGoal, !Self.sameAction(said, active) { return nil }
        let rest = tokens.drop { Self.agreementWords.contains($0) }.joined(separator: " ")
        if let reply = DialogReply.parse(rest), reply == .stop || reply == .deny { return nil }
        var out = GeneratedCommands()
        out.add(.confirm(true), "agreement opening the answer to the order proposed: the order is taken, the summary still asks")
        return out
    }

    /// Words that hold a proposed order back or point past it ("yes but the other one", "ok, or the lamp").
    static let notTheProposedOne: Set<String> = ["but", "instead", "or", "other", "another", "different", "if", "unless", "except", "wrong"]

    /// How long a line that opens with agreement may be and still only agree to the order proposed.
    static let proposalAgreementLength = 20

    /// "the blue one" where two blue things were listed: an answer that fits several listed orders is asked again, never
    /// read as the first of them.
    func fitsSeveralListed(_ found: OrderResolver.Mentions) -> GeneratedCommands? {
        guard case .order(let list) = context.expecting,
              let open = found.positive.first(where: { $0.contains { $0 != context.activeOrder } }) else { return nil }
        guard open.filter({ list.contains($0) && !found.negative.contains($0) }).count > 1 else { return nil }
        var out = GeneratedCommands()
        out.add(.notUnderstood(hint: nil), Self.fitsSeveralReason)
        return out
    }

    /// Why a pick is asked again: the line is then not read afresh as a request of its own (a bare "the boots" is no dispute).
    static let fitsSeveralReason = "the answer fits several listed orders: asked again"

    /// "no sorry, not the 39s, the size 41 pair": a correction that names another of the buyer's orders.
    func correctsToAnotherOrder(_ line: UnderstoodClause) -> Bool {
        let text = Self.beforeContent(line.text)
        guard Self.saysCorrection(Words(text)) else { return false }
        return mentions(text).meant.contains { $0 != context.activeOrder }
    }
}
