import Foundation
import GRDB
import ConciergeDomain

/// The conversation state that follows a change, written in the change's own transaction: a conversation saved
/// apart could still ask to confirm a change already made if the process stopped between the two commits.
/// `state` gets the change's result and returns the encoded state (empty data forgets the conversation).
public struct ConversationWrite {
    public let buyerID: BuyerID
    public let state: (ActionResult) -> Data

    public init(buyerID: BuyerID, state: @escaping (ActionResult) -> Data) {
        self.buyerID = buyerID
        self.state = state
    }
}

extension OrderStore {
    /// Saves a buyer's conversation state (an encoded value the session owns); empty data forgets it.
    public func saveConversation(buyerID: BuyerID, state: Data, at now: Date) throws {
        try immediate { db in try Self.writeConversation(db, buyerID: buyerID, state: state, at: now) }
    }

    /// Writes the state that follows `result` inside the change's transaction.
    func writeConversation(_ db: Database, _ write: ConversationWrite, after result: ActionResult, at now: Date) throws {
        try Self.writeConversation(db, buyerID: write.buyerID, state: write.state(result), at: now)
    }

    private static func writeConversation(_ db: Database, buyerID: BuyerID, state: Data, at now: Date) throws {
        if state.isEmpty {
            try db.cachedStatement(sql: "DELETE FROM conversation WHERE buyer_id = ?").execute(arguments: [buyerID])
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO conversation (buyer_id, state, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(buyer_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
                """).execute(arguments: [buyerID, String(decoding: state, as: UTF8.self), DatabaseDate.value(now)])
        }
    }

    /// The buyer's saved conversation state and when it was saved, if any.
    public func conversation(buyerID: BuyerID) throws -> (state: Data, at: Date)? {
        try read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT state, updated_at FROM conversation WHERE buyer_id = ?"), arguments: [buyerID])
            else { return nil }
            let text: String = row["state"]
            return (Data(text.utf8), row["updated_at"])
        }
    }
}
