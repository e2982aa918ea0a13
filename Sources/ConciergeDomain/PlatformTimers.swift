import Foundation

/// One change the platform's timers made to an order.
public struct TimerTransition: Hashable, Sendable {
    /// When the timer fired (not when it was noticed).
    public var at: Date
    public var from: OrderStatus
    public var to: OrderStatus
    /// What happened, for the event log.
    public var note: String
    /// The stage the order's refund moved to, when this transition is a refund stage change (the status stays).
    public var refundStage: RefundStage?

    public init(at: Date, from: OrderStatus, to: OrderStatus, note: String, refundStage: RefundStage? = nil) {
        self.at = at; self.from = from; self.to = to; self.note = note; self.refundStage = refundStage
    }
}

/// The platform's timers: auto-close of unpaid orders, payment verification, handling time, refund stages.
public struct PlatformTimers: Sendable {
    private let policy = Policy()

    public init() {}

    /// Applies every timer due by `now` to `order` and returns the updated order with what changed.
    public func advance(_ order: Order, handlingDays: Int, to now: Date) -> (order: Order, transitions: [TimerTransition]) {
        var order = order
        var transitions: [TimerTransition] = []
        while let step = nextStep(order, handlingDays: handlingDays, now: now) {
            transitions.append(TimerTransition(at: step.at, from: order.status, to: step.order.status, note: step.note))
            order = step.order
        }
        if var refund = order.refund, let method = order.payment?.method {
            let stage = refundStage(method: method, issuedAt: refund.at, now: now)
            if stageRank(stage) > stageRank(refund.stage) {
                transitions.append(TimerTransition(at: stageReachedAt(stage, method: method, issuedAt: refund.at), from: order.status,
                                                   to: order.status, note: "refund \(refund.stage.rawValue) → \(stage.rawValue)",
                                                   refundStage: stage))
                refund.stage = stage
                // A refund marked refunded dates from that day (the statement's 15 days count from it); before, its
                // instant is the day it was issued.
                if stage == .refunded { refund.at = stageReachedAt(stage, method: method, issuedAt: refund.at) }
                order.refund = refund
            }
        }
        return (order, transitions)
    }

    /// The earliest instant at which `advance` would change `order`, or nil when no timer can fire on it again.
    /// The store keeps it in an indexed column, so the platform-wide pass reads only the orders that are due.
    public func nextDue(_ order: Order, handlingDays: Int) -> Date? {
        var due: [Date] = []
        switch order.status {
        case .awaitingPayment:
            due.append(policy.unpaidCloseAt(order))
        case .paymentProcessing:
            if let verified = policy.verificationDeadline(order) { due.append(verified) }
        case .awaitingShipment, .cancellationRequested:
            if order.paidAmount != nil, let deadline = policy.handlingDeadline(order, handlingDays: handlingDays) { due.append(deadline) }
        case .shipped, .delivered, .inDispute, .frozen, .completed, .cancelled:
            break
        }
        if let refund = order.refund, let method = order.payment?.method {
            switch refund.stage {
            case .pending:
                due.append(min(stageReachedAt(.processing, method: method, issuedAt: refund.at),
                               stageReachedAt(.refunded, method: method, issuedAt: refund.at)))
            case .processing:
                due.append(stageReachedAt(.refunded, method: method, issuedAt: refund.at))
            case .refunded:
                break
            }
        }
        return due.min()
    }

    /// When a refund issued at `issuedAt` reaches `stage` (the instant `refundStage` starts answering it).
    private func stageReachedAt(_ stage: RefundStage, method: PaymentMethod, issuedAt: Date) -> Date {
        switch (method, stage) {
        case (.balance, _), (.coupon, _), (_, .pending): issuedAt
        case (_, .processing): issuedAt.addingTimeInterval(PolicyConstants.refundPendingTime)
        case (_, .refunded): expectedRefundDate(method: method, issuedAt: issuedAt)
        }
    }

    /// The stage a refund issued at `issuedAt` has reached at `now`.
    public func refundStage(method: PaymentMethod, issuedAt: Date, now: Date) -> RefundStage {
        switch method {
        case .balance, .coupon:
            return .refunded
        case .card, .paypal, .alipayCard:
            if now >= expectedRefundDate(method: method, issuedAt: issuedAt) { return .refunded }
            return now >= issuedAt.addingTimeInterval(PolicyConstants.refundPendingTime) ? .processing : .pending
        }
    }

    /// When a refund issued at `issuedAt` is expected to be marked refunded.
    public func expectedRefundDate(method: PaymentMethod, issuedAt: Date) -> Date {
        switch method {
        case .balance, .coupon: issuedAt
        case .card, .paypal, .alipayCard:
            DateText.addingBusinessDays(PolicyConstants.refundSettlementBusinessDays, to: issuedAt)
        }
    }

    private func stageRank(_ stage: RefundStage) -> Int {
        switch stage {
        case .pending: 0
        case .processing: 1
        case .refunded: 2
        }
    }

    private func nextStep(_ order: Order, handlingDays: Int, now: Date) -> (order: Order, at: Date, note: String)? {
        var next = order
        switch order.status {
        case .awaitingPayment:
            let closeAt = policy.unpaidCloseAt(order)
            guard now >= closeAt else { return nil }
            next.status = .cancelled
            return (next, closeAt, "closed automatically: unpaid for 20 days")
        case .paymentProcessing:
            guard let verified = policy.verificationDeadline(order), now >= verified else { return nil }
            next.status = .awaitingShipment
            return (next, verified, "payment verified")
        case .awaitingShipment, .cancellationRequested:
            guard let deadline = policy.handlingDeadline(order, handlingDays: handlingDays), now >= deadline,
                  let paid = order.paidAmount
            else { return nil }
            next.status = .cancelled
            next.refund = Refund(amount: paid, stage: .pending, at: deadline)
            return (next, deadline, "closed automatically with a full refund: the seller's handling time ran out without shipment")
        case .shipped, .delivered, .inDispute, .frozen, .completed, .cancelled:
            return nil
        }
    }
}
