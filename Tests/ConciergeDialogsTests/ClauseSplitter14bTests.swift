import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// A number before ")" cuts a line as a list's number only where no parenthesis is open before it.
@Suite struct ClauseSplitter14bTests {
    @Test func aNumberClosingAParenthesisIsNoListNumber() {
        let line = "ok so i bought the desk lamp (41.50, shipped nov 9) for my flat and it never arrived. please open a dispute"
        #expect(ClauseSplitter.pieces(line).map(\.text)
                == ["ok so i bought the desk lamp (41.50, shipped nov 9) for my flat and it never arrived", "please open a dispute"])
        #expect(ClauseSplitter.piecesByExpression(line).map(\.text) == ClauseSplitter.pieces(line).map(\.text))
    }

    @Test func aListsNumbersStillCut() {
        #expect(ClauseSplitter.pieces("two things 1) cancel the mug 2) delete the lamp").map(\.text)
                == ["two things", "cancel the mug", "delete the lamp"])
        // A parenthesis closed before the list leaves the list's numbers as they were.
        #expect(ClauseSplitter.pieces("the mug (the blue one) 1) cancel it 2) delete the lamp").count == 3)
    }

    /// The byte scan and the expressions agree on lines with parentheses and numbers in every arrangement.
    @Test func scanAndExpressionsAgreeAroundParentheses() {
        let parts = ["(", ")", "3)", "1)", "2.", "(27.80,", "nov", "9)", "for", "her", "cancel", "the", "mug", "and", "then", "delete", "it", "x"]
        let gaps = [" ", " ", ", ", ". ", ""]
        var random = SplitMix64(seed: 14)
        var different: [String] = []
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<Int(random.next() % 10) + 1 {
                line += parts[Int(random.next() % UInt64(parts.count))] + gaps[Int(random.next() % UInt64(gaps.count))]
            }
            let scanned = ClauseSplitter.pieces(line), expressed = ClauseSplitter.piecesByExpression(line)
            if scanned.map(\.text) != expressed.map(\.text) || scanned.map(\.sequenced) != expressed.map(\.sequenced) { different.append(line) }
        }
        #expect(different.isEmpty, "\(different.prefix(5))")
    }
}
