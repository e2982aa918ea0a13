import Testing
@testable import concierge

/// Replies broken to the terminal's width: never inside a word, lists continue under their text.
@Suite struct TextWrapTests {
    @Test func noWordIsSplitAndNoLineIsTooWide() {
        let text = "Refunds go back to the original payment method: a card linked through Alipay lands in your Alipay account, not on the card, and the tracking number shows on the order page."
        let lines = TextWrap.wrap(text, width: 40)
        #expect(lines.allSatisfy { TextWrap.displayWidth($0) <= 40 })
        #expect(lines.joined(separator: " ") == text)
        #expect(lines.count > 1)
    }

    @Test func listItemsKeepTheirIndentation() {
        let lines = TextWrap.wrap("  1. #7300000042 Wireless earbuds (awaiting shipment, 23.10 USD) and a long tail of words", width: 40)
        #expect(lines[0].hasPrefix("  1. #7300000042"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("     ") && !$0.hasPrefix("      ") })
        let bullets = TextWrap.wrap("- credit/debit card or PayPal: 3–20 business days, depending on your bank", width: 30)
        #expect(bullets.dropFirst().allSatisfy { $0.hasPrefix("  ") })
    }

    @Test func shortLinesAndAlignedColumnsAreLeftAlone() {
        #expect(TextWrap.wrap("  #8100000001  Paperback atlas   18.00 USD", width: 80) == ["  #8100000001  Paperback atlas   18.00 USD"])
        #expect(TextWrap.wrap("", width: 80) == [""])
    }

    @Test func onlyAWordWiderThanTheScreenIsCut() {
        let long = String(repeating: "x", count: 50)
        let lines = TextWrap.wrap("see \(long) here", width: 20)
        #expect(lines.allSatisfy { TextWrap.displayWidth($0) <= 20 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "see\(long)here")
    }

    @Test func wideCharactersCountTwice() {
        #expect(TextWrap.displayWidth("注文") == 4)
        #expect(TextWrap.wrap("注文 注文 注文 注文 注文 注文 注文", width: 20).allSatisfy { TextWrap.displayWidth($0) <= 20 })
    }
}
