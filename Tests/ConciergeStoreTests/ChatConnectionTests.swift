import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

/// Issue 11: a chat's store is one read-write connection in WAL mode. It reads without waiting for other
/// processes' writers, and opening it writes nothing to the file.
@Suite struct ChatConnectionTests {
    private static func file(_ name: String) throws -> String {
        let path = StoreFileTests.temporaryPath(name)
        #expect(try OrderStore.create(path: path, loading: StoreFileTests.fixture))
        return path
    }

    @Test func openingAndReadingForAChatWritesNothingToTheFile() throws {
        let path = try Self.file("chat-open")
        defer { StoreFileTests.remove(path) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try OrderStore.open(existing: path, access: .readWrite)
        #expect(try store.orders(buyerID: "B1").map(\.status) == [.awaitingShipment])
        try store.writer.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aChatReadsWhileAnotherProcessHoldsTheWriteLock() throws {
        let path = try Self.file("chat-read")
        defer { StoreFileTests.remove(path) }
        let store = try OrderStore.open(existing: path, access: .readWrite)
        #expect(try store.orders(buyerID: "B1").map(\.status) == [.awaitingShipment])
        // Another process's connection takes the write lock and changes the order, not yet committed.
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE \"order\" SET status = 'shipped' WHERE id = ?", arguments: [TestData.order(.awaitingShipment).id])
            // The chat reads the last committed state at once: its read waits for no writer (it would fail busy).
            #expect(try store.orders(buyerID: "B1").map(\.status) == [.awaitingShipment])
            #expect(try store.order(id: TestData.order(.awaitingShipment).id)?.status == .awaitingShipment)
            try db.execute(sql: "COMMIT")
        }
        #expect(try store.orders(buyerID: "B1").map(\.status) == [.shipped])
    }

    @Test func aFileInRollbackJournalModeIsSwitchedToWAL() throws {
        let path = try Self.file("chat-journal")
        defer { StoreFileTests.remove(path) }
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        let store = try OrderStore.open(existing: path, access: .readWrite)
        #expect(try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 1) // NORMAL
    }

    @Test func theLastChatToCloseKeepsTheLogFileAndItsWritesAreInTheDatabase() throws {
        let path = try Self.file("chat-close")
        defer { StoreFileTests.remove(path) }
        let store = try OrderStore.open(existing: path, access: .readWrite)
        try store.saveConversation(buyerID: "B1", state: Data("{}".utf8), at: Date(timeIntervalSince1970: 1_795_176_000))
        try store.writer.close()
        // Checkpointed into the database at the close, the -wal file kept for the next chat rather than deleted, and
        // emptied: a next chat would otherwise read all its old frames again to rebuild the log's index.
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path + "-wal")
        try FileManager.default.removeItem(atPath: path + "-shm")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try OrderStore.open(existing: path, access: .readOnly).conversation(buyerID: "B1")?.state == Data("{}".utf8))
    }
}
