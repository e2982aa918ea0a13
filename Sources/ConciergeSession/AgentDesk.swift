import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore

/// A support agent's session: drives a buyer's conversation, sees a trace of every turn,
/// corrects the assistant, approves its actions, records sellers' answers. Every agent action is audited.
public final class AgentDesk {
    /// The agent commands (refused, and audited, in a buyer's chat).
    public static let commands = ["/as", "/intent", "/approve", "/edit", "/reject", "/say", "/seller", "/advance",
                                  "/handoffs", "/take", "/handback"]

    /// What Tab completes at the desk: the buyer's slash commands and the agent's.
    public static var completableCommands: [String] { Session.slashCommands + commands }

    /// How trace lines start.
    public static let tracePrefix = "  · "

    public let agentID: String
    public let store: OrderStore
    let understander: Understander
    private var clock: Clock
    private var approveMode = false
    private var takenHandoff: Int64?
    /// The buyer conversation the agent acts in.
    public private(set) var session: Session?

    /// Opens the desk, acting in `buyerID`'s conversation when given.
    public init(store: OrderStore, agentID: String, understander: Understander, clock: Clock, buyerID: BuyerID? = nil) throws {
        self.store = store
        self.agentID = agentID
        self.understander = understander
        self.clock = clock
        if let buyerID { session = try open(buyerID) }
    }

    private var actor: Actor { .agent(agentID) }
    private var now: Date { session?.now ?? clock.now }

    private func open(_ buyerID: BuyerID) throws -> Session {
        let session = try Session(store: store, buyerID: buyerID, understander: understander, clock: clock)
        session.requiresApproval = approveMode
        return session
    }

    /// The prompt's words: "A7>" with no buyer, "A7 as B0042>", "A7 as B0042 (cancelling #7300000042)>",
    /// "A7 with B0042 (handoff #3)>" once a handoff is taken.
    public var prompt: String {
        guard let session else { return agentID }
        if let takenHandoff { return "\(agentID) with \(session.buyer.id) (handoff #\(takenHandoff))" }
        return "\(agentID) as \(session.buyer.id)" + (session.activity.map { " (\($0))" } ?? "")
    }

    /// Answers one line: an agent command, a buyer slash command, or a buyer line (followed by the trace).
    public func respond(to rawLine: String) -> SessionReply {
        let line = TerminalText.sanitize(rawLine).trimmingCharacters(in: .whitespaces)
        let name = line.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        do {
            if Self.commands.contains(name) { return try command(name, line) }
            if name == "/help" { return SessionReply(lines: (session?.helpLines ?? []) + agentHelp) }
            if name == "/quit" || name == "/exit" { return SessionReply(lines: ["Goodbye!"], endsSession: true) }
            if name == "/whoami" {
                let buyer = session.map { ", acting for \($0.buyer.name) (buyer \($0.buyer.id))" } ?? ", no buyer selected"
                return SessionReply(lines: ["You are support agent \(agentID)\(buyer)."])
            }
            guard let session else {
                return SessionReply(lines: ["No buyer selected: use /as BUYER, or /handoffs and /take N."])
            }
            if let takenHandoff, !line.hasPrefix("/") {
                // A human has taken over: the assistant must not answer the buyer behind the agent's back.
                return SessionReply(lines: ["(handoff #\(takenHandoff) is yours: the assistant stays quiet. Answer with /say TEXT; /handback returns the buyer to the assistant.)"])
            }
            let reply = session.respond(to: line)
            if line.hasPrefix("/") { return reply }
            return SessionReply(lines: reply.lines + trace(session), endsSession: reply.endsSession, failure: reply.failure)
        } catch let refusal as Refusal {
            var trace = TurnTrace()
            trace.refusals = [refusal.caseName]
            session?.lastTrace = trace
            return SessionReply(lines: [refusal.message])
        } catch {
            return SessionReply(lines: ["Error: \(error). Nothing was changed."], failure: "\(error)")
        }
    }

    var agentHelp: [String] {
        [
            "Agent commands: /as BUYER, /intent NAME, /approve on|off, /approve (run the waiting change), /edit SLOT VALUE,",
            "/reject MESSAGE, /say TEXT, /seller accept ORDER, /seller decline ORDER TRACKING, /seller reply ORDER TEXT,",
            "/advance 3d|2h|30m (demo and test data only), /handoffs, /take N, /handback.",
        ]
    }

