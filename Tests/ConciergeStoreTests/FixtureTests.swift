import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite struct FixtureTests {
    @Test func demoCoversEveryStatusAndPaymentMethod() throws {
        let demo = try DemoData.fixture()
        #expect(demo.buyers.count >= 3 && demo.sellers.count >= 4 && demo.orders.count >= 30)
        #expect(Set(demo.orders.map(\.status)) == Set(OrderStatus.allCases))
        #expect(Set(demo.orders.compactMap(\.payment?.method)) == Set(PaymentMethod.allCases))
    }

    @Test func roundTripThroughTheStoreKeepsEveryOrder() throws {
        let demo = try DemoData.fixture()
        let store = try OrderStore.inMemory()
        try store.load(demo)
        let exported = try store.exportFixture(now: demo.now)
        #expect(exported.orders.sorted { $0.id < $1.id } == demo.orders.sorted { $0.id < $1.id })
        #expect(exported.buyers == demo.buyers && exported.sellers == demo.sellers)
        let again = try FixtureParser().parse(FixtureWriter().render(exported), file: "export")
        #expect(again == exported)
    }

    @Test func demoMovesToTheGivenDay() throws {
        let later = TestData.now.addingTimeInterval(86_400 * 30)
        let moved = try DemoData.fixture(at: later)
        let original = try DemoData.fixture()
        #expect(moved.now == later)
        #expect(moved.orders[0].placedAt.timeIntervalSince(original.orders[0].placedAt) == 86_400 * 30)
    }

    @Test(arguments: [
        ("buyers: []\nsellers: []\norders:\n  - id: \"12\"\n", "fixture.yaml:4: orders[0].id: must be 6 to 20 digits, as a string"),
        ("buyers: [{id: B1, name: A}]\nsellers: [{id: S1, name: X}]\norders:\n  - id: \"1234567\"\n    buyer: B1\n    seller: S1\n    colour: red\n",
         "fixture.yaml:7: orders[0].colour: unknown field"),
        ("buyers: [{id: B1, name: A}]\nsellers: [{id: S1, name: X}]\norders:\n  - {id: \"1234567\", buyer: B1, seller: S1, currency: USD, status: lost,\n     placed_at: 2026-11-01T00:00:00Z, items: [{title: a, price: \"1.00\"}]}\n",
         "fixture.yaml:4: orders[0].status: \"lost\" is not one of"),
        ("buyers: [{id: B1, name: A}]\nsellers: [{id: S1, name: X}]\norders:\n  - {id: \"1234567\", buyer: B9, seller: S1, currency: USD, status: shipped,\n     placed_at: 2026-11-01T00:00:00Z, items: [{title: a, price: \"1.00\"}]}\n",
         "fixture.yaml:4: orders[0].buyer: no buyer B9"),
        ("buyers: [\n", "fixture.yaml:"),
        // Issue 12 item 2: amounts near Int64's limits trapped; negative amounts lost their sign.
        (Self.order(price: "9223372036854775807"), "fixture.yaml:5: orders[0].items[0].price: \"9223372036854775807\" is not an amount"),
        (Self.order(price: "9000000000000.00", quantity: 2), "orders[0].items: the total is too large"),
        (Self.order(price: "10000000000000.00", quantity: 9223372036854775807), "orders[0].items: the total is too large"),
        (Self.order(price: "-5"), "orders[0].items[0].price: \"-5\" must be 0 or more"),
        (Self.order(status: "shipped", extra: "payment: {method: card, amount: \"-5\", paid_at: 2026-11-01T00:00:00Z}"),
         "orders[0].payment.amount: \"-5\" must be more than 0"),
        // Found by the fixture fuzzer: a five-digit year was accepted, stored, and then could not be read back.
        (Self.order(status: "shipped", extra: "shipped_at: 20261-1-03T09:00:00Z"), "orders[0].shipped_at: \"20261-1-03T09:00:00Z\" is not an ISO 8601 instant"),
        // Issue 12 item 11: impossible orders were accepted.
        (Self.order(status: "in_dispute", extra: "payment: {method: card, amount: \"1.00\", paid_at: 2026-11-01T00:00:00Z},\n     dispute: {reason: damaged, outcome: partial_refund, amount: \"2.00\", opened_at: 2026-11-02T00:00:00Z}"),
         "orders[0].dispute: dispute amount 2.00 USD is larger than the payment 1.00 USD"),
        (Self.order(status: "awaiting_payment", extra: "payment: {method: card, amount: \"1.00\", paid_at: 2026-11-01T00:00:00Z}"),
         "orders[0].payment: an order awaiting payment has no payment yet"),
    ])
    func malformedFixturesNameFileLineAndField(text: String, expected: String) {
        do {
            _ = try FixtureParser().parse(text, file: "fixture.yaml")
            Issue.record("accepted a malformed fixture")
        } catch let error as FixtureError {
            #expect(error.description.hasPrefix(expected) || error.description.contains(expected), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// A one-order fixture whose item has `price` and `quantity`, with `extra` fields on the order.
    static func order(price: String = "1.00", quantity: Int = 1, status: String = "shipped", extra: String? = nil) -> String {
        "buyers: [{id: B1, name: A}]\nsellers: [{id: S1, name: X}]\norders:\n  - {id: \"1234567\", buyer: B1, seller: S1, currency: USD, status: \(status),\n"
            + "     placed_at: 2026-11-01T00:00:00Z, items: [{title: a, quantity: \(quantity), price: \"\(price)\"}]"
            + (extra.map { ",\n     \($0)}\n" } ?? "}\n")
    }
}
