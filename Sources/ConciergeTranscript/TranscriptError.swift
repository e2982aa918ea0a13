import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession
/// A transcript that can't be read: where, and what is wrong.
public struct TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var problem: String

    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        if let line { return "\(file):\(line): \(problem)" }
        return "\(file): \(problem)"
    }
}
