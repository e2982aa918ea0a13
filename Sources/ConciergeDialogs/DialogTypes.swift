import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A change a dialog asks the session to make to the store.
public enum OrderCommand: Equatable, Sendable {
    case cancelOrder(OrderID, reason: CancellationReason, note: String?)
    case cancelPayment(OrderID)
    case sendMessage(OrderID, text: String)
    case openDispute(OrderID, DisputeDraft)
    case confirmReceipt(OrderID)
    case delete(OrderID)
    case restore(OrderID)
    case deletePermanently(OrderID)

    /// The action's name, as in the event log.
    public var name: String {
        switch self {
        case .cancelOrder: "cancel_order"
        case .cancelPayment: "cancel_payment"
        case .sendMessage: "message_seller"
        case .openDispute: "open_dispute"
        case .confirmReceipt: "confirm_receipt"
        case .delete: "delete"
        case .restore: "restore"
        case .deletePermanently: "delete_permanently"
        }
    }

    /// The change in one line, for approvals.
    public var summary: String {
        switch self {
        case .cancelOrder(let id, let reason, let note): "cancel order #\(id), reason \(reason.rawValue)\(note.map { " (\($0))" } ?? "")"
        case .cancelPayment(let id): "void the payment of order #\(id)"
        case .sendMessage(let id, let text): "message the seller of order #\(id): \"\(text)\""
        case .openDispute(let id, let d):
            "open a dispute on order #\(id): \(d.reason.rawValue), \(d.outcome.rawValue)\(d.amount.map { " \($0)" } ?? "")"
        case .confirmReceipt(let id): "confirm receipt of order #\(id)"
        case .delete(let id): "delete order #\(id)"
        case .restore(let id): "restore order #\(id)"
        case .deletePermanently(let id): "delete order #\(id) permanently"
        }
    }

    /// The order it acts on.
    public var orderID: OrderID {
        switch self {
        case .cancelOrder(let id, _, _), .cancelPayment(let id), .sendMessage(let id, _), .openDispute(let id, _),
             .confirmReceipt(let id), .delete(let id), .restore(let id), .deletePermanently(let id):
            id
        }
    }
}

/// What a dialog wants to happen; the session does it.
public enum Effect: Equatable, Sendable {
    /// Say a line to the buyer.
    case say(String)
    /// Make a store change; the session reports back with `completed` or `refused`.
    case perform(OrderCommand)
    /// Remember these orders as the list the buyer may pick from by number.
    case listed([Order])
    /// Start another dialog (an accepted offer such as "cancel the order instead?").
    case switchTo(DialogGoal, orderID: OrderID?)
    /// Record a request for a human agent.
    case handoff
    /// The rules refused the goal (recorded for traces and coverage; the dialog says why itself).
    case refused(Refusal)
}

/// The guided dialogs, named as a support person names them.
public enum DialogGoal: String, Equatable, Sendable, CaseIterable, Codable {
    case cancelOrder = "cancel_order"
    case cancelPayment = "cancel_payment"
    case messageSeller = "message_seller"
    case openDispute = "open_dispute"
    case orderStatus = "order_status"
    case refundStatus = "refund_status"
    case deleteOrder = "delete_order"
    case restoreOrder = "restore_order"
    case deletePermanently = "delete_permanently"
    case confirmReceipt = "confirm_receipt"

    /// The policy action the goal needs, when it changes the order.
    public var action: Action? {
        switch self {
        case .cancelOrder: .cancelOrder
        case .cancelPayment: .cancelPayment
        case .messageSeller: .messageSeller
        case .openDispute: .openDispute
        case .deleteOrder: .delete
        case .restoreOrder: .restore
        case .deletePermanently: .deletePermanently
        case .confirmReceipt: .confirmReceipt
        case .orderStatus, .refundStatus: nil
        }
    }

    /// "cancelling", "messaging the seller of" … for a prompt that shows what is going on.
    public var activity: String {
        switch self {
        case .cancelOrder: "cancelling"
        case .cancelPayment: "cancelling the payment of"
        case .messageSeller: "messaging the seller of"
        case .openDispute: "opening a dispute on"
        case .orderStatus: "checking"
        case .refundStatus: "checking the refund of"
        case .deleteOrder: "deleting"
        case .restoreOrder: "restoring"
        case .deletePermanently: "deleting for good"
        case .confirmReceipt: "confirming receipt of"
        }
    }

    /// Whether an offer of this goal ("Would you like to restore order #… now? (yes/no)") already says the whole change:
    /// a question about the offer is answered with what its yes would lead to. The yes itself still leads to the summary.
    var offerSaysTheWholeChange: Bool {
        switch self {
        case .restoreOrder: true
        case .cancelOrder, .cancelPayment, .messageSeller, .openDispute, .orderStatus, .refundStatus, .deleteOrder, .deletePermanently, .confirmReceipt: false
        }
    }

    /// "cancel", "message the seller about" … for questions like "Which order do you want to …?"
    var verbPhrase: String {
        switch self {
        case .cancelOrder: "cancel"
        case .cancelPayment: "cancel the payment for"
        case .messageSeller: "message the seller about"
        case .openDispute: "open a dispute on"
        case .orderStatus: "check"
        case .refundStatus: "check the refund for"
        case .deleteOrder: "delete"
        case .restoreOrder: "restore"
        case .deletePermanently: "delete permanently"
        case .confirmReceipt: "confirm receipt of"
        }
    }
}
