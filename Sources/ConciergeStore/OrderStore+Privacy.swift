import Foundation
import GRDB
import ConciergeDomain

/// What `eraseFreeText` removed.
public struct ErasureCounts: Equatable, Sendable, CustomStringConvertible {
    public var messages = 0
    public var cancellationNotes = 0
    public var disputeDescriptions = 0
    public var handoffSummaries = 0

    public var description: String {
        "\(messages) messages, \(cancellationNotes) cancellation notes, \(disputeDescriptions) dispute descriptions, \(handoffSummaries) handoff summaries"
    }
}

extension OrderStore {
    /// What replaces erased free text.
    public static let erasedText = "[erased]"

    /// One buyer's data as a fixture: the buyer, their orders (deleted ones too) and only the sellers of
    /// those orders — what a recording of that buyer's chat needs, and nobody else's data.
    public func exportFixture(buyerID: BuyerID, now: Date? = nil) throws -> Fixture {
        try read { db in
            guard let name = try String.fetchOne(db, sql: "SELECT name FROM buyer WHERE id = ?", arguments: [buyerID]) else {
                throw StoreError.unknownBuyer(buyerID)
            }
            let orders = try OrderRows.fetch(db, where: "buyer_id = ?", arguments: [buyerID])
            let sellerIDs = Set(orders.map(\.sellerID))
            let sellers = try Row.fetchAll(db, sql: "SELECT id, name, handling_days FROM seller ORDER BY id")
                .map { Seller(id: $0["id"], name: $0["name"], handlingDays: $0["handling_days"]) }
                .filter { sellerIDs.contains($0.id) }
            return Fixture(now: now, buyers: [Buyer(id: buyerID, name: name)], sellers: sellers, orders: orders)
        }
    }

    /// Removes a buyer's free text — the messages of their orders' threads, cancellation notes, dispute
    /// descriptions and handoff summaries — in one transaction, and records the erasure as an event.
    /// Event details hold codes and ids only, so the event log is untouched and its chain still verifies.
    @discardableResult
    public func eraseFreeText(buyerID: BuyerID, by actor: Actor, at now: Date) throws -> ErasureCounts {
        try immediate { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM buyer WHERE id = ?", arguments: [buyerID]) ?? 0 > 0 else {
                throw StoreError.unknownBuyer(buyerID)
            }
            let erased = Self.erasedText
            let ofBuyer = "order_id IN (SELECT id FROM \"order\" WHERE buyer_id = ?)"
            var counts = ErasureCounts()
            try db.execute(sql: "UPDATE message SET text = ? WHERE \(ofBuyer) AND text != ?", arguments: [erased, buyerID, erased])
            counts.messages = db.changesCount
            try db.execute(sql: "UPDATE cancellation SET note = ? WHERE \(ofBuyer) AND note IS NOT NULL AND note != ?",
                           arguments: [erased, buyerID, erased])
            counts.cancellationNotes = db.changesCount
            try db.execute(sql: "UPDATE dispute SET description = ? WHERE \(ofBuyer) AND description NOT IN ('', ?)",
                           arguments: [erased, buyerID, erased])
            counts.disputeDescriptions = db.changesCount
            try db.execute(sql: "UPDATE handoff SET summary = ? WHERE buyer_id = ? AND summary != ?", arguments: [erased, buyerID, erased])
            counts.handoffSummaries = db.changesCount
            try logEvent(db, at: now, actor: actor, action: .privacyErased, order: nil, buyerID: buyerID, before: nil, after: nil,
                         detail: "messages \(counts.messages), notes \(counts.cancellationNotes), disputes \(counts.disputeDescriptions), handoffs \(counts.handoffSummaries)")
            return counts
        }
    }
}
