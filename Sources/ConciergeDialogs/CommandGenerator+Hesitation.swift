import Foundation
import ConciergeDomain

/// A yes that is not one yet.
///
/// "Yes. Hmm.", "ok… umm", "sure, hmm let me see": a sound of hesitation after the agreement takes the yes back to a
/// maybe; the question is asked again (with what a yes does), since a wrong yes changes an order and asking again costs
/// one turn. A hesitation before the decision ("hmm, ok yes") is the buyer thinking first, and the decision stands.
/// "ok cancel the request" at a cancellation's summary may mean sending the request or calling it off: asked again too.
extension CommandGenerator {
    func heldBackYes(_ line: UnderstoodClause) -> GeneratedCommands? {
        switch context.expecting {
        case .confirmation, .offer, .proposal: break
        default: return nil
        }
        let tokens = Words(line.text).tokens
        var out = GeneratedCommands()
        // A refusal after the hesitation ("yes… hmm, no, don't") is the other readings' to take: it decides.
        // A correction after the sound ("yes, er, the plate I mean", "ok um, reason 2") is the other readings' too: it
        // names an order or gives a value of the request, and those readings place it.
        if let agreed = tokens.firstIndex(where: Self.agreementWords.contains),
           let paused = tokens[(agreed + 1)...].firstIndex(where: Self.hesitationSounds.contains),
           !tokens[paused...].contains(where: { Words.negators.contains($0) || Self.refusalWords.contains($0) || Self.turnsDown.contains($0) }),
           !placesSomething(line) {
            out.add(.repeatQuestion, "agreement, then a sound of hesitation: asked again")
            return out
        }
        if case .confirmation = context.expecting, context.activeGoal == .cancelOrder || context.activeGoal == .cancelPayment,
           let cancel = tokens.firstIndex(of: "cancel"), tokens[(cancel + 1)...].prefix(3).contains(where: { $0 == "request" || $0 == "requests" }) {
            out.add(.repeatQuestion, "\"cancel the request\" at a cancellation's summary: sending it or calling it off, asked again")
            return out
        }
        return nil
    }

    /// Whether the line names another order than the one in progress, or a number, or gives a value of the request.
    private func placesSomething(_ line: UnderstoodClause) -> Bool {
        let named = mentions(line.text)
        return named.meant.contains { $0 != context.activeOrder } || !named.unknownNumbers.isEmpty || !slotValues(line, for: context.activeGoal, firstLine: false).isEmpty
    }

    /// Words that turn a request down besides the negators and refusal words.
    static let turnsDown: Set<String> = ["no", "nope", "nah", "dont", "stop", "cancel", "wait"]

    /// Sounds a buyer hesitates with.
    static let hesitationSounds: Set<String> = ["hmm", "hm", "hmmm", "hmmmm", "umm", "um", "ummm", "uhm", "uh", "uhh", "uhhh", "er",
                                                "erm", "ehh", "eh", "mmm", "mm"]
}
