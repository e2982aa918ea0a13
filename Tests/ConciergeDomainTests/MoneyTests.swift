import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite struct MoneyTests {
    @Test func parsesDecimalStrings() {
        #expect(Money(decimal: "23.10", currency: "USD")?.minorUnits == 2310)
        #expect(Money(decimal: "23.1", currency: "USD")?.minorUnits == 2310)
        #expect(Money(decimal: "7", currency: "USD")?.minorUnits == 700)
        #expect(Money(decimal: "1.234", currency: "USD") == nil)
        #expect(Money(decimal: "abc", currency: "USD") == nil)
        #expect(Money(decimal: "-3", currency: "USD") == nil)
    }

    @Test func printsTwoDecimals() {
        #expect(Money(minorUnits: 2305, currency: "EUR").description == "23.05 EUR")
    }
}
