import Foundation
import GRDB
import ConciergeDomain

/// Something `verifyEventChain` found wrong with the event log.
public struct EventChainProblem: Equatable, Sendable, CustomStringConvertible {
    public var eventID: Int64
    public var problem: String
    public var description: String { "event \(eventID): \(problem)" }
}

/// What `verifyEventChain` checked.
public struct EventChainReport: Equatable, Sendable {
    public var events: Int
    /// The hash of the last event: whoever keeps it can tell later whether anything before it changed.
    public var lastHash: String
    public var problems: [EventChainProblem]
    public var verifies: Bool { problems.isEmpty }
}

/// The event log as a hash chain: each event stores the SHA-256 of its own fields and of the previous
/// event's hash, so editing, removing or inserting any event breaks every hash after it.
enum EventChain {
    /// The "previous hash" of the first event.
    static let genesis = String(repeating: "0", count: 64)
    /// The columns a hash covers, in order.
    static let columns = ["id", "at", "actor", "action", "order_id", "buyer_id", "before_status", "after_status", "detail"]

    /// An unambiguous text of the values (each with its type and length) followed by the previous hash.
    static func hash(_ values: [DatabaseValue], previous: String) -> String {
        let fields = values.map { value -> String in
            switch value.storage {
            case .null: "n"
            case .int64(let int): "i\(int)"
            case .double(let double): "d\(double.bitPattern)"
            case .string(let text): "s\(text.utf8.count):\(text)"
            case .blob(let data): "b\(data.count):\(data.base64EncodedString())"
            }
        }
        return SHA256.hex(fields.joined(separator: "|") + "|" + previous)
    }

    /// Appends one event, chained to the last one. Call inside the write transaction of the change it records.
    static func append(_ db: Database, _ values: [(any DatabaseValueConvertible)?]) throws {
        // The last event by its key (max(id) is one index lookup; ORDER BY … DESC would read as a scan).
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM event WHERE id = (SELECT max(id) FROM event)"))
        let id: Int64 = (last?["id"] as Int64? ?? 0) + 1
        let previous: String = last?["hash"] ?? genesis
        let stored = [id.databaseValue] + values.map { $0?.databaseValue ?? .null }
        let arguments = StatementArguments(stored + [hash(stored, previous: previous).databaseValue])
        try db.cachedStatement(sql: """
            INSERT INTO event (\(columns.joined(separator: ", ")), hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: arguments)
    }

    /// Checks every event in id order: ids without gaps from 1, and each stored hash equal to the recomputed one.
    static func verify(_ db: Database) throws -> EventChainReport {
        var report = EventChainReport(events: 0, lastHash: genesis, problems: [])
        var expectedID: Int64 = 1
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns.joined(separator: ", ")), hash FROM event ORDER BY id")
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            report.events += 1
            if id != expectedID {
                report.problems.append(EventChainProblem(eventID: id, problem: id > expectedID
                    ? "events \(expectedID)…\(id - 1) are missing" : "id out of order"))
            }
            let values = columns.map { row[$0] as DatabaseValue }
            let stored: String = row["hash"] ?? ""
            if stored != hash(values, previous: report.lastHash) {
                report.problems.append(EventChainProblem(eventID: id, problem: stored.isEmpty
                    ? "no hash: written around Concierge" : "its fields or an earlier event were changed (hash mismatch)"))
            }
            report.lastHash = stored
            expectedID = id + 1
        }
        return report
    }

    /// Migration: adds the hash column, chains the events already there (their details' card numbers, emails
    /// and phone numbers masked first, as new events never hold them), and makes rewriting impossible through SQL:
    /// no UPDATE, no DELETE, no INSERT over an existing id (`REPLACE` deletes without firing delete triggers),
    /// no event without a hash.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE event ADD COLUMN hash TEXT NOT NULL DEFAULT '';
            DROP TRIGGER event_no_update;
            """)
        var previous = genesis
        let rows = try Row.fetchAll(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM event ORDER BY id")
        for row in rows {
            let detail: String = row["detail"] ?? ""
            let masked = PersonalData.maskAll(in: detail)
            var values = columns.map { row[$0] as DatabaseValue }
            values[columns.count - 1] = masked.databaseValue
            previous = hash(values, previous: previous)
            try db.execute(sql: "UPDATE event SET detail = ?, hash = ? WHERE id = ?", arguments: [masked, previous, row["id"] as Int64])
        }
        try db.execute(sql: """
            CREATE TRIGGER event_no_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            CREATE TRIGGER event_no_overwrite BEFORE INSERT ON event
            WHEN EXISTS (SELECT 1 FROM event WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            CREATE TRIGGER event_is_chained BEFORE INSERT ON event
            WHEN length(NEW.hash) != 64
            BEGIN SELECT RAISE(ABORT, 'events are hash-chained: only Concierge writes them'); END;
            """)
    }
}

extension OrderStore {
    /// Checks the event log's hash chain (`concierge audit --verify`).
    public func verifyEventChain() throws -> EventChainReport {
        try read { try EventChain.verify($0) }
    }
}
