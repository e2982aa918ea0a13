import Foundation

/// Who asks to do something.
public enum Actor: Hashable, Sendable {
    case buyer(BuyerID)
    case agent(String)
    case seller(SellerID)
    case platform

    /// The id recorded in events.
    public var recordedID: String {
        switch self {
        case .buyer(let id): "buyer:\(id)"
        case .agent(let id): "agent:\(id)"
        case .seller(let id): "seller:\(id)"
        case .platform: "platform"
        }
    }
}

/// What someone may ask to do to an order.
public enum Action: String, Hashable, Sendable, CaseIterable, Codable {
    case cancelOrder = "cancel_order"
    case cancelPayment = "cancel_payment"
    case messageSeller = "message_seller"
    case openDispute = "open_dispute"
    case confirmReceipt = "confirm_receipt"
    case delete
    case restore
    case deletePermanently = "delete_permanently"
    case acceptCancellation = "accept_cancellation"
    case declineCancellation = "decline_cancellation"
}

/// How an allowed action goes ahead.
public enum Permission: String, Hashable, Sendable, Codable {
    /// Done at once by the platform.
    case immediate
    /// Cancellation of an unpaid order, or a paid one inside the payment window: closed at once.
    case cancelAtOnce
    /// Cancellation of a paid, unshipped order: a request the seller must answer.
    case requestFromSeller
}

/// Why an action is refused; `Refusal+Text` says it in words with the way forward.
public enum Refusal: Error, Hashable, Sendable, Codable {
    case orderNotFound(OrderID)
    case notYourRole(Action)
    case paymentBeingVerified(until: Date)
    /// `disputeFrom` is nil when a dispute may be opened already.
    case alreadyShipped(disputeFrom: Date?)
    case alreadyDelivered
    case cancellationAlreadyRequested(answerBy: Date)
    case inDispute
    case frozen
    case alreadyCompleted
    case alreadyCancelled
    case notPaid
    case paymentCaptured
    case notShippedYet(OrderStatus)
    case disputeTooEarly(from: Date)
    case disputeAlreadyOpen
    case notFinished(OrderStatus)
    case alreadyDeleted
    case notInDeletedOrders
    case orderDeleted
    case notDelivered(OrderStatus)
    case noPendingCancellation
    case refundLargerThanPaid(paid: Money)
    case nothingToSend
}

/// The marketplace rules: may this actor do this action on this order now, and if not, why.
public struct Policy: Sendable {
    public init() {}

    /// Answers whether `actor` may do `action` on `order` at `now`.
    public func decide(_ action: Action, by actor: Actor, on order: Order, at now: Date) -> Result<Permission, Refusal> {
        if case .buyer(let buyerID) = actor, buyerID != order.buyerID || order.deletion == .permanent {
            return .failure(.orderNotFound(order.id))
        }
        // Orders in *deleted orders* must be restored before anything else is done with them.
        let listed = order.deletion != .deleted
        switch action {
        case .acceptCancellation, .declineCancellation:
            if case .buyer = actor { return .failure(.notYourRole(action)) }
            return order.status == .cancellationRequested ? .success(.immediate) : .failure(.noPendingCancellation)
        case .restore, .deletePermanently:
            return listed ? .failure(.notInDeletedOrders) : .success(.immediate)
        case .delete:
            return listed ? decideDelete(order) : .failure(.alreadyDeleted)
        case .cancelOrder:
            return listed ? decideCancelOrder(order, now) : .failure(.orderDeleted)
        case .cancelPayment:
            return listed ? decideCancelPayment(order, now) : .failure(.orderDeleted)
        case .messageSeller:
            return listed ? .success(.immediate) : .failure(.orderDeleted)
        case .openDispute:
            return listed ? decideOpenDispute(order, now) : .failure(.orderDeleted)
        case .confirmReceipt:
            guard listed else { return .failure(.orderDeleted) }
            return [.shipped, .delivered].contains(order.status) ? .success(.immediate) : .failure(.notDelivered(order.status))
        }
    }

    /// When the 2-minute payment window closes, for a paid order.
    public func paymentWindowEnd(_ order: Order) -> Date? {
        order.payment.map { $0.paidAt.addingTimeInterval(PolicyConstants.paymentCancelWindow) }
    }

    /// When payment verification finishes at the latest.
    public func verificationDeadline(_ order: Order) -> Date? {
        order.payment.map { $0.paidAt.addingTimeInterval(PolicyConstants.paymentVerification) }
    }

    /// The earliest instant a dispute may be opened on a shipped order.
    public func disputeOpensAt(_ order: Order) -> Date? {
        order.shippedAt.map { $0.addingTimeInterval(PolicyConstants.disputeAfterShipping) }
    }

    /// When a dispute opened at `openedAt` should be resolved: between 15 and 30 days later.
    public func disputeResolution(openedAt: Date) -> (earliest: Date, latest: Date) {
        let days = PolicyConstants.disputeDurationDays
        return (openedAt.addingTimeInterval(Double(days.lowerBound) * PolicyConstants.day),
                openedAt.addingTimeInterval(Double(days.upperBound) * PolicyConstants.day))
    }

    /// The end of buyer protection for a shipped order.
    public func protectionEnds(_ order: Order) -> Date? {
        order.shippedAt.map { $0.addingTimeInterval(PolicyConstants.buyerProtection) }
    }

