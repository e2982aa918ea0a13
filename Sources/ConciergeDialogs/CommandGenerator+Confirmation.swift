import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// The reply to a summary's "Shall I go ahead? (yes/no)" read as a whole line by `ConfirmationReader`, and placed.
///
/// A clear yes or no, with nothing in the line that changes the request, is the answer. A question, or a line that
/// changes what is being done (another order, a value of the request, dictated text, another action), is left to the
/// readings after the short replies: they answer it or change the request, and nothing is confirmed. A line the reader
/// cannot decide goes on to the short-reply rules as before, which ask again when they are not sure either.
extension CommandGenerator {
    /// How the reader places a reply to the pending summary.
    enum ConfirmationPlacement {
        /// Yes or no, with the reader's `why`.
        case decided(GeneratedCommands)
        /// A question or a change: never a yes; the readings after the short replies place it.
        case leftToOtherReadings
        /// The reader found no cue to decide by: the short-reply rules decide, as they did before it.
        case undecided
    }

    /// The placement of `line` when a summary waits for yes or no; `.undecided` at any other step.
    func confirmationPlacement(_ said: UnderstoodClause) -> ConfirmationPlacement {
        guard case .confirmation = context.expecting, let goal = context.activeGoal, goal.action != nil else { return .undecided }
        // "yes please :)": a smiley is no dictated text after a colon.
        var line = said
        line.text = Self.withoutSmileys(said.text)
        let itemWords = context.activeOrder.flatMap { resolver.titleWords[$0] } ?? []
        let reader = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(goal),
                                        neutralWords: ConfirmationReader.actionNouns(goal).union(itemWords),
                                        holdWords: goal == .confirmReceipt ? Self.damageWords : [],
                                        laterDoings: goal == .cancelPayment ? ["pay"] : [])
        let reading = reader.read(line.text)
        switch reading.decision {
        case .question:
            return askedAtSummary(line, reading, goal: goal).map { .decided($0) } ?? .leftToOtherReadings
        case .unsure:
            // "the other order, #…", "confirm both orders": not sure of the answer, sure it changes the request.
            if changesRequest(line, reading, goal: goal) { return .leftToOtherReadings }
            // "Please send me 1 meter cables, not 2": words not understood beside agreement may be a new text or a change.
            if reading.agreesBesideUnread { return .leftToOtherReadings }
            // "sure thing, once it ships", "yes if the seller agrees": held back, so asked again; no other rule reads a yes.
            guard reading.holdsBack else { return .undecided }
            // "Please send me 1 meter cables, not 2 meter. I order 2 pieces" at a message's summary: a new text with a
            // "not" in it, not an answer; it replaces the message (never a yes: a line opening with one is asked again).
            if goal == .messageSeller, Words(reading.rest).tokens.count >= 5 { return .decided(messageCommands(line, correcting: true)) }
            var out = GeneratedCommands()
            out.add(.notUnderstood(hint: nil), "the reply read as a whole, not a clear answer: \(reading.why)")
            return .decided(out)
        case .yes, .no:
            if changesRequest(line, reading, goal: goal) { return .leftToOtherReadings }
            var out = GeneratedCommands()
            out.add(.confirm(reading.decision == .yes), "the reply read as a whole: \(reading.why)")
            return .decided(out)
        }
    }

    /// A question at the summary ("can I get it back later?", "will I be told when the seller answers?"): answered where
    /// the asides or the catalog answer it, else the summary shown again (it says what a yes leads to); the summary
    /// stays pending and nothing is done. Nil for a request said as a question ("can you cancel the other one
    /// instead?"), which the other readings place.
    private func askedAtSummary(_ line: UnderstoodClause, _ reading: ConfirmationReading, goal: DialogGoal) -> GeneratedCommands? {
        let text = line.text
        let named = mentions(text)
        guard !text.contains(":"), named.unknownNumbers.isEmpty, named.meant.allSatisfy({ $0 == context.activeOrder }),
              !Words(reading.remainder).tokens.contains(where: Self.swapWords.contains) else { return nil }
        // "could you message the seller instead?", "please can you delete it": another action asked for, not asked about.
        let tokens = Words(text).tokens
        let asksForIt = tokens.first.map { ["can", "could", "would", "will", "please", "pls"].contains($0) } == true && tokens.dropFirst().first == "you"
        if let said = explicitGoal(text), !Self.sameAction(said, goal), asksForIt { return nil }
        // The readings that answer a question while a flow waits, in the generator's order; what they start (an order's
        // status, where its money goes) interrupts the summary, which resumes after.
        if let answered = aside(line) ?? sellerTimeQuestion(line) ?? questionAboutPendingRequest(line) ?? disputeTimeQuestion(line) {
            return answered
        }
        if let timed = timeQuestion(line) { return timed }
        var out = GeneratedCommands()
        if let topic = answerTopic(line) {
            out.add(.answer(topic: topic, order: context.activeOrder), "a question at the summary (\(reading.why)); answered, the summary still waits")
        } else {
            out.add(.repeatQuestion, "a question at the summary (\(reading.why)); the summary again, which says what a yes leads to")
        }
        return out
    }

    /// Where receipt is confirmed, words that say the item is not right: the buyer may want a dispute, never a yes on them.
    static let damageWords: Set<String> = ["damaged", "broken", "faulty", "defective", "cracked", "missing", "torn", "leaking",
                                           "dented", "scratched", "smashed", "shattered", "fake", "counterfeit", "spoiled", "ruined"]

    /// `text` without smileys written as their own word (":)", ";-)", ":D", "=)"); the text itself when it has none.
    static func withoutSmileys(_ text: String) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        let isSmiley: (Substring) -> Bool = { part in
            part.count >= 2 && part.count <= 4 && [":", ";", "="].contains(part.first!)
                && part.dropFirst().allSatisfy { ")(DPp]['-3Oo*".contains($0) } && part.dropFirst().contains(where: { $0 != "-" && $0 != "'" })
        }
        guard parts.contains(where: isSmiley) else { return text }
        return parts.filter { !isSmiley($0) }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Words of a question that weigh another way rather than ask about this one.
    static let swapWords: Set<String> = ["instead", "rather", "other", "another", "different"]

    /// Whether the line, besides its yes or no, changes what is being done: another order or an order number not the
    /// buyer's, another action, dictated text, a value of the request, words that add or swap ("instead", "reason").
    private func changesRequest(_ line: UnderstoodClause, _ reading: ConfirmationReading, goal: DialogGoal) -> Bool {
        let text = line.text
        if text.contains(":") || text.contains("\"") || text.contains("“") { return true }
        let named = mentions(text)
        if !named.unknownNumbers.isEmpty || named.meant.contains(where: { $0 != context.activeOrder }) { return true }
        let rest = Words(reading.remainder)
        if !reading.adds.isEmpty || rest.tokens.contains(where: Self.changeWords.contains) { return true }
        for said in [explicitGoal(text), reading.remainder.isEmpty ? nil : explicitGoal(reading.remainder)] {
            if let said, !Self.sameAction(said, goal) { return true }
        }
        if goal == .messageSeller, MessageDraft.addition(in: text) != nil { return true }
        if goal == .openDispute, !Self.fileNames(in: text).isEmpty || Self.saysNoPhotos(text) { return true }
        let values = slotValues(line, for: goal, firstLine: false)
        switch reading.decision {
        case .yes:
            // A yes explains every word, so a cancellation reason in it is the action's own phrase said again ("yes, I
            // don't need it anymore"), not a new reason, unless the line says it gives one.
            return values.contains { value in
                if case .cancellationReason = value { return rest.tokens.contains(where: Self.reasonWords.contains) }
                return true
            }
        case .unsure, .question:
            return !values.isEmpty
        case .no:
            // "No, I've changed my mind" refuses; "no, the reason is the address" changes the reason.
            return values.contains { value in
                if case .cancellationReason = value { return rest.tokens.contains(where: Self.reasonWords.contains) }
                return true
            }
        }
    }

    /// Words left unread beside a yes or no that change the request rather than answer it.
    static let changeWords: Set<String> = ["instead", "reason", "other", "another", "different", "change", "add", "human", "agent",
                                           "person", "someone", "representative", "manager", "support", "call"]
    /// Words that give a reason: a cancellation reason said with a no is a new reason.
    static let reasonWords: Set<String> = ["reason", "because", "since", "cause", "coz", "cuz"]
}
