import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite struct PolicyTests {
    let policy = Policy()
    let buyer = Actor.buyer("B1")

    /// Expected answer for every status × buyer action: nil = allowed, else the refusal's case name.
    static let table: [OrderStatus: [Action: String?]] = [
        .awaitingPayment: [.cancelOrder: nil, .cancelPayment: "notPaid", .messageSeller: nil, .openDispute: "notShippedYet",
                           .confirmReceipt: "notDelivered", .delete: "notFinished", .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .paymentProcessing: [.cancelOrder: "paymentBeingVerified", .cancelPayment: "paymentBeingVerified", .messageSeller: nil,
                             .openDispute: "notShippedYet", .confirmReceipt: "notDelivered", .delete: "notFinished",
                             .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .awaitingShipment: [.cancelOrder: nil, .cancelPayment: "paymentCaptured", .messageSeller: nil, .openDispute: "notShippedYet",
                            .confirmReceipt: "notDelivered", .delete: "notFinished", .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .cancellationRequested: [.cancelOrder: "cancellationAlreadyRequested", .cancelPayment: "paymentCaptured", .messageSeller: nil,
                                 .openDispute: "cancellationAlreadyRequested", .confirmReceipt: "notDelivered", .delete: "notFinished",
                                 .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .shipped: [.cancelOrder: "alreadyShipped", .cancelPayment: "paymentCaptured", .messageSeller: nil, .openDispute: "disputeTooEarly",
                   .confirmReceipt: nil, .delete: "notFinished", .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .delivered: [.cancelOrder: "alreadyDelivered", .cancelPayment: "paymentCaptured", .messageSeller: nil, .openDispute: nil,
                     .confirmReceipt: nil, .delete: "notFinished", .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .inDispute: [.cancelOrder: "inDispute", .cancelPayment: "inDispute", .messageSeller: nil, .openDispute: "disputeAlreadyOpen",
                     .confirmReceipt: "notDelivered", .delete: "inDispute", .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .frozen: [.cancelOrder: "frozen", .cancelPayment: "frozen", .messageSeller: nil, .openDispute: "frozen",
                  .confirmReceipt: "notDelivered", .delete: "frozen", .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .completed: [.cancelOrder: "alreadyCompleted", .cancelPayment: "paymentCaptured", .messageSeller: nil, .openDispute: nil,
                     .confirmReceipt: "notDelivered", .delete: nil, .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
        .cancelled: [.cancelOrder: "alreadyCancelled", .cancelPayment: "alreadyCancelled", .messageSeller: nil, .openDispute: "alreadyCancelled",
                     .confirmReceipt: "notDelivered", .delete: nil, .restore: "notInDeletedOrders", .deletePermanently: "notInDeletedOrders"],
    ]

    @Test(arguments: OrderStatus.allCases)
    func everyBuyerActionOnEveryStatus(status: OrderStatus) throws {
        let order = TestData.order(status)
        let expected = try #require(Self.table[status])
        let buyerActions: [Action] = [.cancelOrder, .cancelPayment, .messageSeller, .openDispute, .confirmReceipt, .delete, .restore, .deletePermanently]
        for action in buyerActions {
            let want = try #require(expected[action])
            switch policy.decide(action, by: buyer, on: order, at: TestData.now) {
            case .success:
                #expect(want == nil, "\(status) \(action) was allowed, expected \(want ?? "")")
            case .failure(let refusal):
                #expect(refusal.caseName == want, "\(status) \(action) refused with \(refusal)")
                #expect(!refusal.reason.isEmpty && !refusal.wayForward.isEmpty)
            }
        }
    }

    @Test func paymentWindowAllowsCancelAtOnceForTwoMinutes() {
        let fresh = TestData.order(.paymentProcessing, paidMinutesAgo: 1)
        #expect(policy.decide(.cancelOrder, by: buyer, on: fresh, at: TestData.now) == .success(.cancelAtOnce))
        #expect(policy.decide(.cancelPayment, by: buyer, on: fresh, at: TestData.now) == .success(.immediate))
        let late = TestData.order(.paymentProcessing, paidMinutesAgo: 3)
        #expect(policy.decide(.cancelPayment, by: buyer, on: late, at: TestData.now)
                == .failure(.paymentBeingVerified(until: late.payment!.paidAt.addingTimeInterval(86_400))))
    }

    @Test func duplicateChargeCanBeVoided() {
        var order = TestData.order(.awaitingShipment)
        order.payment?.duplicateCharge = true
        #expect(policy.decide(.cancelPayment, by: buyer, on: order, at: TestData.now) == .success(.immediate))
    }

    @Test func unpaidCancelsAtOnceAndPaidAsksTheSeller() {
        #expect(policy.decide(.cancelOrder, by: buyer, on: TestData.order(.awaitingPayment), at: TestData.now) == .success(.cancelAtOnce))
        #expect(policy.decide(.cancelOrder, by: buyer, on: TestData.order(.awaitingShipment), at: TestData.now) == .success(.requestFromSeller))
    }

    @Test func disputeOnShippedOrderOpensAfterSevenDaysOrAfterDeclinedCancellation() {
        var order = TestData.order(.shipped)
        order.shippedAt = TestData.ago(days: 8)
        #expect(policy.decide(.openDispute, by: buyer, on: order, at: TestData.now) == .success(.immediate))
        order.shippedAt = TestData.ago(days: 1)
        order.cancellation = Cancellation(reason: .noLongerNeeded, at: TestData.ago(days: 2), answer: .declined)
        #expect(policy.decide(.openDispute, by: buyer, on: order, at: TestData.now) == .success(.immediate))
    }

    @Test func anotherBuyersOrderIsNotFound() {
        let order = TestData.order(.awaitingShipment, buyer: "B2")
        #expect(policy.decide(.cancelOrder, by: buyer, on: order, at: TestData.now) == .failure(.orderNotFound(order.id)))
    }

    @Test func deletedOrdersCanBeRestoredOrDeletedPermanently() {
        var order = TestData.order(.completed)
        order.deletion = .deleted
        #expect(policy.decide(.restore, by: buyer, on: order, at: TestData.now) == .success(.immediate))
        #expect(policy.decide(.deletePermanently, by: buyer, on: order, at: TestData.now) == .success(.immediate))
        #expect(policy.decide(.openDispute, by: buyer, on: order, at: TestData.now) == .failure(.orderDeleted))
        order.deletion = .permanent
        #expect(policy.decide(.openDispute, by: buyer, on: order, at: TestData.now) == .failure(.orderNotFound(order.id)))
    }

    @Test func refundsNeverExceedThePaymentNorRepeat() {
        var order = TestData.order(.delivered)
        #expect(policy.checkRefund(Money(minorUnits: 2311, currency: "USD"), on: order) != nil)
        #expect(policy.checkRefund(Money(minorUnits: 2310, currency: "USD"), on: order) == nil)
        order.refund = Refund(amount: Money(minorUnits: 100, currency: "USD"), stage: .pending, at: TestData.now)
        #expect(policy.checkRefund(Money(minorUnits: 100, currency: "USD"), on: order) != nil)
    }
}
