import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession
extension Transcript {
    /// The transcript's text with each turn's `<` lines replaced by `actualReplies` (one entry per turn);
    /// comments, assertions and clock jumps stay exactly where they are.
    public func updatingExpectedLines(with actualReplies: [[String]]) -> String {
        let turns = self.turns
        var replacement: [Int: [String]] = [:]   // line index → lines that take its place
        var dropped: Set<Int> = []
        // A turn checked only loosely (<~, </) stays loose: its exact lines are not added.
        for turn in turns where turn.number <= actualReplies.count 
            && !(turn.expectedLineIndices.isEmpty && (!turn.loose.isEmpty || header.looseReplies)) {
            let rendered = actualReplies[turn.number - 1].map { "< " + TranscriptEscapes.encode($0) }
                .map { $0 == "< " ? "<" : $0 }
            if let first = turn.expectedLineIndices.first {
                replacement[first] = rendered
                dropped.formUnion(turn.expectedLineIndices.dropFirst())
            } else {
                replacement[turn.lineIndex] = [lines[turn.lineIndex].source] + rendered
            }
        }
        var output: [String] = []
        for (index, line) in lines.enumerated() where !dropped.contains(index) {
            output += replacement[index] ?? [line.source]
        }
        return output.joined(separator: "\n") + "\n"
    }
}
