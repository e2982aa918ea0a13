import Foundation
import ConciergeDomain

/// What a flow says before and after a change: the summary asked about, and the reply describing
/// what the store actually did (from the order as the store left it, never as it was before).
struct DialogWording {
    let goal: DialogGoal

    /// The one-line summary shown before any change.
    func summary(_ order: Order, slots: GuidedDialog.Slots, now: Date) -> String {
        let name = "order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)), \(order.total))"
        switch goal {
        case .cancelOrder:
            let how = Policy().decide(.cancelOrder, by: .buyer(order.buyerID), on: order, at: now) == .success(.requestFromSeller)
                ? "send the seller a request to cancel" : "cancel"
            guard let chosen = slots.reason else { return "Summary: \(how) \(name); it isn't paid, so it closes at once." }
            let reason = chosen == .other ? "other: \(slots.note ?? "")" : chosen.label
            return "Summary: \(how) \(name), reason: \(reason)."
        case .cancelPayment:
            if Policy().voidsOnlyDuplicate(order) {
                return "Summary: void the duplicate charge of \(order.paidAmount?.description ?? "") on \(name); the order itself stays as it is."
            }
            return "Summary: void the payment of \(order.paidAmount?.description ?? "") for \(name); the order goes back to awaiting payment."
        case .messageSeller:
            return "Summary: send this message to the seller of \(name): \"\(slots.message ?? "")\""
        case .openDispute:
            let paid = order.paidAmount ?? order.total
            let amount = slots.outcome == .partialRefund ? (slots.amount ?? paid) : paid
            let evidence = (slots.evidence ?? []).isEmpty ? "none" : (slots.evidence ?? []).joined(separator: ", ")
            return "Summary: open a dispute on \(name) — \(slots.disputeReason?.label ?? ""), asking for \(slots.outcome?.label ?? "") of \(amount); description: \"\(slots.description ?? "")\"; evidence: \(evidence)."
        case .deleteOrder:
            return "Summary: move \(name) to deleted orders (you can restore it later)."
        case .restoreOrder:
            return "Summary: restore \(name) to your order list."
        case .deletePermanently:
            return "Summary: delete \(name) permanently. Warning: this can't be undone, and you lose the right to open a dispute on it."
        case .confirmReceipt:
            return "Summary: confirm you received \(name). After this you can't get the money back by cancelling."
        case .orderStatus, .refundStatus:
            return ""
        }
    }

    /// What a yes at the summary would lead to, for "what happens if I say yes?" or "can I undo it later?":
    /// the money, where the answer appears, what stays possible afterwards.
    func consequences(_ order: Order, slots: GuidedDialog.Slots, now: Date) -> [String] {
        let refundTo = StatusText().refundRoute(order)
        switch goal {
        case .cancelOrder:
            switch Policy().decide(.cancelOrder, by: .buyer(order.buyerID), on: order, at: now) {
            case .success(.requestFromSeller):
                return ["If you say yes, the seller gets your request and answers within \(PolicyText.hours(PolicyConstants.cancellationProcessing)). If they accept, the order is cancelled with a full refund; if they decline, they must give a tracking number and you can open a dispute."]
                    + [refundTo].compactMap { $0 }
            default:
                return [order.payment == nil
                        ? "If you say yes, the order closes at once; nothing was charged, so there is nothing to refund."
                        : "If you say yes, the order closes at once and the payment, not yet captured, is voided: the money goes back at once."]
            }
        case .cancelPayment:
            return ["If you say yes, the payment is voided and the money goes back at once (it was never captured)."]
        case .messageSeller:
            return ["If you say yes, the message goes into the thread of order #\(order.id), where the seller's answer will appear too. Nothing else changes on the order."]
        case .openDispute:
            return ["If you say yes, the dispute opens and the seller answers first; disputes take \(PolicyText.disputeDuration), and if you don't agree the platform mediates. While it is open the order can't be deleted."]
                + [refundTo].compactMap { $0 }
        case .deleteOrder:
            return ["If you say yes, the order moves to your deleted orders. You can restore it from there whenever you like, or delete it permanently."]
        case .restoreOrder:
            return ["If you say yes, the order is back in your order list, as it was."]
        case .deletePermanently:
            return ["If you say yes, the order is gone for good: you can't restore it, and you can no longer open a dispute on it."]
        case .confirmReceipt:
            return ["If you say yes, the order is completed and the payment goes to the seller; you can't get the money back by cancelling any more. If something turns out wrong later, you can message the seller or open a dispute."]
        case .orderStatus, .refundStatus:
            return []
        }
    }

    /// The reply after the store acted: built from `result` (what the store did and the order as it is now).
    func done(_ result: ActionResult, before: Order?, now: Date) -> [Effect] {
        let order = result.order
        if result.outcome == .alreadyDone {
            return [.say("That was already done earlier — nothing new was changed. Order #\(order.id) is \(order.status.afterIs).")]
        }
        switch goal {
        case .cancelOrder:
            if result.permission == .requestFromSeller, order.status == .cancellationRequested {
                let by = (order.cancellation?.at ?? now).addingTimeInterval(PolicyConstants.cancellationProcessing)
                return [.say("Done: I've sent your cancellation request for order #\(order.id) to the seller. The order now shows \"cancellation requested\"."),
                        .say("The seller answers within \(PolicyText.hours(PolicyConstants.cancellationProcessing)) (by \(DateText.instant(by))). If they accept, you get a full refund to your \(order.payment?.method.label ?? "payment method"); if they decline, they must give a tracking number and you can open a dispute."),
                        .say("Tip: you can also message the seller to speed things up.")]
            }
            if let voided = before?.payment ?? order.payment {
                return [.say("Done: order #\(order.id) is cancelled. The payment of \(voided.amount) was still uncaptured, so it is voided and the money goes back at once.")]
            }
            return [.say("Done: order #\(order.id) is cancelled. Nothing was charged, so there is nothing to refund.")]
        case .cancelPayment:
            if order.status != .awaitingPayment {
                return [.say("Done: the duplicate charge on order #\(order.id) is voided and that money goes back at once. The order itself is unchanged (\(order.status.label)).")]
            }
            return [.say("Done: the payment for order #\(order.id) is voided and the money goes back at once (it was never captured). The order is awaiting payment again: you can pay again or cancel the order.")]
        case .messageSeller:
            return [.say("Sent. Your message is in the thread of order #\(order.id); the seller's answer will appear there too.")]
        case .openDispute:
            let (from, to) = Policy().disputeResolution(openedAt: order.dispute?.openedAt ?? now)
            return [.say("Your dispute on order #\(order.id) is open; the order is now in dispute."),
                    .say("Disputes take \(PolicyText.disputeDuration), so expect an outcome between \(DateText.day(from)) and \(DateText.day(to)). The seller answers first; if you don't agree, the platform mediates.")]
        case .deleteOrder:
            return [.say("Order #\(order.id) is now in your deleted orders. You can restore it or delete it permanently from there.")]
        case .restoreOrder:
            return [.say("Order #\(order.id) is back in your order list.")]
        case .deletePermanently:
            return [.say("Order #\(order.id) is deleted permanently.")]
        case .confirmReceipt:
            return [.say("Thanks — receipt confirmed; order #\(order.id) is completed.")]
        case .orderStatus, .refundStatus:
            return []
        }
    }
}
