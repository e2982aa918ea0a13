import Foundation
import ConciergeDomain

/// A value a flow collects from the buyer.
public enum SlotValue: Equatable, Sendable, Codable {
    case order(OrderID)
    case cancellationReason(CancellationReason, note: String?)
    /// The whole message to the seller.
    case message(String)
    /// Words to add to the message drafted so far ("add that I need it before Friday").
    case messageAddition(String)
    /// Instructions about the draft ("make it more polite", "remove the part about …"), applied to it in order.
    case messageEdit([MessageEdit])
    case disputeReason(DisputeReason)
    case outcome(DisputeOutcome)
    case amount(Money)
    case description(String)
    case evidence([String])

    /// `reason=no_longer_needed`, `order=7300000042` … for traces.
    public var traceText: String {
        switch self {
        case .order(let id): "order=\(id)"
        case .cancellationReason(let reason, let note): "reason=\(reason.rawValue)\(note.map { " \"\(Self.short($0))\"" } ?? "")"
        case .message(let text): "message=\"\(Self.short(text))\""
        case .messageAddition(let text): "message+=\"\(Self.short(text))\""
        case .messageEdit(let edits): "message_edit=\(edits.map(\.traceText).joined(separator: "|"))"
        case .disputeReason(let reason): "dispute_reason=\(reason.rawValue)"
        case .outcome(let outcome): "outcome=\(outcome.rawValue)"
        case .amount(let money): "amount=\(money)"
        case .description(let text): "description=\"\(Self.short(text))\""
        case .evidence(let files): "evidence=\(files.joined(separator: "|"))"
        }
    }

    private static func short(_ text: String) -> String { text.count > 40 ? String(text.prefix(37)) + "…" : text }
}

/// What one buyer line asks of the conversation. The command generator turns every line into a short
/// list of these; the flow stack applies them in order. A flow never reads the buyer's text.
public enum DialogueCommand: Equatable, Sendable {
    /// Begin a goal with what the line already gave (`orders`: the orders it may be about, in order).
    case startFlow(DialogGoal, orders: [OrderID], slots: [SlotValue])
    /// Answer the question the current flow asked.
    case setSlot(SlotValue)
    /// Replace a value the current flow already has ("no, the lamp", "actually the reason is …").
    case correctSlot(SlotValue)
    /// Yes or no to the current flow's confirmation, proposal or offer.
    case confirm(Bool)
    /// Leave the current flow; nothing is changed.
    case cancelFlow
    /// Ask which of these the buyer means.
    case clarify([String])
    /// Answer a question: an intent or child-intent name from the catalog, about an order if one is named.
    case answer(topic: String, order: OrderID?)
    /// Explain the refusal just met ("why not?", "so what can I do?").
    case explainRefusal
    /// Greeting, thanks, goodbye.
    case chitchat(String)
    /// Show the buyer's orders, optionally filtered ("my unpaid orders").
    case listOrders(OrderFilter?)
    /// Pass the conversation to a human agent.
    case handoff
    /// Leave an optional question unanswered ("no photos").
    case skip
    /// Ask the current question again.
    case repeatQuestion
    /// The line could not be placed; `hint` says what would help, when there is something specific to say.
    case notUnderstood(hint: String?)

    /// `start_flow(cancel_order, order=…)` … as shown in agent traces and asserted in transcripts.
    public var traceText: String {
        switch self {
        case .startFlow(let goal, let orders, let slots):
            let items = [goal.rawValue] + orders.map { "order=\($0)" } + slots.map(\.traceText)
            return "start_flow(\(items.joined(separator: ", ")))"
        case .setSlot(let slot): return "set_slot(\(slot.traceText))"
        case .correctSlot(let slot): return "correct_slot(\(slot.traceText))"
        case .confirm(let yes): return "confirm(\(yes ? "yes" : "no"))"
        case .cancelFlow: return "cancel_flow"
        case .clarify(let options): return "clarify(\(options.joined(separator: "|")))"
        case .answer(let topic, let order): return "answer(\(topic)\(order.map { ", order=\($0)" } ?? ""))"
        case .explainRefusal: return "explain_refusal"
        case .chitchat(let kind): return "chitchat(\(kind))"
        case .listOrders(let filter): return "list_orders\(filter.map { "(\($0.rawValue))" } ?? "")"
        case .handoff: return "handoff"
        case .skip: return "skip"
        case .repeatQuestion: return "repeat"
        case .notUnderstood: return "not_understood"
        }
    }

    /// The command's name alone (`start_flow`), for `? commands` assertions that ignore arguments.
    public var name: String {
        let text = traceText
        return String(text.prefix { $0 != "(" })
    }
}

/// Which orders a list shows.
public enum OrderFilter: String, Equatable, Sendable, Codable, CaseIterable {
    case unpaid, deleted, awaitingShipment = "awaiting_shipment", shipped, delivered, cancelled
    case inDispute = "in_dispute", refunded, completed, open

    /// "unpaid", "awaiting shipment" … for "Your unpaid orders:".
    public var label: String {
        switch self {
        case .awaitingShipment: "awaiting shipment"
        case .inDispute: "in dispute"
        default: rawValue
        }
    }

    /// Whether an order belongs in the list.
    public func matches(_ order: Order) -> Bool {
        switch self {
        case .unpaid: order.status == .awaitingPayment
        case .deleted: order.deletion == .deleted
        case .awaitingShipment: order.status == .awaitingShipment || order.status == .paymentProcessing
        case .shipped: order.status == .shipped
        case .delivered: order.status == .delivered
        case .cancelled: order.status == .cancelled
        case .inDispute: order.status == .inDispute
        case .refunded: order.refund != nil
        case .completed: order.status == .completed
        case .open: !order.status.isClosed && order.status != .shipped && order.status != .delivered
        }
    }
}

/// What a flow sees of the world: the buyer's orders and the clock. No text.
public struct FlowContext: Sendable {
    /// The buyer's orders in their list, newest first.
    public var orders: [Order]
    /// The buyer's orders in *deleted orders*.
    public var deletedOrders: [Order]
    public var sellers: [SellerID: Seller]
    public var now: Date

    public init(orders: [Order], deletedOrders: [Order], sellers: [SellerID: Seller], now: Date) {
        self.orders = orders; self.deletedOrders = deletedOrders; self.sellers = sellers; self.now = now
    }

    /// An order of the buyer's, listed or deleted.
    public func order(_ id: OrderID) -> Order? {
        orders.first { $0.id == id } ?? deletedOrders.first { $0.id == id }
    }

    /// The seller's handling time for an order.
    public func handlingDays(_ order: Order) -> Int {
        sellers[order.sellerID]?.handlingDays ?? PolicyConstants.defaultHandlingDays
    }
}
