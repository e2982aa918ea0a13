import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// "When do I get my money back?" about a paid order that has no refund yet: where a refund would go and how long.
@Suite struct RefundRouteTests {
    private func refundReply(_ order: Order) -> [String] {
        var flow = GuidedDialog(goal: .refundStatus)
        return flow.start(orders: [order.id], slots: [], Shop.context([order])).compactMap(\.line)
    }

    @Test func aCardOrderWaitingForTheSellerSaysTheCardAndTheBusinessDays() {
        let waiting = TestData.order(.cancellationRequested, id: "7300000031", title: "Reading lamp", method: .card)
        let lines = refundReply(waiting)
        #expect(lines.first == "There's no refund on order #7300000031.")
        #expect(lines.last?.contains("your card") == true)
        #expect(lines.last?.contains(PolicyText.cardRefundTime) == true)
    }

    @Test func balanceIsInstantAndAnAlipayCardLandsInAlipay() {
        let balance = TestData.order(.awaitingShipment, id: "7300000032", title: "Bird feeder", method: .balance)
        #expect(refundReply(balance).last?.contains("instantly") == true)
        let alipay = TestData.order(.shipped, id: "7300000033", title: "Rain jacket", method: .alipayCard)
        #expect(refundReply(alipay).last?.contains("Alipay account, not the card") == true)
    }

    @Test func anUnpaidOrderHasNoRouteToName() {
        let unpaid = TestData.order(.awaitingPayment, id: "7300000034", title: "Wall clock")
        #expect(StatusText().refundRoute(unpaid) == nil)
        #expect(refundReply(unpaid).contains { $0.contains("goes back to") } == false)
    }
}

/// Replies about money and about a dispute asked too early name the order: the buyer may have asked by item, date or status.
@Suite struct NamedOrderReplyTests {
    @Test func aDisputeAskedTooEarlyNamesTheOrderItsShippingDayAndTheRule() {
        let opens = TestData.now.addingTimeInterval(2 * PolicyConstants.day)
        let order = TestData.order(.shipped, id: "7300000031", title: "Desk lamp")
        let said = Refusal.disputeTooEarly(from: opens).reason(about: order)
        #expect(said.hasPrefix("Order #7300000031 (Desk lamp) shipped on "))
        #expect(said.contains("5–7 days after shipping"))
        #expect(said.contains(DateText.instant(opens)))
    }
}
