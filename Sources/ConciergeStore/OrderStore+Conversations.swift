import Foundation
import GRDB
import ConciergeDomain

extension OrderStore {
    /// Saves a buyer's conversation state (an encoded value the session owns); empty data forgets it.
    public func saveConversation(buyerID: BuyerID, state: Data, at now: Date) throws {
        try immediate { db in
            if state.isEmpty {
                try db.cachedStatement(sql: "DELETE FROM conversation WHERE buyer_id = ?").execute(arguments: [buyerID])
            } else {
                try db.cachedStatement(sql: """
                    INSERT INTO conversation (buyer_id, state, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(buyer_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
                    """).execute(arguments: [buyerID, String(decoding: state, as: UTF8.self), DatabaseDate.value(now)])
            }
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
