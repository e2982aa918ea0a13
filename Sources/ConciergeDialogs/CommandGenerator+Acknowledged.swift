import Foundation
import ConciergeUnderstanding

/// What the summary warned of, said back as understood: "Yes. I understand this cannot be undone.", "I am aware there is
/// no way back and I will not need to dispute it.", "I understand the seller must accept; please send the request now."
///
/// A clause that opens with the buyer understanding, knowing or being aware, and goes on about what follows the action
/// (it cannot be undone, it can be restored later, the seller must accept, the order goes back to awaiting payment, there
/// are no photos), acknowledges the summary: it neither decides nor asks. Its words ("undone", "restore", "the seller
/// must", "no way back") are not read as a refusal, another action or someone else's word; the rest of the line decides,
/// and with nothing else said nothing is decided. The clause ends at its sentence's end, a comma, or a word that turns or
/// joins on ("and", "but", "so", "though"): "I understand it can't be undone, so let me think" still puts the yes off, and
/// "I know it is permanent and nope" or "I know it can be restored and delete order 7300000051" leave their second part
/// to be read as it stands. A clause
/// with a doubt, a condition, an intention of the buyer's, a question or a word that says the summary is wrong is no
/// acknowledgement, and is read as it stands.
extension CommandGenerator {
    private static let acknowledgingLeadExpression = try? NSRegularExpression(pattern: acknowledgingLead, options: [.caseInsensitive])
    /// Where an acknowledging clause ends: a mark of punctuation or a joining word.
    private static let acknowledgementEnds = try? NSRegularExpression(
        pattern: #"[.;!?,—–:]|\b(and|or|nor|plus|but|so|however|though|although|yet|because|then|except|unless|if|while|whereas)\b|&"#,
        options: [.caseInsensitive])

    /// `text` without the clauses that acknowledge what the summary said follows; the text itself when it has none.
    static func withoutAcknowledgements(_ text: String) -> String {
        guard let lead = acknowledgingLeadExpression, let ends = acknowledgementEnds else { return text }
        var out = text
        var from = out.startIndex
        while from < out.endIndex,
              let found = lead.firstMatch(in: out, range: NSRange(from..<out.endIndex, in: out)),
              let range = Range(found.range, in: out) {
            // The lead opens a clause: at the start, after a mark of punctuation, or after a word of agreement ("yes I know…").
            let before = Words(String(out[out.startIndex..<range.lowerBound])).tokens
            let opensClause = before.isEmpty || out[..<range.lowerBound].trimmingCharacters(in: .whitespaces).last.map { ".,;!—–:(".contains($0) } == true
                || before.last.map { agreementWords.contains($0) || $0 == "and" } == true
            var stop = ends.firstMatch(in: out, range: NSRange(range.upperBound..<out.endIndex, in: out)).flatMap { Range($0.range, in: out) }
            // "… and it can't be undone", "… and I won't need to dispute it": an "and" that goes on telling what follows.
            while let joint = stop, out[joint].lowercased() == "and",
                  let next = ends.firstMatch(in: out, range: NSRange(joint.upperBound..<out.endIndex, in: out)).flatMap({ Range($0.range, in: out) })
                    ?? Optional(out.endIndex..<out.endIndex),
                  Self.goesOnTellingWhatFollows(Words(String(out[joint.upperBound..<next.lowerBound])).tokens) {
                stop = next.isEmpty ? nil : next
            }
            let end = stop?.lowerBound ?? out.endIndex
            let content = Words(String(out[range.upperBound..<end])).tokens
            let question = stop.map { out[$0] == "?" } ?? false
            if opensClause, !question, acknowledgesWhatFollows(content) {
                out.replaceSubrange(range.lowerBound..<end, with: "")
                from = range.lowerBound
            } else {
                from = range.upperBound
            }
        }
        return out
    }

    /// "I understand", "I fully understand that", "I know", "I realise", "I am aware", "I'm well aware that", "understood that".
    private static let acknowledgingLead =
        #"\b(i\s+(do\s+|fully\s+|totally\s+|completely\s+|now\s+)?(understand|know|realise|realize|acknowledge|get)|i\s*(am|'m|’m)\s+(fully\s+|well\s+|totally\s+)?aware|understood|noted)(\s+that)?\b"#