    /// The last turn's trace; refusals are named by their stable name and the rule behind them.
    private func trace(_ session: Session) -> [String] {
        var lines = session.lastTrace.lines.filter { !$0.hasPrefix("policy: refused") }
        let refusals = session.lastTrace.refusals.map { name in
            Refusal.named(name).map { "policy: refused — \($0.stableName): \($0.rule)" } ?? "policy: refused — \(name)"
        }
        let storeIndex = lines.firstIndex { $0.hasPrefix("store:") } ?? lines.endIndex
        lines.insert(contentsOf: refusals, at: storeIndex)
        return lines.map { Self.tracePrefix + $0 }
    }

    private func command(_ name: String, _ line: String) throws -> SessionReply {
        let rest = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let args = rest.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch name {
        case "/as":
            guard let buyerID = args.first.map({ BuyerID($0) }) else { return SessionReply(lines: ["Usage: /as BUYER"]) }
            session = try open(buyerID)
            try store.recordEvent(by: actor, action: .agentAsBuyer, buyerID: buyerID, detail: "acting in the buyer's conversation", at: now)
            return SessionReply(lines: ["Now acting in the conversation of \(session?.buyer.name ?? buyerID.rawValue) (\(buyerID))."])
        case "/intent":
            return try correctIntent(args)
        case "/approve":
            return try approve(args)
        case "/edit":
            return try edit(args, rest)
        case "/reject":
            guard let session else { return noBuyer }
            guard let pending = session.pendingApproval else { return SessionReply(lines: ["Nothing is waiting for approval."]) }
            let message = rest.isEmpty ? "I can't do that for you right now." : rest
            try store.recordEvent(by: actor, action: .approvalRejected, buyerID: session.buyer.id, orderID: pending.orderID,
                                  detail: "\(pending.summary); told the buyer: \(message)", at: now)
            return session.rejectPending(message: message)
        case "/say":
            guard let session else { return noBuyer }
            guard !rest.isEmpty else { return SessionReply(lines: ["Usage: /say TEXT"]) }
            try store.recordEvent(by: actor, action: .agentSaid, buyerID: session.buyer.id, detail: rest, at: now)
            return SessionReply(lines: ["Agent: \(rest)"])
        case "/seller":
            return try seller(args, rest)
        case "/advance":
            guard try store.holdsTestData() else {
                try store.recordEvent(by: actor, action: .advanceRefused, buyerID: session?.buyer.id, detail: rest, at: now)
                return SessionReply(lines: ["The clock can only be moved on demo and test databases."])
            }
            guard let interval = args.first.flatMap(Self.duration) else { return SessionReply(lines: ["Usage: /advance 3d|2h|30m"]) }
            advanceClock(by: interval)
            try store.recordEvent(by: actor, action: .clockAdvanced, buyerID: session?.buyer.id, detail: args[0], at: now)
            return SessionReply(lines: ["Clock moved forward \(args[0]); it is now \(DateText.instant(now))."] + (try timerLines()))
        case "/handoffs":
            let open = try store.handoffs()
            if open.isEmpty { return SessionReply(lines: ["No open handoff requests."]) }
            return SessionReply(lines: open.map { "#\($0.id) [\($0.state.rawValue)\($0.agentID.map { " by \($0)" } ?? "")] buyer \($0.buyerID), \(DateText.instant($0.at)): \($0.summary)" })
        case "/take":
            guard let id = args.first.flatMap({ Int64($0.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) }),
                  let taken = try store.updateHandoff(id, to: .taken, agentID: agentID, at: now)
            else { return SessionReply(lines: ["Usage: /take N (see /handoffs)"]) }
            takenHandoff = id
            session = try open(taken.buyerID)
            return SessionReply(lines: ["You took handoff #\(id); now acting for buyer \(taken.buyerID).", "Summary: \(taken.summary)"])
        case "/handback":
            guard let id = takenHandoff else { return SessionReply(lines: ["You haven't taken a handoff (/take N)."]) }
            try store.updateHandoff(id, to: .closed, agentID: agentID, at: now)
            takenHandoff = nil
            return SessionReply(lines: ["Handoff #\(id) closed; the assistant continues with the buyer."])
        default:
            return SessionReply(lines: agentHelp)
        }
    }

