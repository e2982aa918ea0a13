import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// Writes a live conversation down as a transcript that replays green as it stands:
/// give it the header, then each buyer line with the assistant's reply lines, and clock jumps.
public struct TranscriptRecorder: Sendable {
    public let header: TranscriptHeader
    private var body: [String] = []

    /// `header.now` should be the session clock's starting instant, so the replay sees the same times.
    public init(header: TranscriptHeader, title: String? = nil) {
        self.header = header
        if let title { body.append(contentsOf: title.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }) }
    }

    /// Adds a comment line.
    public mutating func comment(_ text: String) {
        body.append("# " + text)
    }

    /// Adds a turn: what the buyer typed, as typed, and what the assistant answered.
    public mutating func record(buyerLine: String, reply: [String]) {
        if !body.isEmpty, body.last != "" { body.append("") }
        let encoded = TranscriptEscapes.encode(buyerLine)
        body.append(encoded.isEmpty ? ">" : "> " + encoded)
        for line in reply.flatMap({ $0.split(separator: "\n", omittingEmptySubsequences: false) }) {
            let text = TranscriptEscapes.encode(String(line))
            body.append(text.isEmpty ? "<" : "< " + text)
        }
    }

    /// Adds a clock jump (the session's clock moved on by `interval`).
    public mutating func recordClockAdvance(by interval: TimeInterval) {
        if body.last != "" { body.append("") }
        body.append("+" + TranscriptParser.durationText(interval))
    }

    /// Adds an assertion line (`? order 7300000042 status cancelled`) after the last turn.
    public mutating func assert(_ text: String) {
        body.append("? " + text)
    }

    /// The transcript text.
    public func render() -> String {
        var lines = ["fixture: \(header.fixture)", "buyer: \(header.buyer)"]
        if let agent = header.agent { lines.append("agent: \(agent)") }
        if let now = header.now { lines.append("now: \(DateText.iso8601(now))") }
        lines.append("")
        return (lines + body).joined(separator: "\n") + "\n"
    }
}
