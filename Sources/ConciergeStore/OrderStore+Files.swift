import Foundation
import GRDB
import GRDBSQLite
import ConciergeDomain

/// How a command may use a database file that already exists.
public enum StoreAccess: Sendable {
    /// Reading only: the file is opened read-only and never migrated (lists, exports, audits).
    case readOnly
    /// Reading and writing orders (a chat), but never creating or migrating tables.
    case readWrite
    /// Creating or migrating Concierge's tables (`db init`, `db migrate`): refused for a file holding other tables.
    case migrate
}

/// What a database file holds, read without changing a byte of it.
enum StoreFileContents: Equatable {
    /// No tables at all (a new or 0-byte file).
    case empty
    /// Concierge's tables; `current` when every known migration is applied.
    case concierge(current: Bool)
    /// Concierge's tables with migrations this version does not know.
    case newer
    /// Tables of another program.
    case foreign(tables: [String])
}

extension OrderStore {
    /// Opens an existing database file for `access`: never creates a file; migrates only with `.migrate`;
    /// refuses, changing nothing, a file of another program, a file written by a newer Concierge, and
    /// (except for `.migrate`) a file whose tables are older than this Concierge's.
    /// A read-only or read-write store is checked through the one connection it then uses (opened, and its schema
    /// read, once); before a migration a read-only connection checks, since opening a pool may write to the file.
    public static func open(existing path: String, access: StoreAccess) throws -> OrderStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.cannotOpen(path: path, detail: "no such file")
        }
        let queue = try access == .migrate ? nil : connection(path, readOnly: access == .readOnly)
        do {
            switch try queue.map(contents(of:)) ?? inspect(path) {
            case .newer:
                throw StoreError.newerSchema(path: path)
            case .foreign(let tables):
                throw StoreError.foreign(path: path, tables: tables)
            case .empty where access != .migrate:
                throw StoreError.notConcierge(path: path)
            case .concierge(current: false) where access != .migrate:
                throw StoreError.needsMigration(path: path)
            case .empty, .concierge:
                break
            }
            if access == .readWrite, let queue { try useWAL(queue) }
        } catch {
            try? queue?.close()
            if let error = error as? DatabaseError { throw translate(error, path: path) }
            throw error
        }
        if let queue { return OrderStore(writer: queue, path: path, statementCounter: nil) }
        return try open(path: path)
    }

    /// Creates a new database file at `path` holding `fixture`, atomically: the file is built under a
    /// temporary name beside it and linked into place only when complete, so no other process ever sees
    /// it half made, and a file that appeared at `path` meanwhile is never replaced nor deleted.
    /// Returns false, changing nothing, when `path` exists (then `open(existing:access:)` it).
    public static func create(path: String, loading fixture: Fixture) throws -> Bool {
        try create(path: path) { try $0.load(fixture, intoEmpty: true) }
    }

    /// Creates a new database file at `path` as `create(path:loading:)` does, filled by `populate`.
    public static func create(path: String, populate: (OrderStore) throws -> Void) throws -> Bool {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).creating-\(getpid())-\(UUID().uuidString.prefix(8))").path
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) } } // only files this call made
        do {
            // One connection: the finished file holds everything, with no -wal beside it.
            let queue = try DatabaseQueue(path: temporary, configuration: baseConfiguration())
            try migrate(queue)
            try populate(OrderStore(writer: queue, path: path, statementCounter: nil))
            // Switched to WAL while the file is still private, so that no opener has to switch it (which
            // needs the file to itself) while others read it; closing folds the -wal back into the file.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
        if link(temporary, path) == 0 { return true }
        if errno == EEXIST { return false }
        throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
    }

    /// Throws, having changed nothing, when the existing file at `path` is another program's or a newer Concierge's.
    static func refuseForeignOrNewer(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        switch try inspect(path) {
        case .foreign(let tables): throw StoreError.foreign(path: path, tables: tables)
        case .newer: throw StoreError.newerSchema(path: path)
        case .empty, .concierge: return
        }
    }

    /// Runs the migrations; when another process migrated the same new file at the same moment
    /// ("table buyer already exists"), checks again and succeeds if the schema is now complete.
    static func migrate(_ writer: any DatabaseWriter) throws {
        let migrator = Migrations.migrator
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch let error as DatabaseError where attempt < 5 {
                attempt += 1
                if try writer.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if error.resultCode != .SQLITE_ERROR && error.resultCode != .SQLITE_BUSY { throw error }
            }
        }
    }

    /// What the file at `path` holds, read through a read-only connection (the file is not modified).
    static func inspect(_ path: String) throws -> StoreFileContents {
        let queue = try connection(path, readOnly: true)
        defer { try? queue.close() }
        do {
            return try contents(of: queue)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// What the database of `queue` holds, read in one transaction without changing anything.
    private static func contents(of queue: DatabaseQueue) throws -> StoreFileContents {
        try queue.writeWithoutTransaction { db in
            var contents = StoreFileContents.empty
            try db.inTransaction(.deferred) {
                contents = try Self.contents(of: db)
                return .commit
            }
            return contents
        }
    }

    private static func contents(of db: Database) throws -> StoreFileContents {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if tables.isEmpty { return .empty }
        let migrator = Migrations.migrator
        if tables.contains("grdb_migrations"), try migrator.hasBeenSuperseded(db) { return .newer }
        let unknown = tables.filter { !conciergeTables.contains($0) }
        if !tables.contains("grdb_migrations") || !unknown.isEmpty {
            return .foreign(tables: unknown.isEmpty ? tables.sorted() : unknown.sorted())
        }
        return .concierge(current: try migrator.hasCompletedMigrations(db))
    }

    /// The tables Concierge's migrations create. Written out: running the migrations on an in-memory database to
    /// read them cost every start of a chat about 5 ms. `StoreFileTests` holds the list to a migrated database.
    static let conciergeTables: Set<String> = [
        "buyer", "cancellation", "conversation", "correction", "dispute", "event", "grdb_migrations", "handoff", "message",
        "order", "order_item", "payment", "refund", "seller", "setting", "sqlite_sequence",
    ]

    static func baseConfiguration() -> Configuration {
        var config = Configuration()
        config.busyMode = busyMode
        config.foreignKeysEnabled = true
        return config
    }

    /// How much of the database file a connection reads through a memory map rather than by copying each page
    /// into its own cache: a chat starts with an empty cache, and in WAL mode every commit of another process
    /// empties it again, after which the pages it needs are mapped, not read.
    static let mappedBytes = 1 << 30

    /// One connection to an existing file, read-only or read-write. Read-write, it is meant for a process that
    /// answers one request at a time (a chat), in WAL mode (`useWAL`): its reads are deferred transactions, which in
    /// WAL mode never wait for another process's writer, as a pool's readers do not; but where a pool opens a
    /// writer and a reader, each reading the schema, compiling its own statements and keeping its own page cache
    /// (which every write of the process empties on the reader), this is one of each. It commits as a pool's
    /// writer does (`synchronous = NORMAL`: a commit is durable at the next checkpoint, and never corrupts).
    private static func connection(_ path: String, readOnly: Bool) throws -> DatabaseQueue {
        var config = readOnly ? Configuration() : baseConfiguration()
        config.readonly = readOnly
        config.busyMode = busyMode
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = \(mappedBytes)" + (readOnly ? "" : "; PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 0"))
            // The -wal file is kept when the last connection closes, checkpointed and cut to no bytes (the size limit
            // above), not deleted: the next chat neither creates it again nor syncs the folder for it, and finds no
            // old frames to read through when it rebuilds the log's index.
            var persist: Int32 = 1
            sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
        }
        do {
            return try DatabaseQueue(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// Puts the file in WAL mode unless it already is, as every file Concierge creates is: then nothing is written
    /// (a pool's first opener writes a table and drops it when the -wal file is absent).
    private static func useWAL(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        }
    }
}
