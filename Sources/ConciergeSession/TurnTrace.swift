import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
/// What happened in one turn, for agents, transcripts and coverage: what was understood and done, and why.
public struct TurnTrace: Equatable, Sendable {
    /// The top intent and its confidence, then the alternatives.
    public var intents: [ScoredIntent] = []
    public var detail: String?
    /// A short reply (yes / no / stop / a number) the dialog took as its answer.
    public var reply: String?
    /// Entities found, as "name=value" pairs.
    public var entities: [String] = []
    /// The dialog and its state after the turn, e.g. "cancel_order: waiting for confirmation".
    public var dialog: String?
    /// Policy refusals met in the turn, by case name (e.g. "alreadyShipped").
    public var refusals: [String] = []
    /// Store writes of the turn, e.g. "cancel_order 7300000042: performed".
    public var writes: [String] = []
    /// The commands the line became, e.g. "correct_slot(order=7300000042)", "start_flow(delete_order)".
    public var commands: [String] = []
    /// Why each command was chosen, in the same order.
    public var why: [String] = []

    public init() {}

    /// The trace as compact lines.
    public var lines: [String] {
        var lines: [String] = []
        if let reply {
            lines.append("reply: \(reply), the answer to the dialog's question")
        } else if !intents.isEmpty {
            let ranked = intents.prefix(4).map { "\($0.intent) \($0.confidence.twoDecimals)" }.joined(separator: ", ")
            lines.append("intent: \(ranked)\(detail.map { " (detail \($0))" } ?? "")")
        }
        if !entities.isEmpty { lines.append("entities: \(entities.joined(separator: ", "))") }
        if !commands.isEmpty {
            let explained = zip(commands, why + Array(repeating: "", count: max(0, commands.count - why.count)))
                .map { $1.isEmpty ? $0 : "\($0) — \($1)" }
            lines.append("commands: \(explained.joined(separator: "; "))")
        }
        if let dialog { lines.append("dialog: \(dialog)") }
        if !refusals.isEmpty { lines.append("policy: refused (\(refusals.joined(separator: ", ")))") }
        if !writes.isEmpty { lines.append("store: \(writes.joined(separator: "; "))") }
        return lines
    }
}

extension Entities {
    /// The entities as "name=value" items for a trace.
    var traceItems: [String] {
        var items: [String] = orderNumbers.map { "order=\($0)" }
        switch orderReference {
        case .latest?: items.append("reference=latest")
        case .ordinal(let n)?: items.append("reference=#\(n) in list")
        case .items(let ids, let phrase)?: items.append("reference=\"\(phrase)\"→\(ids.map(\.rawValue).joined(separator: "|"))")
        case nil: break
        }
        if let r = cancellationReason { items.append("cancel_reason=\(r.rawValue)") }
        if let r = disputeReason { items.append("dispute_reason=\(r.rawValue)") }
        if let o = disputeOutcome { items.append("outcome=\(o.rawValue)") }
        items += amounts.map { "amount=\(Money(minorUnits: $0, currency: "").decimalString)" }
        return items
    }
}
