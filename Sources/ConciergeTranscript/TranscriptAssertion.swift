import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// A `?` line: a check on the store or on what the assistant understood, made at that point of the conversation.
public enum TranscriptAssertion: Sendable, Equatable {
    /// `? order ID status cancelled`
    case status(order: String, OrderStatus)
    /// `? order ID refund none` · `? order ID refund processing 23.10`
    case refund(order: String, RefundStage?, amount: String?)
    /// `? order ID dispute none` · `? order ID dispute open` · `? order ID dispute damaged partial_refund 10.00`
    case dispute(order: String, DisputeExpectation)
    /// `? order ID cancellation none` · `? order ID cancellation change_shipping_address`
    case cancellation(order: String, CancellationReason?)
    /// `? order ID messages 1`
    case messages(order: String, Int)
    /// `? order ID deleted true|false|permanent`
    case deletion(order: String, Deletion)
    /// `? intent cancel_order` (`none` when the last line was not classified)
    case intent(String)
    /// `? detail refund_timing`: the child intent of the last line.
    case detail(String)
    /// `? dialog cancel_order: waiting_for_confirmation` · `? dialog none` (held as the stable snake_case name)
    case dialog(String)
    /// `? refusal already_shipped` · `? refusal none`: the rules refused something in the last turn (stable name).
    case refusal(String)
    /// `? commands correct_slot start_flow`: the command names of the last turn, in order;
    /// `? commands correct_slot(order=7300000042)`: a command with its arguments, among the last turn's.
    case commands(String)

    /// What a dispute assertion expects.
    public enum DisputeExpectation: Sendable, Equatable {
        case none
        case open
        case matching(DisputeReason, DisputeOutcome?, amount: String?)
    }