    /// When an unpaid order is closed automatically.
    public func unpaidCloseAt(_ order: Order) -> Date {
        order.placedAt.addingTimeInterval(PolicyConstants.unpaidAutoClose)
    }

    /// When the seller's handling time runs out for a paid, unshipped order.
    public func handlingDeadline(_ order: Order, handlingDays: Int) -> Date? {
        order.payment.map { $0.paidAt.addingTimeInterval(Double(handlingDays) * PolicyConstants.day) }
    }

    /// The one refund-amount rule: more than nothing, never more than was paid.
    public static func refundAmountAllowed(_ amount: Money, paid: Money) -> Bool {
        amount.minorUnits > 0 && amount.minorUnits <= paid.minorUnits
    }

    /// Whether a refund of `amount` is allowed on `order`: never more than paid, never twice.
    public func checkRefund(_ amount: Money, on order: Order) -> Refusal? {
        guard let paid = order.paidAmount else { return .notPaid }
        if order.refund != nil { return .alreadyCancelled }
        if !Self.refundAmountAllowed(amount, paid: paid) { return .refundLargerThanPaid(paid: paid) }
        return nil
    }

    /// Whether voiding this order's payment voids only its duplicate charge. A payment past verification is
    /// captured: the order keeps it and only the second charge goes back. While the payment is still being
    /// verified nothing is captured, so the whole payment is voided, duplicate or not, and the order awaits
    /// payment again (domain.md, payment cancellation).
    public func voidsOnlyDuplicate(_ order: Order) -> Bool {
        order.payment?.duplicateCharge == true && order.status != .paymentProcessing
    }

    public func isInPaymentWindow(_ order: Order, _ now: Date) -> Bool {
        guard order.status == .paymentProcessing, let end = paymentWindowEnd(order) else { return false }
        return now <= end
    }

    private func decideCancelOrder(_ order: Order, _ now: Date) -> Result<Permission, Refusal> {
        switch order.status {
        case .awaitingPayment:
            return .success(.cancelAtOnce)
        case .paymentProcessing:
            if isInPaymentWindow(order, now) { return .success(.cancelAtOnce) }
            return .failure(.paymentBeingVerified(until: verificationDeadline(order) ?? now))
        case .awaitingShipment:
            return .success(.requestFromSeller)
        case .cancellationRequested:
            let asked = order.cancellation?.at ?? now
            return .failure(.cancellationAlreadyRequested(answerBy: asked.addingTimeInterval(PolicyConstants.cancellationProcessing)))
        case .delivered:
            return .failure(.alreadyDelivered)
        case .shipped:
            let disputable = if case .success = decideOpenDispute(order, now) { true } else { false }
            return .failure(.alreadyShipped(disputeFrom: disputable ? nil : disputeOpensAt(order)))
        case .inDispute: return .failure(.inDispute)
        case .frozen: return .failure(.frozen)
        case .completed: return .failure(.alreadyCompleted)
        case .cancelled: return .failure(.alreadyCancelled)
        }
    }

    private func decideCancelPayment(_ order: Order, _ now: Date) -> Result<Permission, Refusal> {
        guard let payment = order.payment else {
            return .failure(order.status == .cancelled ? .alreadyCancelled : .notPaid)
        }
        switch order.status {
        case .paymentProcessing:
            if isInPaymentWindow(order, now) || payment.duplicateCharge { return .success(.immediate) }
            return .failure(.paymentBeingVerified(until: verificationDeadline(order) ?? now))
        case .awaitingShipment:
            return payment.duplicateCharge ? .success(.immediate) : .failure(.paymentCaptured)
        case .awaitingPayment: return .failure(.notPaid)
        case .cancellationRequested, .shipped, .delivered, .completed: return .failure(.paymentCaptured)
        case .inDispute: return .failure(.inDispute)
        case .frozen: return .failure(.frozen)
        case .cancelled: return .failure(.alreadyCancelled)
        }
    }

    private func decideOpenDispute(_ order: Order, _ now: Date) -> Result<Permission, Refusal> {
        switch order.status {
        case .delivered, .completed:
            return .success(.immediate)
        case .shipped:
            if order.cancellation?.answer == .declined { return .success(.immediate) }
            let opens = disputeOpensAt(order) ?? now
            return now >= opens ? .success(.immediate) : .failure(.disputeTooEarly(from: opens))
        case .awaitingPayment, .paymentProcessing, .awaitingShipment:
            return .failure(.notShippedYet(order.status))
        case .cancellationRequested:
            let asked = order.cancellation?.at ?? now
            return .failure(.cancellationAlreadyRequested(answerBy: asked.addingTimeInterval(PolicyConstants.cancellationProcessing)))
        case .inDispute: return .failure(.disputeAlreadyOpen)
        case .frozen: return .failure(.frozen)
        case .cancelled: return .failure(.alreadyCancelled)
        }
    }

    private func decideDelete(_ order: Order) -> Result<Permission, Refusal> {
        switch order.status {
        case .completed, .cancelled: return .success(.immediate)
        case .inDispute: return .failure(.inDispute)
        case .frozen: return .failure(.frozen)
        default: return .failure(.notFinished(order.status))
        }
    }
}
