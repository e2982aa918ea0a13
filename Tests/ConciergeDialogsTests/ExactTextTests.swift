import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// `ExactText` keys are equal exactly when their bytes are, however long the texts and wherever they differ.
@Suite struct ExactTextTests {
    @Test func textsAreTheSameKeyOnlyWhenTheirBytesAre() {
        let head = String(repeating: "the walnut tray arrived scratched and ", count: 4)
        let texts = [
            "", "a", "yes", "café", "cafe\u{301}",   // the same word spelt with one accent character and with a combining accent
            head + "i want a refund", head + "i want a refunt", head + "i need a refund",
            "x" + head + "i want a refund", head + "i want a refund.",
        ]
        for a in texts {
            for b in texts {
                let same = Array(a.utf8) == Array(b.utf8)
                #expect((ExactText(a) == ExactText(b)) == same, "\(a) / \(b)")
                if same { #expect(ExactText(a).hashValue == ExactText(b).hashValue) }
            }
        }
    }

    @Test func aMemoGivesEachLongTextItsOwnValue() {
        // Texts longer than the bytes hashed, differing only in their middle, each keep their own value.
        let memo = TextMemo<Int>(capacity: 64)
        let texts = (0..<20).map { n in String(repeating: "a", count: 100) + "\(n)" + String(repeating: "b", count: 100) }
        for (n, text) in texts.enumerated() { memo.keep(n, for: text) }
        for (n, text) in texts.enumerated() { #expect(memo.value(for: text) == n) }
        #expect(memo.value(for: String(repeating: "a", count: 100) + "x" + String(repeating: "b", count: 100)) == nil)
    }
}

/// `RecentAnswers` gives each text and extra key its own answer, whatever was asked before and however many.
@Suite struct RecentAnswersTests {
    @Test func eachKeyKeepsItsOwnAnswer() {
        let answers = RecentAnswers<Int?, String>(kept: 3)
        var made = 0
        func ask(_ text: String, _ extra: Int?) -> String {
            answers.value(for: text, extra) { made += 1; return "\(text)/\(extra.map(String.init) ?? "-")" }
        }
        #expect(ask("the walnut tray arrived fine", nil) == "the walnut tray arrived fine/-")
        #expect(ask("the walnut tray arrived fine", 2) == "the walnut tray arrived fine/2")
        #expect(ask("the walnut tray arrived fine", nil) == "the walnut tray arrived fine/-")
        #expect(made == 2)
        for n in 0..<10 { #expect(ask("line \(n)", n) == "line \(n)/\(n)") }
        #expect(ask("the walnut tray arrived fine", 2) == "the walnut tray arrived fine/2")   // made again after it was let go
        #expect(made == 13)
        #expect(ask("cafe\u{301}", nil) == "cafe\u{301}/-")
        #expect(ask("café", nil) == "café/-")   // another spelling of the same word is another text
    }
}
