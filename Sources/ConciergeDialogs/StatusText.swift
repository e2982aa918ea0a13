import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Explains an order's status, its next deadline, and its refund, computed from the clock.
package struct StatusText {
    let policy = Policy()
    let timers = PlatformTimers()

    package init() {}

    /// "#7300000042 Wireless earbuds is awaiting shipment: …" with what the status means and what comes next.
    package func status(_ order: Order, handlingDays: Int, now: Date) -> [String] {
        let head = "Order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)), \(order.total)) is \(order.status.afterIs)."
        var lines = [head]
        switch order.status {
        case .awaitingPayment:
            lines.append("It hasn't been paid yet. Unpaid orders close automatically after \(PolicyText.unpaidAutoClose), so this one closes on \(DateText.instant(policy.unpaidCloseAt(order))) if you don't pay. You can also cancel it at once.")
        case .paymentProcessing:
            let until = policy.verificationDeadline(order) ?? now
            lines.append("Your payment is being verified, which takes up to \(PolicyText.paymentVerification); that finishes by \(DateText.instant(until)) at the latest, and then the seller prepares the parcel.")
        case .awaitingShipment:
            if let deadline = policy.handlingDeadline(order, handlingDays: handlingDays) {
                lines.append("It's paid and the seller has until \(DateText.instant(deadline)) to ship it (handling time \(Plural.count(handlingDays, "day")), \(DateText.duration(deadline.timeIntervalSince(now))) left). If it isn't shipped by then, the order closes automatically with a full refund.")
            }
        case .cancellationRequested:
            let asked = order.cancellation?.at ?? now
            lines.append("You asked to cancel on \(DateText.instant(asked)); the seller answers within \(PolicyText.hours(PolicyConstants.cancellationProcessing)) (by \(DateText.instant(asked.addingTimeInterval(PolicyConstants.cancellationProcessing)))). If they accept, you get a full refund; if they decline, they must give a tracking number and you can open a dispute.")
        case .shipped:
            var text = "It shipped on \(DateText.day(order.shippedAt ?? now))"
            if let tracking = order.tracking { text += " with tracking number \(TerminalText.sanitize(tracking))" }
            text += "."
            if let asked = order.cancellation, asked.answer == .declined {
                // "why does it say shipped? I asked to cancel": the request was declined, and that is a dispute of its own.
                text += " You asked to cancel it on \(DateText.day(asked.at)), but the seller declined and shipped it anyway;"
                    + " because the seller did not agree to cancel, you can open a dispute now."
                if let protection = policy.protectionEnds(order), now < protection { text += " Buyer protection runs until \(DateText.day(protection))." }
            } else if let opens = policy.disputeOpensAt(order), let protection = policy.protectionEnds(order) {
                text += now < opens
                    ? " If it doesn't arrive, you can open a dispute from \(DateText.instant(opens))."
                    : " If it hasn't arrived, you can open a dispute now."
                text += now < protection ? " Buyer protection runs until \(DateText.day(protection))." : " Buyer protection (\(PolicyText.buyerProtection)) has passed, so non-arrival is a clear dispute case."
            }
            lines.append(text)
        case .delivered:
            lines.append("It was delivered on \(DateText.day(order.deliveredAt ?? now)). If everything is fine, please confirm receipt; if something is wrong (damaged, not as described, wrong item, missing parts) you can open a dispute.")
            if let asked = order.cancellation, asked.answer == .declined {
                lines.append("You asked to cancel it on \(DateText.day(asked.at)), but the seller declined and shipped it; you can open a dispute because the seller did not agree to cancel.")
            }
        case .inDispute:
            if let dispute = order.dispute {
                let (from, to) = policy.disputeResolution(openedAt: dispute.openedAt)
                lines.append("You opened a dispute (\(dispute.reason.label), asking for \(dispute.outcome.label), \(dispute.amount)) on \(DateText.day(dispute.openedAt)). Disputes take \(PolicyText.disputeDuration), so expect an outcome between \(DateText.day(from)) and \(DateText.day(to)); if you and the seller don't agree, the platform mediates.")
            }
        case .frozen:
            lines.append("The platform is investigating the seller, so the order is on hold: it can't be cancelled or deleted for now. It will be released, or annulled with a refund; you don't need to do anything.")
        case .completed:
            let finished = "It's finished (receipt confirmed on \(DateText.day(order.completedAt ?? now)))."
            lines.append(order.deletion == .deleted
                         ? finished + " It's in your deleted orders: you can restore it or delete it permanently."
                         : finished + " You can move it to deleted orders if you like.")
        case .cancelled:
            lines.append(order.refund == nil
                         ? "It's closed; nothing was charged or the payment was voided."
                         : "It's closed and a refund was issued.")
        }
        if let refund = order.refund { lines += self.refund(order, refund, now: now) }
        return lines
    }

    /// Where a refund of a paid order that has none yet would go, and how long it would take ("when do I get my
    /// money back?" before the seller has answered a cancellation, "is it the same card?").
    package func refundRoute(_ order: Order) -> String? {
        guard let method = order.payment?.method, order.status != .cancelled else { return nil }
        if order.status == .completed {
            return "Receipt was confirmed, so the payment has gone to the seller and cancelling can't bring it back. To get money back, contact the seller (I can send them a message), open a dispute if something is wrong with the item, or ask me for a support agent."
        }
        let lead = "When a refund is issued (the order cancelled, or a dispute decided for you), it goes back to"
        return switch method {
        case .balance, .coupon: "\(lead) your \(method.label), instantly."
        case .card, .paypal: "\(lead) your \(method.label); card and PayPal refunds take \(PolicyText.cardRefundTime)."
        case .alipayCard: "\(lead) your Alipay account, not the card itself, because the card is linked through Alipay; card refunds take \(PolicyText.cardRefundTime)."
        }
    }

    /// Where the refund is, how it is paid back, and when it should arrive.
    package func refund(_ order: Order, _ refund: Refund, now: Date) -> [String] {
        guard let method = order.payment?.method else {
            return ["Refund: \(refund.amount), \(refund.stage.label)."]
        }
        // The order is named: the buyer may have asked by its item, its date or "the cancelled one".
        let named = "Refund for order #\(order.id) (\(TerminalText.sanitize(order.shortTitle))): \(refund.amount)"
        var lines = [refund.stage == .refunded
                     ? "\(named) — refunded on \(DateText.day(refund.at)), to your \(method.label)."
                     : "\(named) — \(refund.stage.label), issued \(DateText.day(refund.at)), going back to your \(method.label)."]
        switch method {
        case .balance, .coupon:
            lines.append("Refunds to marketplace balance or coupons are instant.")
        case .card, .paypal, .alipayCard:
            if refund.stage == .refunded {
                let statementBy = refund.at.addingTimeInterval(PolicyConstants.statementDelay)
                lines.append(now < statementBy
                             ? "If it's not on your statement yet, that's normal for up to \(PolicyText.statementDelay) (until \(DateText.day(statementBy)))."
                             : "It's been more than \(PolicyText.statementDelay) since the refund; if you still don't see it, contact support: I can pass you to a human agent (or check with your bank).")
            } else {
                let expected = timers.expectedRefundDate(method: method, issuedAt: refund.at)
                lines.append("Card and PayPal refunds take \(PolicyText.cardRefundTime); it will be marked refunded by \(DateText.day(expected)) at the latest.")
            }
            if method == .alipayCard {
                lines.append("Because you paid with a card linked through Alipay, the money lands in your Alipay account, not on the card.")
            }
        }
        return lines
    }
}
