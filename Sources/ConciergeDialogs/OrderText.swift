import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// How orders are written to the buyer: one-line summaries and a detailed view.
public enum OrderText {
    /// "7300000042  Wireless earbuds  23.10 USD  awaiting shipment".
    public static func line(_ order: Order) -> String {
        var text = "#\(order.id)  \(TerminalText.sanitize(order.shortTitle))  \(order.total)  \(order.status.label)"
        if order.deletion == .deleted { text += " (in deleted orders)" }
        return text
    }

    /// A numbered list for choosing: "1. #7300000042 Wireless earbuds (awaiting shipment)".
    public static func numbered(_ orders: [Order]) -> [String] {
        orders.enumerated().map { index, order in
            "  \(index + 1). #\(order.id) \(TerminalText.sanitize(order.shortTitle)) (\(order.status.label), \(order.total))"
        }
    }

    /// Everything the buyer may want to know about one order.
    public static func details(_ order: Order, seller: Seller?) -> [String] {
        var lines = ["Order #\(order.id) from \(TerminalText.sanitize(seller?.name ?? order.sellerID.rawValue)), placed \(DateText.day(order.placedAt))"]
        for item in order.items {
            lines.append("  \(item.quantity) × \(TerminalText.sanitize(item.title))  \(item.price)")
        }
        lines.append("  Total: \(order.total)")
        lines.append("  Status: \(order.status.label)\(order.deletion == .deleted ? " (in deleted orders)" : "")")
        if let payment = order.payment {
            lines.append("  Paid: \(payment.amount) by \(payment.method.label) on \(DateText.day(payment.paidAt))")
        }
        if let tracking = order.tracking { lines.append("  Tracking: \(TerminalText.sanitize(tracking))") }
        if let cancellation = order.cancellation {
            let answer = cancellation.answer.map { " — seller \($0.rawValue)" } ?? ""
            lines.append("  Cancellation: \(cancellation.reason.label)\(answer)")
        }
        if let refund = order.refund { lines.append("  Refund: \(refund.amount), \(refund.stage.label)") }
        if let dispute = order.dispute {
            lines.append("  Dispute: \(dispute.reason.label), asking for \(dispute.outcome.label) (\(dispute.amount)), opened \(DateText.day(dispute.openedAt))")
        }
        for message in order.messages.suffix(3) {
            lines.append("  \(message.author.rawValue.capitalized) wrote: \(TerminalText.sanitize(message.text))")
        }
        return lines
    }
}
