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

    /// Answers one line: an agent command, a buyer slash command, or a buyer line (followed by the trace).
    public func respond(to rawLine: String) -> SessionReply {
        let line = TerminalText.sanitize(rawLine).trimmingCharacters(in: .whitespaces)
        let name = line.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        do {
            if Self.commands.contains(name) { return try command(name, line) }
            if name == "/help" { return SessionReply(lines: (session?.helpLines ?? []) + agentHelp) }
            if name == "/quit" || name == "/exit" { return SessionReply(lines: ["Goodbye!"], endsSession: true) }
            guard let session else {
                return SessionReply(lines: ["No buyer selected: use /as BUYER, or /handoffs and /take N."])
            }
            let reply = session.respond(to: line)
            if line.hasPrefix("/") { return reply }
            return SessionReply(lines: reply.lines + trace(session), endsSession: reply.endsSession)
        } catch let refusal as Refusal {
            var trace = TurnTrace()
            trace.refusals = [refusal.caseName]
            session?.lastTrace = trace
            return SessionReply(lines: [refusal.message])
        } catch {
            return SessionReply(lines: ["Error: \(error). Nothing was changed."])
        }
    }

    var agentHelp: [String] {
        [
            "Agent commands: /as BUYER, /intent NAME, /approve on|off, /approve (run the waiting change), /edit SLOT VALUE,",
            "/reject MESSAGE, /say TEXT, /seller accept ORDER, /seller decline ORDER TRACKING, /seller reply ORDER TEXT,",
            "/advance 3d|2h|30m (demo and test data only), /handoffs, /take N, /handback.",
        ]
    }

    private func trace(_ session: Session) -> [String] {
        session.lastTrace.lines.map { Self.tracePrefix + $0 }
    }

    private func command(_ name: String, _ line: String) throws -> SessionReply {
        let rest = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let args = rest.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch name {
        case "/as":
            guard let buyerID = args.first.map({ BuyerID($0) }) else { return SessionReply(lines: ["Usage: /as BUYER"]) }
            session = try open(buyerID)
            try store.recordEvent(by: actor, action: "agent_as_buyer", buyerID: buyerID, detail: "acting in the buyer's conversation", at: now)
            return SessionReply(lines: ["Now acting in the conversation of \(session?.buyer.name ?? buyerID.rawValue) (\(buyerID))."])
        case "/intent":
            guard let session else { return noBuyer }
            guard let intent = args.first, understander.catalog.topLevelNames.contains(intent) else {
                return SessionReply(lines: ["Usage: /intent NAME, one of: \(understander.catalog.topLevelNames.joined(separator: ", "))"])
            }
            guard let text = session.lastBuyerLine else { return SessionReply(lines: ["There is no buyer line to re-run."]) }
            try store.recordCorrection(text: text, predicted: session.lastClassification?.intent ?? "", intent: intent,
                                       agentID: agentID, buyerID: session.buyer.id, at: now)
            let reply = try session.rerunLastLine(as: intent)
            return SessionReply(lines: ["(re-running \"\(text)\" as \(intent); the correction is kept for `concierge intents suggestions`)"]
                                + reply.lines + trace(session))
        case "/approve":
            guard let session else { return noBuyer }
            switch args.first?.lowercased() {
            case "on", "off":
                approveMode = args.first?.lowercased() == "on"
                session.requiresApproval = approveMode
                try store.recordEvent(by: actor, action: "approve_mode", buyerID: session.buyer.id, detail: approveMode ? "on" : "off", at: now)
                return SessionReply(lines: ["Approve mode is \(approveMode ? "on: proposed changes wait for you (/approve, /edit, /reject)" : "off")."])
            default:
                let pending = session.pendingApproval
                let reply = session.approvePending(by: agentID)
                if let pending {
                    try store.recordEvent(by: actor, action: "approved", buyerID: session.buyer.id, orderID: pending.orderID,
                                          detail: pending.summary, at: now)
                }
                return SessionReply(lines: reply.lines + trace(session))
            }
        case "/edit":
            guard let session else { return noBuyer }
            guard args.count >= 2 else { return SessionReply(lines: ["Usage: /edit reason|amount|message VALUE"]) }
            let before = session.pendingApproval
            let value = rest.dropFirst(args[0].count).trimmingCharacters(in: .whitespaces)
            let reply = session.editPending(slot: args[0], value: value)
            if let before, let after = session.pendingApproval, before != after {
                try store.recordEvent(by: actor, action: "approval_edited", buyerID: session.buyer.id, orderID: after.orderID,
                                      detail: "\(before.summary) → \(after.summary)", at: now)
            }
            return reply
        case "/reject":
            guard let session else { return noBuyer }
            guard let pending = session.pendingApproval else { return SessionReply(lines: ["Nothing is waiting for approval."]) }
            let message = rest.isEmpty ? "I can't do that for you right now." : rest
            try store.recordEvent(by: actor, action: "approval_rejected", buyerID: session.buyer.id, orderID: pending.orderID,
                                  detail: "\(pending.summary); told the buyer: \(message)", at: now)
            return session.rejectPending(message: message)
        case "/say":
            guard let session else { return noBuyer }
            guard !rest.isEmpty else { return SessionReply(lines: ["Usage: /say TEXT"]) }
            try store.recordEvent(by: actor, action: "agent_said", buyerID: session.buyer.id, detail: rest, at: now)
            return SessionReply(lines: ["Agent: \(rest)"])
        case "/seller":
            return try seller(args, rest)
        case "/advance":
            guard try store.holdsTestData() else {
                try store.recordEvent(by: actor, action: "advance_refused", buyerID: session?.buyer.id, detail: rest, at: now)
                return SessionReply(lines: ["The clock can only be moved on demo and test databases."])
            }
            guard let interval = args.first.flatMap(Self.duration) else { return SessionReply(lines: ["Usage: /advance 3d|2h|30m"]) }
            advanceClock(by: interval)
            try store.recordEvent(by: actor, action: "clock_advanced", buyerID: session?.buyer.id, detail: args[0], at: now)
            let changes = try store.applyTimers(at: now)
            return SessionReply(lines: ["Clock moved forward \(args[0]); it is now \(DateText.instant(now))."]
                                + changes.map { "  timer: \($0.from.label) → \($0.to.label): \($0.note)" })
        case "/handoffs":
            let open = try store.handoffs()
            if open.isEmpty { return SessionReply(lines: ["No open handoff requests."]) }
            return SessionReply(lines: open.map { "#\($0.id) [\($0.state)\($0.agentID.map { " by \($0)" } ?? "")] buyer \($0.buyerID), \(DateText.instant($0.at)): \($0.summary)" })
        case "/take":
            guard let id = args.first.flatMap({ Int64($0.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) }),
                  let taken = try store.updateHandoff(id, to: "taken", agentID: agentID, at: now)
            else { return SessionReply(lines: ["Usage: /take N (see /handoffs)"]) }
            takenHandoff = id
            session = try open(taken.buyerID)
            return SessionReply(lines: ["You took handoff #\(id); now acting for buyer \(taken.buyerID).", "Summary: \(taken.summary)"])
        case "/handback":
            guard let id = takenHandoff else { return SessionReply(lines: ["You haven't taken a handoff (/take N)."]) }
            try store.updateHandoff(id, to: "closed", agentID: agentID, at: now)
            takenHandoff = nil
            return SessionReply(lines: ["Handoff #\(id) closed; the assistant continues with the buyer."])
        default:
            return SessionReply(lines: agentHelp)
        }
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