    /// `/intent NAME`: re-runs the last buyer line as `NAME` and keeps the correction (unless nothing changes).
    private func correctIntent(_ args: [String]) throws -> SessionReply {
        guard let session else { return noBuyer }
        guard let intent = args.first, understander.catalog.topLevelNames.contains(intent) else {
            return SessionReply(lines: ["Usage: /intent NAME, one of: \(understander.catalog.topLevelNames.joined(separator: ", "))"])
        }
        guard let text = session.lastBuyerLine else { return SessionReply(lines: ["There is no buyer line to re-run."]) }
        if session.lastClassification?.intent == intent {
            return SessionReply(lines: ["\"\(text)\" was already understood as \(intent); nothing to correct, nothing recorded."])
        }
        try store.recordCorrection(text: text, predicted: session.lastClassification?.intent ?? "", intent: intent,
                                   agentID: agentID, buyerID: session.buyer.id, at: now)
        let reply = try session.rerunLastLine(as: intent)
        return SessionReply(lines: ["(re-running \"\(text)\" as \(intent); the correction is kept for `concierge intents suggestions`)"]
                            + reply.lines + trace(session))
    }

    /// `/approve on|off` switches approve mode; `/approve` runs the waiting change.
    private func approve(_ args: [String]) throws -> SessionReply {
        guard let session else { return noBuyer }
        switch args.first?.lowercased() {
        case "on", "off":
            approveMode = args.first?.lowercased() == "on"
            session.requiresApproval = approveMode
            try store.recordEvent(by: actor, action: .approveMode, buyerID: session.buyer.id, detail: approveMode ? "on" : "off", at: now)
            return SessionReply(lines: ["Approve mode is \(approveMode ? "on: proposed changes wait for you (/approve, /edit, /reject)" : "off")."])
        default:
            let pending = session.pendingApproval
            let reply = session.approvePending(by: agentID)
            if let pending {
                try store.recordEvent(by: actor, action: .approved, buyerID: session.buyer.id, orderID: pending.orderID,
                                      detail: pending.summary, at: now)
            }
            return SessionReply(lines: reply.lines + trace(session))
        }
    }

    /// `/edit SLOT VALUE`: changes a slot the waiting change has, with a value that means something.
    private func edit(_ args: [String], _ rest: String) throws -> SessionReply {
        guard let session else { return noBuyer }
        guard let before = session.pendingApproval else { return SessionReply(lines: ["Nothing is waiting for approval."]) }
        let slots = Self.editableSlots(of: before)
        guard !slots.isEmpty else { return SessionReply(lines: ["Nothing can be edited in: \(before.summary). /approve or /reject it."]) }
        guard args.count >= 2, slots.contains(args[0].lowercased()) else {
            return SessionReply(lines: ["Usage: /edit \(slots.joined(separator: "|")) VALUE (waiting: \(before.summary))"])
        }
        var value = rest.dropFirst(args[0].count).trimmingCharacters(in: .whitespaces)
        if args[0].lowercased() == "reason" {
            switch Self.cancellationReason(value) {
            case .success(let reason): value = reason
            case .failure(let problem): return SessionReply(lines: [problem.message])
            }
        }
        let reply = session.editPending(slot: args[0], value: value)
        if let after = session.pendingApproval, before != after {
            try store.recordEvent(by: actor, action: .approvalEdited, buyerID: session.buyer.id, orderID: after.orderID,
                                  detail: "\(before.summary) → \(after.summary)", at: now)
        }
        return reply
    }

    /// Runs every buyer's timers and says which order each changed, naming the buyer when it isn't the one in the chat.
    private func timerLines() throws -> [String] {
        let lastEvent = try store.events().last?.id ?? 0
        guard !(try store.applyTimers(at: now)).isEmpty else { return ["  No timer was due."] }
        return try store.events().filter { $0.id > lastEvent && $0.action == .timer }.map { event in
            "  timer: " + Self.timerText(event, namingBuyer: event.buyerID != session?.buyer.id)
        }
    }

