import Foundation

/// A decision relayed from someone of the buyer's own household or circle: "my husband says go ahead", "wife says yes, clean
/// it up", "my accountant says restore it", "wife agrees, cancel it".
///
/// The buyer types it, and passes it on as theirs. Read only in one shape: the line opens with the person ("my wife",
/// "husband") and a verb that reports a decision made ("says", "said", "agrees", "approved"; never "thinks", "wants", "would",
/// "might", "will"), and everything after it is a plain yes as the reader reads it alone, or the action said again. Not the
/// seller's, the shop's or an unnamed "he"/"they"'s word, not a decision with a condition, a doubt, a question, a
/// refusal or another person's other view in it ("my husband says yes, I'm not sure", "my husband says yes but let me
/// check", "boss says no"): those stay as the whole-line reading left them.
extension ConfirmationReader {
    func relayedYes(_ text: String) -> ConfirmationReading? {
        let words = Words(text)
        let tokens = words.tokens
        var index = 0
        if index < tokens.count, ["my", "our"].contains(tokens[index]) { index += 1 }
        guard index < tokens.count, Self.relayingPeople.contains(tokens[index]) else { return nil }
        let person = tokens[index]
        index += 1
        guard index < tokens.count, Self.relayingVerbs.contains(tokens[index]) else { return nil }
        let verb = tokens[index]
        index += 1
        // "says that…", "says to go ahead".
        if index + 1 < tokens.count, ["that", "to"].contains(tokens[index]) { index += 1 }
        guard index < tokens.count else { return nil }
        let decided = tokens[index...]
        // No second person, no second voice and nothing left for a question ("my husband says yes, my wife says no").
        // Nor a sound of hesitation after it ("my husband says go ahead. hmm").
        guard !text.contains("?"), !decided.contains(where: CommandGenerator.hesitationSounds.contains), Self.someoneElseSpeaks(Array(decided)) == nil,
              !decided.contains(where: { Self.relayingPeople.contains($0) || Self.otherPeople.contains($0) }) else { return nil }
        let said = decided.joined(separator: " ")
        var alone = self
        alone.leadingYes = false
        let reading = alone.read(said)
        let plainYes = reading.decision == .yes
        // The action said again on its own ("restore it", "cancel the clock"): every word the action's or beside it.
        let (cues, unknown) = scanCues(Words(said))
        let restated = unknown.isEmpty && cues.contains { $0.cue == .restate }
            && cues.allSatisfy { $0.cue == .restate || $0.cue == .neutral || $0.cue == .agree }
        guard plainYes || restated else { return nil }
        return ConfirmationReading(decision: .yes, why: "a decision relayed from the buyer's own ('\(person) \(verb)'), and it is a plain yes ('\(said)')",
                                   rest: "")
    }

    /// People of the buyer's household or circle whose decision the buyer passes on.
    static let relayingPeople: Set<String> = ["wife", "husband", "hubby", "partner", "spouse", "son", "daughter", "mom", "mum", "mother",
                                              "dad", "father", "brother", "sister", "boss", "accountant", "fiance", "fiancee",
                                              "boyfriend", "girlfriend", "roommate", "flatmate", "grandma", "grandpa", "grandmother",
                                              "grandfather", "family", "parents", "kids"]
    /// Verbs that report a decision made.
    static let relayingVerbs: Set<String> = ["says", "said", "agrees", "agreed", "approves", "approved", "confirms", "confirmed",
                                             "okd", "oks"]
}
