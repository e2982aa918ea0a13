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
        #expect(Money(decimal: "+3", currency: "USD") == nil)
        #expect(Money(decimal: "٣", currency: "USD") == nil)
    }

    /// Issue 12 item 2: "-5" was read as 5.00 by callers that dropped the sign; now the sign is kept.
    @Test func negativeAmountsKeepTheirSign() {
        #expect(Money(decimal: "-5", currency: "USD")?.minorUnits == -500)
        #expect(Money(decimal: "-0.50", currency: "USD")?.minorUnits == -50)
        #expect(Money(decimal: "-5", currency: "USD")?.isPositive == false)
        #expect(Money(minorUnits: -500, currency: "USD").decimalString == "-5.00")
    }

    /// Issue 12 item 2: amounts near Int64's limit trapped (signal 4); now they are not amounts.
    @Test func amountsNearIntegerLimitsAreRefusedWithoutTrapping() {
        #expect(Money(decimal: "9223372036854775807", currency: "USD") == nil)
        #expect(Money(decimal: "92233720368547758.07", currency: "USD") == nil)
        #expect(Money(decimal: "-9223372036854775808", currency: "USD") == nil)
        #expect(Money(decimal: "10000000000000.00", currency: "USD")?.minorUnits == Money.largestMinorUnits)
        #expect(Money(decimal: "10000000000000.01", currency: "USD") == nil)
        #expect(Money(minorUnits: .min, currency: "USD").decimalString == "-92233720368547758.08")
    }

    @Test func orderTotalsNeverTrap() {
        let huge = OrderItem(title: "a", quantity: .max, price: Money(minorUnits: 2, currency: "USD"))
        let order = Order(id: "7300000001", buyerID: "B1", sellerID: "S1", items: [huge, huge], currency: "USD",
                          status: .awaitingPayment, placedAt: TestData.now)
        #expect(order.checkedTotal == nil)
        #expect(order.total.minorUnits == .max)
    }

    @Test func printsTwoDecimals() {
        #expect(Money(minorUnits: 2305, currency: "EUR").description == "23.05 EUR")
    }
}
