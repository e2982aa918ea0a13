import Foundation
import GRDB
import ConciergeDomain

/// A buyer's request for a human, as an agent sees it.
public struct Handoff: Equatable, Sendable {
    public var id: Int64
    public var buyerID: BuyerID
    public var orderID: OrderID?
    public var summary: String
    public var at: Date
    public var state: HandoffState
    public var agentID: String?
}

/// An agent's correction of what a buyer line meant.
public struct IntentCorrection: Equatable, Sendable {
    public var text: String
    public var predicted: String
    public var intent: String
    public var agentID: String
    public var at: Date
}

extension OrderStore {
    /// Whether the database holds demo or test data, on which agents may move the clock.
    public func holdsTestData() throws -> Bool {
        try read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = 'test_data'") == "true" }
    }

    /// Records something an actor did that is not an order change (an agent's message, a refused command…).
    public func recordEvent(by actor: Actor, action: AuditAction, buyerID: BuyerID?, orderID: OrderID? = nil, detail: String, at now: Date) throws {
        try immediate { db in
            try logEvent(db, at: now, actor: actor, action: action, order: orderID, buyerID: buyerID, before: nil, after: nil, detail: detail)
        }
    }

    /// Keeps an agent's intent correction (and audits it).
    public func recordCorrection(text: String, predicted: String, intent: String, agentID: String, buyerID: BuyerID, at now: Date) throws {
        try immediate { db in
            try db.execute(sql: "INSERT INTO correction (text, predicted, intent, agent_id, at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [PersonalData.storable(text), predicted, intent, agentID, DatabaseDate.value(now)])
            try logEvent(db, at: now, actor: .agent(agentID), action: .intentCorrected, order: nil, buyerID: buyerID,
                         before: nil, after: nil, detail: "\(predicted) → \(intent), correction #\(db.lastInsertedRowID)")
        }
    }

    /// Every intent correction, oldest first.
    public func corrections() throws -> [IntentCorrection] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM correction ORDER BY id").map {
                IntentCorrection(text: $0["text"], predicted: $0["predicted"], intent: $0["intent"], agentID: $0["agent_id"], at: $0["at"])
            }
        }
    }

    /// Handoff requests, oldest first; only the open ones unless `all`.
    public func handoffs(all: Bool = false) throws -> [Handoff] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM handoff \(all ? "" : "WHERE state != '\(HandoffState.closed.rawValue)'") ORDER BY id").map {
                Handoff(id: $0["id"], buyerID: $0["buyer_id"], orderID: $0["order_id"], summary: $0["summary"], at: $0["at"],
                        state: try OrderRows.value($0, "state", table: "handoff"), agentID: $0["agent_id"])
            }
        }
    }

    /// Moves a handoff to `state` (`taken` by the agent, or `closed` when handed back), audited.
    @discardableResult
    public func updateHandoff(_ id: Int64, to state: HandoffState, agentID: String, at now: Date) throws -> Handoff? {
        try immediate { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM handoff WHERE id = ?", arguments: [id]) else { return nil }
            try db.execute(sql: "UPDATE handoff SET state = ?, agent_id = ? WHERE id = ?", arguments: [state.rawValue, agentID, id])
            let buyerID: BuyerID = row["buyer_id"]
            try logEvent(db, at: now, actor: .agent(agentID), action: .handoff(state), order: row["order_id"], buyerID: buyerID,
                         before: nil, after: nil, detail: "handoff #\(id)")
            return Handoff(id: id, buyerID: buyerID, orderID: row["order_id"], summary: row["summary"], at: row["at"], state: state, agentID: agentID)
        }
    }
}
