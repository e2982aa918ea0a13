import Foundation

extension Refusal {
    /// Why the action is refused, naming the rule.
    public var reason: String {
        switch self {
        case .orderNotFound(let id):
            return "I can't find an order \(id) on your account."
        case .notYourRole(let action):
            return "Only the seller or a support agent can \(action.rawValue.replacingOccurrences(of: "_", with: " "))."
        case .paymentBeingVerified(let until):
            return "It can't be cancelled right now: the payment is still being verified, which takes up to \(PolicyText.paymentVerification) (until \(DateText.instant(until))). "
                + "The \(Int(PolicyConstants.paymentCancelWindow / PolicyConstants.minute))-minute window right after paying has passed, so there is no cancel button until verification ends."
        case .alreadyShipped:
            return "The order has already shipped, and a shipped order can't be cancelled."
        case .alreadyDelivered:
            return "The order has been delivered, so it can't be cancelled."
        case .cancellationAlreadyRequested(let answerBy):
            return "A cancellation request is already with the seller, who has \(PolicyText.hours(PolicyConstants.cancellationProcessing)) to answer (until about \(DateText.instant(answerBy)))."
        case .inDispute:
            return "The order is in dispute, so it can't be cancelled or deleted while the dispute is open."
        case .frozen:
            return "The order is frozen while the platform investigates the seller; it can't be cancelled or deleted until that ends."
        case .alreadyCompleted:
            return "The order is completed (receipt was confirmed), so it can't be cancelled."
        case .alreadyCancelled:
            return "The order is already cancelled; a cancelled order can't be cancelled again or disputed."
        case .notPaid:
            return "The order hasn't been paid, so there is no payment to cancel."
        case .paymentCaptured:
            return "The payment has already been captured, so it can't be voided; only the order can be cancelled, which refunds it."
        case .notShippedYet(let status):
            return "The order is \(status.afterIs) and hasn't shipped, so there is nothing to dispute yet."
        case .disputeTooEarly(let from):
            // "The order shipped on …" so that `reason(about:)` names the order: the buyer may have named it another way.
            return "The order shipped on \(DateText.day(from.addingTimeInterval(-PolicyConstants.disputeAfterShipping))). It's too early for a dispute: one "
                + "for an item that hasn't arrived can be opened \(PolicyText.disputeAfterShipping) after shipping; for this order, from \(DateText.instant(from))."
        case .disputeAlreadyOpen:
            // "The order …" so that `reason(about:)` names the order: "the cheaper one" or "the mugs" may not be the one meant.
            return "The order already has an open dispute."
        case .notFinished(let status):
            return "Only completed or cancelled orders can be deleted; this one is \(status.afterIs)."
        case .alreadyDeleted:
            return "The order is already in your deleted orders."
        case .notInDeletedOrders:
            return "The order isn't in your deleted orders."
        case .orderDeleted:
            return "The order is in your deleted orders."
        case .notDelivered(let status):
            return "Receipt can only be confirmed once the order has shipped; this one is \(status.afterIs)."
        case .noPendingCancellation:
            return "There is no cancellation request waiting for an answer on this order."
        case .refundLargerThanPaid(let paid):
            return "A refund can't be larger than what was paid (\(paid))."
        case .nothingToSend:
            return "The message is empty."
        }
    }

    /// The reason naming the order where it speaks of "the order" ("Order #… (Headlamp) is frozen …"): the buyer may have
    /// named it another way ("the frozen one", "the 56 dollar one").
    public func reason(about order: Order) -> String {
        let text = reason
        guard text.hasPrefix("The order ") else { return text }
        return "Order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))" + text.dropFirst("The order".count)
    }

    /// What the buyer can do instead.
    public var wayForward: String {
        switch self {
        case .orderNotFound:
            return "Check the number, or type /orders to see your orders."
        case .notYourRole:
            return "I can pass a message to the seller for you."
        case .paymentBeingVerified:
            return "Once verification ends you can ask to cancel, and I can message the seller meanwhile."
        case .alreadyShipped(let disputeFrom?):
            return "You can message the seller, refuse the parcel at the post office, or open a dispute if it hasn't arrived by \(DateText.instant(disputeFrom))."
        case .alreadyShipped(nil):
            return "You can message the seller, refuse the parcel at the post office, or open a dispute now if it hasn't arrived or something is wrong with it."
        case .alreadyDelivered:
            return "If something is wrong with it, you can open a dispute; if all is well, please confirm receipt."
        case .cancellationAlreadyRequested:
            return "You can message the seller to speed things up; if they decline, you can open a dispute."
        case .inDispute:
            return "The dispute takes \(PolicyText.disputeDuration); you can message the seller meanwhile."
        case .frozen:
            return "The platform will release the order or annul it with a refund; you don't need to do anything."
        case .alreadyCompleted:
            return "Cancelling can't bring the money back once receipt is confirmed. If you confirmed by mistake, contact the seller first (I can send them a message); if something is wrong with the item, you can open a dispute, or ask me for a support agent."
        case .alreadyCancelled:
            return "Nothing more to do; any refund goes back to your original payment method."
        case .notPaid:
            return "You can pay, or cancel the order at once."
        case .paymentCaptured:
            return "Would you like to cancel the order instead?"
        case .notShippedYet:
            return "You can cancel the order instead, or message the seller."
        case .disputeTooEarly:
            return "Meanwhile you can message the seller about the delivery."
        case .disputeAlreadyOpen:
            return "It takes \(PolicyText.disputeDuration); you can add details by messaging the seller."
        case .notFinished:
            return "Once it is completed or cancelled you can delete it."
        case .alreadyDeleted:
            return "You can restore it or delete it permanently."
        case .notInDeletedOrders:
            return "Only orders in deleted orders can be restored or deleted permanently."
        case .orderDeleted:
            return "Restore it first, then try again."
        case .notDelivered:
            return "Wait until it ships and arrives."
        case .noPendingCancellation:
            return "Nothing to answer."
        case .refundLargerThanPaid:
            return "Ask for an amount up to what you paid."
        case .nothingToSend:
            return "Tell me what you'd like to say."
        }
    }

    /// The refusal's case name, e.g. "alreadyShipped" (for traces and coverage).
    public var caseName: String {
        String(String(describing: self).prefix { $0 != "(" })
    }

    /// The refusal in one message: the reason, then the way forward.
    public var message: String { "\(reason) \(wayForward)" }
}
