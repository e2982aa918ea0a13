import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

/// Issue 12 items 1 and 12: foreign, read-only and newer files, and several processes creating one file.
@Suite struct StoreFileTests {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).sqlite").path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static let fixture = Fixture(buyers: [Buyer(id: "B1", name: "Dana")], sellers: [Seller(id: "S1", name: "Harbor", handlingDays: 5)],
                                 orders: [TestData.order(.awaitingShipment)])

    @Test func anotherProgramsDatabaseIsNeverChanged() throws {
        let path = Self.temporaryPath("foreign")
        defer { Self.remove(path) }
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [StoreAccess.readOnly, .readWrite, .migrate] {
            #expect(throws: StoreError.foreign(path: path, tables: ["notes"])) { try OrderStore.open(existing: path, access: access) }
        }
        #expect(throws: StoreError.foreign(path: path, tables: ["notes"])) { try OrderStore.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func theTablesKnownAsConciergesAreTheOnesTheMigrationsCreate() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        let names = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(Set(names) == OrderStore.conciergeTables)
    }

    @Test func readOnlyAccessReadsWithoutWritingAByte() throws {
        let path = Self.temporaryPath("readonly")
        defer { Self.remove(path) }
        #expect(try OrderStore.create(path: path, loading: Self.fixture))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try OrderStore.open(existing: path, access: .readOnly)
        #expect(try store.orders(buyerID: "B1").count == 1)
        #expect(throws: (any Error).self) { try store.writer.write { try $0.execute(sql: "DELETE FROM buyer") } }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aNewerOrOlderSchemaIsRefusedWithoutWritingAByte() throws {
        let newer = Self.temporaryPath("newer")
        defer { Self.remove(newer) }
        #expect(try OrderStore.create(path: newer, loading: Self.fixture))
        try DatabaseQueue(path: newer).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: newer))
        for access in [StoreAccess.readOnly, .readWrite, .migrate] {
            #expect(throws: StoreError.newerSchema(path: newer)) { try OrderStore.open(existing: newer, access: access) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: newer)) == bytes)

        let older = Self.temporaryPath("older")
        defer { Self.remove(older) }
        try Migrations.migrator.migrate(try DatabaseQueue(path: older), upTo: "v2-agents")
        #expect(throws: StoreError.needsMigration(path: older)) { try OrderStore.open(existing: older, access: .readWrite) }
        _ = try OrderStore.open(existing: older, access: .migrate)
        _ = try OrderStore.open(existing: older, access: .readWrite)
    }

    @Test func creatingNeverReplacesAFileThatAppeared() throws {
        let path = Self.temporaryPath("exists")
        defer { Self.remove(path) }
        try Data("not mine".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try OrderStore.create(path: path, loading: Self.fixture) == false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("not mine".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.contains(URL(fileURLWithPath: path).lastPathComponent + ".creating") }
        #expect(leftovers.isEmpty)
    }

    /// Six connections migrating one new empty file at once failed with "table buyer already exists".
    @Test func concurrentMigrationsOfOneEmptyFileAllSucceed() throws {
        let path = Self.temporaryPath("empty")
        defer { Self.remove(path) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let failures = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            do { _ = try OrderStore.open(existing: path, access: .migrate) } catch { failures.add("\(error)") }
        }
        #expect(failures.sorted.isEmpty)
    }
}
