import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeSession

/// How a typed line is cut before it is understood: at 2,000 characters, words at 30, outer spaces gone.
@Suite struct SessionTidyTests {
    /// The cut written the plain way, on characters, for any text.
    static func reference(_ rawLine: String) -> String {
        let cut = String(TerminalText.sanitize(rawLine).prefix(Session.maximumLineLength))
        return cut.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.count > Session.maximumWordLength ? $0.prefix(Session.maximumWordLength) : $0 }
            .joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    @Test func longLinesAndWordsAreCutAsThePlainCutDoes() {
        var random = SplitMix64(seed: 8)
        let pieces = ["blah", " ", "  ", "x", String(repeating: "y", count: 29), String(repeating: "z", count: 31), "\t", "é", "\u{1B}[31m", "ok."]
        var lines = [String(repeating: "blah ", count: 20_000), " " + String(repeating: "a", count: 100_000) + " ",
                     "cancel order 7300000063 " + String(repeating: "x", count: 100_000), String(repeating: " ", count: 3_000),
                     String(repeating: "a", count: 2_000) + "\u{301}" + String(repeating: "b", count: 10),
                     String(repeating: "a", count: 1_999) + "\u{301}" + String(repeating: "b", count: 10),
                     String(repeating: "ab ", count: 700) + "é", String(repeating: "ab ", count: 666) + "ab\u{301}cd",
                     // Printable ASCII as far as the cut looks, then what sanitizing removes or changes.
                     String(repeating: "ab ", count: 667) + "\u{1B}[31mred\tand more", String(repeating: "c", count: 2_001) + "\u{7}x",
                     String(repeating: "ab ", count: 666) + "a\u{1B}]0;title\u{7}b", String(repeating: "de ", count: 666) + "\u{9B}31m\u{202E}x"]
        for _ in 0..<300 {
            var line = ""
            while line.utf8.count < 2_100 + Int(random.next() % 200) { line += pieces[Int(random.next() % UInt64(pieces.count))] }
            lines.append(line)
        }
        let different = lines.filter { Session.tidy($0) != Self.reference($0) }
        let count = different.count
        #expect(count == 0, "\(different.prefix(2).map { $0.prefix(80) })")
    }

    @Test func aLineWithinTheLimitsOnlyLosesItsOuterSpaces() {
        #expect(Session.tidy("  cancel my order  ") == "cancel my order")
        #expect(Session.tidy(String(repeating: "a", count: 40)) == String(repeating: "a", count: 30))
    }
}
