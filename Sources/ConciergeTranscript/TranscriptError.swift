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
    /// Further problems found in the same file (the parser reports every one at once).
    public var following: [TranscriptError] = []

    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// This problem and the ones following it, one per line.
    public var description: String {
        ([self] + following).map { error in error.line.map { "\(error.file):\($0): \(error.problem)" } ?? "\(error.file): \(error.problem)" }
            .joined(separator: "\n")
    }

    /// This problem and the ones following it.
    public var all: [TranscriptError] {
        var first = self
        first.following = []
        return [first] + following
    }
}
