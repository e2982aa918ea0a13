import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
/// What the session answers to one line: the assistant's lines, and whether the conversation ended.
public struct SessionReply: Equatable, Sendable {
    public var lines: [String]
    /// The buyer asked to leave (/quit).
    public var endsSession: Bool
    /// The store failed (disk full, file-size limit…): what went wrong. A chat stops and exits non-zero.
    public var failure: String?

    public init(lines: [String], endsSession: Bool = false, failure: String? = nil) {
        self.lines = lines
        self.endsSession = endsSession
        self.failure = failure
    }

    /// The reply to a turn the store could not complete: one plain line for the buyer, the detail as `failure`.
    public static func storeFailed(_ error: Error) -> SessionReply {
        let failure = SessionFailure(error)
        return SessionReply(lines: [failure.message], failure: failure.detail)
    }

    /// The reply as one block of text.
    public var text: String { lines.joined(separator: "\n") }
}