    /// Whether the words after the lead tell what follows the action, and nothing that doubts, conditions, intends, asks
    /// or says the summary is wrong.
    static func acknowledgesWhatFollows(_ content: [String]) -> Bool {
        guard content.count >= 2, content.count <= 16, let first = content.first, !ConfirmationReader.joining.contains(first),
              !["you", "u", "why", "what", "how", "nothing"].contains(first) else { return false }
        let joined = " " + content.joined(separator: " ") + " "
        guard content.contains(where: whatFollows.contains) || [" way back ", " no going back ", " pay again ", " go back ", " goes back ",
                                                                 " come back ", " get it back "].contains(where: joined.contains) else { return false }
        if content.contains(where: { notAnAcknowledgement.contains($0) || ConfirmationReader.doubtsAndFears.contains($0) }) { return false }
        if [" let me ", " going to ", " want to ", " wanna ", " would like ", " not sure ", " i will ", " i shall ", " i can "].contains(where: joined.contains) {
            // "I will not need to dispute it", "I can restore it later", "I can't undo it": the buyer's own part in what follows.
            let ownPart = [" i will not ", " i will never ", " i can restore ", " i can get it back ", " i can bring it back ", " i can undo ",
                           " i can pay again ", " i will have to pay again ", " i will need to pay again ", " i can still "]
            let stripped = ownPart.reduce(joined) { $0.replacingOccurrences(of: $1, with: " ") }
            if [" let me ", " going to ", " want to ", " wanna ", " would like ", " not sure ", " i will ", " i shall ", " i can "].contains(where: stripped.contains) {
                return false
            }
        }
        return true
    }

    /// Whether the words after an "and" in an acknowledgement go on telling what follows: they open with what the summary
    /// spoke of ("it", "there", "the seller") or the buyer's denied need ("I won't need to"), name no order and acknowledge.
    static func goesOnTellingWhatFollows(_ content: [String]) -> Bool {
        guard let first = content.first, !content.contains(where: { $0.contains(where: \.isNumber) }) else { return false }
        let joined = " " + content.joined(separator: " ") + " "
        let opensOnWhatFollows = ["it", "its", "this", "that", "there", "theres", "the", "nothing", "no"].contains(first)
        let deniedNeed = [" i will not need to ", " i wont need to ", " i will never need to "].contains { joined.hasPrefix($0) }
        // "and I will not need to complain about it": a need of the buyer's denied, after what follows, is the buyer's own
        // part in it.
        if deniedNeed { return content.count <= 9 && !content.contains(where: notAnAcknowledgement.contains) }
        return opensOnWhatFollows && acknowledgesWhatFollows(content)
    }

    /// Words of what follows an action, as summaries warn of it.
    static let whatFollows: Set<String> = [
        "undone", "undo", "reversed", "reverse", "reversible", "irreversible", "permanent", "permanently", "forever", "final", "restore",
        "restored", "recover", "later", "accept", "accepts", "agree", "agrees", "approve", "approves", "decide", "decides", "decline",
        "declines", "answer", "answers", "respond", "responds", "awaiting", "return", "returns", "again", "dispute", "refund",
        "refunded", "photos", "photo", "pictures", "evidence", "proof", "attached", "list", "hours", "days", "money", "gone",
        "deleted", "seller", "paid", "payment",
    ]
    /// Words that make the clause more than an acknowledgement: a doubt, a condition, the summary said to be wrong, a wait.
    static let notAnAcknowledgement: Set<String> = [
        "maybe", "perhaps", "if", "unless", "whether", "why", "what", "how", "which", "wrong", "mistake", "incorrect", "wait", "hold",
        "rather", "prefer", "keep", "instead", "other", "another", "think", "check", "first", "ill", "id", "sure", "but", "though",
        "should", "shouldnt", "might", "may", "probably", "hope", "hopefully", "risk", "risky", "sorry", "regret", "too", "also",
    ]
}
