import Testing
@testable import ConciergeDomain
import ConciergeTestSupport

/// Amounts follow ISO 4217's minor units: JPY has none, KWD three, USD two.
@Suite struct CurrencyTests {
    @Test func amountsAreWrittenWithTheCurrencysDecimals() {
        #expect(Money(minorUnits: 1200, currency: "JPY").description == "1200 JPY")
        #expect(Money(minorUnits: 2310, currency: "USD").description == "23.10 USD")
        #expect(Money(minorUnits: 1250, currency: "KWD").description == "1.250 KWD")
        #expect(Money(minorUnits: -5, currency: "KWD").decimalString == "-0.005")
        #expect(Money(minorUnits: 7, currency: "").decimalString == "0.07")
    }

    @Test func moreDecimalsThanTheCurrencyHasAreRefused() {
        #expect(Money(decimal: "1200", currency: "JPY")?.minorUnits == 1200)
        #expect(Money(decimal: "1200.5", currency: "JPY") == nil)
        #expect(Money(decimal: "1200.0", currency: "JPY") == nil)
        #expect(Money(decimal: "1.25", currency: "KWD")?.minorUnits == 1250)
        #expect(Money(decimal: "1.2505", currency: "KWD") == nil)
        #expect(Money(decimal: "23.10", currency: "usd")?.minorUnits == 2310)
    }

    @Test func unknownCodesHaveTwoDecimals() {
        #expect(Currency.decimals("XYZ") == 2)
        #expect(Currency.example("JPY") == "1200")
    }
}

@Suite struct TextColumnsAndPluralTests {
    @Test func columnsAreAlignedAndAmountsRightAligned() {
        let lines = TextColumns.align([["#1", "Cookbook", "9.00 USD", "cancelled"], ["#22", "Cordless drill", "79.90 USD", "delivered"]],
                                      rightAligned: [2])
        #expect(lines == ["#1   Cookbook         9.00 USD  cancelled", "#22  Cordless drill  79.90 USD  delivered"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        let lines = TextColumns.align([["注文", "x"], ["ab", "y"]])
        #expect(lines == ["注文  x", "ab    y"])
    }

    @Test func countsAgreeWithTheirNouns() {
        #expect(Plural.count(1, "buyer") == "1 buyer")
        #expect(Plural.count(2, "buyer") == "2 buyers")
        #expect(Plural.count(0, "message") == "0 messages")
        #expect(Plural.count(3, "reply") == "3 replies")
        #expect(Plural.count(2, "match") == "2 matches")
    }

    @Test func everyRefusalHasAStableSnakeCaseNameAndARule() {
        #expect(Refusal.every.count == Set(Refusal.every.map(\.stableName)).count)
        #expect(Refusal.every.allSatisfy { $0.stableName.allSatisfy { $0.isLowercase || $0 == "_" } && !$0.rule.isEmpty })
        #expect(Refusal.named("alreadyShipped")?.stableName == "already_shipped")
        #expect(Refusal.named("payment_being_verified") != nil)
        #expect(Refusal.named("banana") == nil)
    }
}
