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
            if order.payment?.duplicateCharge == true, !Policy().isInPaymentWindow(order, now) {
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
