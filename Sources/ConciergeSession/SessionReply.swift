import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
/// What the session answers to one line: the assistant's lines, and whether the conversation ended.
public struct SessionReply: Equatable, Sendable {
    public var lines: [String]
    /// The buyer asked to leave (/quit).
    public var endsSession: Bool

    public init(lines: [String], endsSession: Bool = false) {
        self.lines = lines
        self.endsSession = endsSession
    }

    /// The reply as one block of text.
    public var text: String { lines.joined(separator: "\n") }
}