    /// Reads the text after `?`; a message saying what is wrong when it isn't an assertion.
    public static func parse(_ text: String) -> Result<TranscriptAssertion, EscapeProblem> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let subject = words.first else { return .failure(EscapeProblem("an empty assertion")) }
        let rest = words.dropFirst()
        switch subject {
        case "intent", "detail", "refusal":
            guard rest.count == 1, let value = rest.first else {
                return .failure(EscapeProblem("write ? \(subject) NAME (or none)"))
            }
            if subject == "refusal" {
                guard value == "none" || Refusal.named(value) != nil else {
                    return .failure(EscapeProblem("unknown refusal '\(value)' (known: \(Refusal.every.map(\.stableName).joined(separator: ", ")))"))
                }
                return .success(.refusal(Refusal.named(value)?.stableName ?? "none"))
            }
            return .success(subject == "intent" ? .intent(value) : .detail(value))
        case "dialog":
            guard !rest.isEmpty else { return .failure(EscapeProblem("write ? dialog GOAL: STATE (or none)")) }
            let name = DialogStateName.stable(rest.joined(separator: " "))
            guard name == "none" || DialogStateName.isKnown(name) else {
                return .failure(EscapeProblem("unknown dialog '\(name)': write ? dialog GOAL: STATE with a goal among "
                    + "\(DialogGoal.allCases.map(\.rawValue).joined(separator: ", ")) and a state among \(DialogStateName.states.joined(separator: ", "))"))
            }
            return .success(.dialog(name))
        case "order":
            return parseOrder(Array(rest))
        case "commands":
            guard !rest.isEmpty else { return .failure(EscapeProblem("write ? commands NAME… (or none), e.g. ? commands cancel_flow start_flow")) }
            return .success(.commands(rest.joined(separator: " ")))
        default:
            return .failure(EscapeProblem("unknown assertion '\(subject)' (known: order, intent, detail, dialog, refusal, commands)"))
        }
    }

    private static func parseOrder(_ words: [String]) -> Result<TranscriptAssertion, EscapeProblem> {
        guard words.count >= 3 else { return .failure(EscapeProblem("write ? order ID FIELD VALUE")) }
        let id = words[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        let values = Array(words[2...])
        func fail(_ usage: String) -> Result<TranscriptAssertion, EscapeProblem> { .failure(EscapeProblem("write ? order ID \(usage)")) }
        switch words[1] {
        case "status":
            guard let status = OrderStatus(rawValue: values.joined(separator: "_")) else {
                return fail("status STATUS (one of \(OrderStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return .success(.status(order: id, status))
        case "refund":
            if values == ["none"] { return .success(.refund(order: id, nil, amount: nil)) }
            guard values.count <= 2, let stage = RefundStage(rawValue: values[0]), values.dropFirst().allSatisfy(isAmount) else {
                return fail("refund none|pending|processing|refunded [AMOUNT]")
            }
            return .success(.refund(order: id, stage, amount: values.count == 2 ? values[1] : nil))
        case "dispute":
            if values == ["none"] { return .success(.dispute(order: id, .none)) }
            if values == ["open"] { return .success(.dispute(order: id, .open)) }
            guard values.count <= 3, let reason = DisputeReason(rawValue: values[0]) else {
                return fail("dispute none|open|REASON [OUTCOME] [AMOUNT]")
            }
            var outcome: DisputeOutcome?
            var amount: String?
            for value in values.dropFirst() {
                if let o = DisputeOutcome(rawValue: value) { outcome = o } else if isAmount(value) { amount = value } else {
                    return fail("dispute REASON [OUTCOME] [AMOUNT]; '\(value)' is neither")
                }
            }
            return .success(.dispute(order: id, .matching(reason, outcome, amount: amount)))
        case "cancellation":
            if values == ["none"] { return .success(.cancellation(order: id, nil)) }
            guard values.count == 1, let reason = CancellationReason(rawValue: values[0]) else {
                return fail("cancellation none|REASON (one of \(CancellationReason.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return .success(.cancellation(order: id, reason))
        case "messages":
            guard values.count == 1, let count = Int(values[0]) else { return fail("messages COUNT") }
            return .success(.messages(order: id, count))
        case "deleted":
            let deletion: Deletion? = switch values.joined(separator: " ") {
            case "true", "yes": .deleted
            case "false", "no": Deletion.none
            case "permanent", "permanently": .permanent
            default: nil
            }
            guard let deletion else { return fail("deleted true|false|permanent") }
            return .success(.deletion(order: id, deletion))
        default:
            return fail("status|refund|dispute|cancellation|messages|deleted …")
        }
    }

    private static func isAmount(_ text: String) -> Bool {
        Money(decimal: text, currency: "") != nil
    }
}

/// What the replayer can see after a turn, for checking assertions.
struct AssertionContext {
    var store: OrderStore
    var trace: TurnTrace

    /// `nil` when the assertion holds; otherwise what was actually there.
    func check(_ assertion: TranscriptAssertion) -> String? {
        switch assertion {
        case .intent(let name):
            let actual = trace.intents.first?.intent ?? "none"
            return actual == name ? nil : "intent is \(actual)"
        case .detail(let name):
            let actual = trace.intents.isEmpty ? "none" : trace.detail ?? "none"
            return actual == name ? nil : "detail is \(actual)"
        case .dialog(let name):
            let actual = DialogStateName.stable(trace.dialog ?? "none")
            return actual == name ? nil : "dialog is \(actual)"
        case .commands(let text):
            let names = trace.commands.map { String($0.prefix { $0 != "(" }) }
            let holds = text.contains("(") ? trace.commands.joined(separator: ", ").contains(text)
                                           : (names.isEmpty ? "none" : names.joined(separator: " ")) == text
            return holds ? nil : "commands are \(trace.commands.isEmpty ? "none" : trace.commands.joined(separator: ", "))"
        case .refusal(let name):
            let actual = trace.refusals.map { Refusal.named($0)?.stableName ?? $0 }
            if name == "none" { return actual.isEmpty ? nil : "refusals: \(actual.joined(separator: ", "))" }
            return actual.contains(name) ? nil : "refusals: \(actual.isEmpty ? "none" : actual.joined(separator: ", "))"
        case .status(let id, let status):
            return withOrder(id) { $0.status == status ? nil : "status is \($0.status.rawValue)" }
        case .refund(let id, let stage, let amount):
            return withOrder(id) { order in
                let actual = order.refund.map { "\($0.stage.rawValue) \($0.amount.decimalString)" } ?? "none"
                guard let stage else { return order.refund == nil ? nil : "refund is \(actual)" }
                guard let refund = order.refund, refund.stage == stage else { return "refund is \(actual)" }
                if let amount, !Self.same(amount, refund.amount) { return "refund is \(actual)" }
                return nil
            }
        case .dispute(let id, let expectation):
            return withOrder(id) { order in
                let actual = order.dispute.map { "\($0.reason.rawValue) \($0.outcome.rawValue) \($0.amount.decimalString)" } ?? "none"
                switch expectation {
                case .none: return order.dispute == nil ? nil : "dispute is \(actual)"
                case .open: return order.dispute != nil && order.status == .inDispute ? nil : "dispute is \(actual), status \(order.status.rawValue)"
                case .matching(let reason, let outcome, let amount):
                    guard let dispute = order.dispute, dispute.reason == reason, outcome == nil || dispute.outcome == outcome,
                          amount.map({ Self.same($0, dispute.amount) }) ?? true else { return "dispute is \(actual)" }
                    return nil
                }
            }
        case .cancellation(let id, let reason):
            return withOrder(id) { order in
                order.cancellation?.reason == reason ? nil : "cancellation is \(order.cancellation?.reason.rawValue ?? "none")"
            }
        case .messages(let id, let count):
            return withOrder(id) { $0.messages.count == count ? nil : Plural.count($0.messages.count, "message") }
        case .deletion(let id, let deletion):
            return withOrder(id) { order in
                order.deletion == deletion ? nil : "deleted is \(order.deletion == .none ? "false" : order.deletion == .deleted ? "true" : "permanent")"
            }
        }
    }

    private func withOrder(_ id: String, _ check: (Order) -> String?) -> String? {
        do {
            guard let order = try store.order(id: OrderID(id)) else { return "there is no order \(id) in the fixture" }
            return check(order)
        } catch {
            return "the store failed: \(error)"
        }
    }

    private static func same(_ text: String, _ money: Money) -> Bool {
        Money(decimal: text, currency: money.currency)?.minorUnits == money.minorUnits
    }
}
