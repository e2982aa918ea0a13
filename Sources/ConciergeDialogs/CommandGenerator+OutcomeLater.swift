import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// What the buyer wants from a dispute, changed at a later step: "ok then just a partial refund, 10 bucks" where photos
/// or the description are asked.
extension CommandGenerator {
    /// Where the evidence or the description is asked, a line that names an outcome by its label ("partial refund", "full
    /// refund", "return and refund") or asks for an amount back changes the outcome (and the amount); it is no
    /// description. A question ("do i have to send it back?") changes nothing here.
    func outcomeChangedLater(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.activeGoal == .openDispute, context.expecting == .evidence || context.expecting == .description,
              Self.fileNames(in: line.text).isEmpty else { return nil }
        // "wait do i have to ship the whole thing back??" where photos are asked: a question about what the buyer must do
        // is neither evidence nor the description; the step asks again.
        if Self.asksWhatIsRequired(Words(line.text)), Words.looksLikeQuestion(line.text) {
            var out = GeneratedCommands()
            out.add(.repeatQuestion, "a question about what the buyer must do, where photos or the description are asked")
            return out
        }
        guard !Words.looksLikeQuestion(line.text) else { return nil }
        let words = Words(line.text)
        guard words.count <= 12, words.containsAny(["partial refund", "full refund", "return and refund", "refund of", "back instead", "just a refund",
                                                     "partial", "money back"]) || !line.entities.amounts.isEmpty && words.containsAny(["back", "refund"])
        else { return nil }
        let values = slotValues(line, for: .openDispute, firstLine: false).filter {
            switch $0 {
            case .outcome, .amount: true
            default: false
            }
        }
        guard values.contains(where: { if case .outcome = $0 { true } else { false } }) else { return nil }
        var out = GeneratedCommands()
        out.add(values.map { .correctSlot($0) }, "another outcome said at a later step of the dispute")
        return out
    }

    /// "do i have to ship it back?", "will I need to return it?": a question about what the buyer must do.
    static func asksWhatIsRequired(_ words: Words) -> Bool {
        words.containsAny(["do i have to", "do i need to", "will i have to", "will i need to", "would i have to", "must i", "have i got to",
                           "do we have to", "do i gotta", "should i"])
    }
}