    /// A timer's event as "#7300000042: awaiting shipment → cancelled: closed automatically …", with the buyer
    /// when asked ("#7300000271 (buyer B0043): …"); a change within a status (a refund stage) shows no status.
    public static func timerText(_ event: OrderEvent, namingBuyer: Bool) -> String {
        let owner = namingBuyer ? " (buyer \(event.buyerID?.rawValue ?? "-"))" : ""
        let statuses = [event.beforeStatus, event.afterStatus].compactMap { $0?.label }
        let change = statuses.count == 2 && statuses[0] != statuses[1] ? "\(statuses[0]) → \(statuses[1]): " : ""
        return "#\(event.orderID?.rawValue ?? "-")\(owner): \(change)\(event.detail)"
    }

    /// The slots `/edit` can change in a waiting command.
    static func editableSlots(of command: OrderCommand) -> [String] {
        switch command {
        case .cancelOrder: ["reason"]
        case .sendMessage: ["message"]
        case .openDispute: ["amount"]
        case .cancelPayment, .confirmReceipt, .delete, .restore, .deletePermanently: []
        }
    }

    /// `/edit reason VALUE`: a reason's name, spaced or not ("change_order", "change order"), its label, or `other TEXT`
    /// (the buyer's own words). Anything else is refused rather than stored as "other".
    static func cancellationReason(_ value: String) -> Result<String, EditProblem> {
        let lowered = value.lowercased()
        let words = lowered.split(separator: " ", maxSplits: 1).map(String.init)
        if words.first == CancellationReason.other.rawValue {
            guard words.count == 2 else { return .failure(EditProblem(message: "Write /edit reason other TEXT: the buyer's own reason.")) }
            return .success(String(value.dropFirst(words[0].count)).trimmingCharacters(in: .whitespaces))
        }
        if let reason = CancellationReason.allCases.first(where: { $0 != .other && ($0.rawValue == lowered.replacingOccurrences(of: " ", with: "_") || $0.label.lowercased() == lowered) }) {
            return .success(reason.rawValue)
        }
        let known = CancellationReason.allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: ", ")
        return .failure(EditProblem(message: "\(value) is not a cancellation reason: one of \(known), or other TEXT."))
    }

    /// Why an `/edit` value was refused.
    struct EditProblem: Error {
        var message: String
    }

    /// Moves the desk's clock, and the conversation's (transcript clock jumps).
    public func advanceClock(by interval: TimeInterval) {
        clock.advance(by: interval)
        session?.advanceClock(by: interval)
    }

    private var noBuyer: SessionReply { SessionReply(lines: ["No buyer selected: use /as BUYER first."]) }

    private func seller(_ args: [String], _ rest: String) throws -> SessionReply {
        guard args.count >= 2 else {
            return SessionReply(lines: ["Usage: /seller accept ORDER | /seller decline ORDER TRACKING | /seller reply ORDER TEXT"])
        }
        let id = OrderID(args[1].trimmingCharacters(in: CharacterSet(charactersIn: "#")))
        let result: ActionResult
        switch args[0].lowercased() {
        case "accept":
            result = try store.answerCancellation(id, by: actor, accept: true, at: now)
        case "decline":
            guard args.count >= 3 else { return SessionReply(lines: ["A seller who declines must give the tracking number: /seller decline ORDER TRACKING"]) }
            result = try store.answerCancellation(id, by: actor, accept: false, tracking: args[2], at: now)
        case "reply":
            let text = args.dropFirst(2).joined(separator: " ")
            result = try store.sendMessage(id, by: actor, text: text, as: .seller, at: now)
        default:
            return SessionReply(lines: ["Unknown seller answer \(args[0]): accept, decline or reply."])
        }
        let order = result.order
        var lines = ["Recorded for the seller: order #\(order.id) is now \(order.status.label)\(result.outcome == .alreadyDone ? " (already recorded earlier; nothing changed)" : "")."]
        if let refund = order.refund { lines.append("Refund: \(refund.amount), \(refund.stage.label).") }
        return SessionReply(lines: lines)
    }

    /// "3d", "2h", "30m", "1w" as seconds.
    static func duration(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let value = Double(text.dropLast()), value > 0 else { return nil }
        switch unit {
        case "m": return value * PolicyConstants.minute
        case "h": return value * PolicyConstants.hour
        case "d": return value * PolicyConstants.day
        case "w": return value * 7 * PolicyConstants.day
        default: return nil
        }
    }
}
