import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession
/// A line diff of expected against actual replies: `-` only expected, `+` only actual, two spaces both.
public enum TranscriptDiff {
    /// One line of a diff.
    public enum Line: Equatable, Sendable {
        case same(String)
        case expectedOnly(String)
        case actualOnly(String)

        /// The line as printed: `  same`, `- expected`, `+ actual`.
        public var text: String {
            switch self {
            case .same(let s): "  " + s
            case .expectedOnly(let s): "-" + s
            case .actualOnly(let s): "+" + s
            }
        }
    }

    /// The longest common subsequence diff; fine for replies, which are a handful of lines.
    public static func lines(expected: [String], actual: [String]) -> [Line] {
        let n = expected.count, m = actual.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = expected[i] == actual[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var diff: [Line] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                diff.append(.same(expected[i])); i += 1; j += 1
            } else if j < m, i == n || table[i][j + 1] > table[i + 1][j] {
                diff.append(.actualOnly(actual[j])); j += 1
            } else {
                diff.append(.expectedOnly(expected[i])); i += 1
            }
        }
        return diff
    }
}
