import Foundation
import GRDB
import GRDBSQLite

/// Counts the SQL statements SQLite had to prepare (compile), across every connection of a store:
/// a statement taken again from a connection's cache is not counted. For the store benchmark and tests.
/// Transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE), which GRDB compiles afresh for each
/// transaction and which costs next to nothing to compile, is counted apart from queries and changes.
final class StatementCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var prepared = 0
    private var control = 0

    /// Queries and changes prepared so far.
    var count: Int { lock.withLock { prepared } }
    /// Transaction-control statements prepared so far.
    var controlCount: Int { lock.withLock { control } }

    private static let controlWords = ["BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "END"]

    private func add(_ sql: String) {
        let isControl = Self.controlWords.contains { sql.hasPrefix($0) }
        lock.withLock { if isControl { control += 1 } else { prepared += 1 } }
    }

    /// Watches `db`: SQLite reports each statement as it starts running; one that has never completed
    /// a run yet was just prepared. Trigger programs (reported as `-- name`) are not statements of their own.
    func watch(_ db: Database) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_trace_v2(db.sqliteConnection, UInt32(SQLITE_TRACE_STMT), { _, context, statement, text in
            guard let context, let statement, let text else { return 0 }
            let sql = text.assumingMemoryBound(to: CChar.self)
            if sql[0] == 45, sql[1] == 45 { return 0 }
            if sqlite3_stmt_status(OpaquePointer(statement), SQLITE_STMTSTATUS_RUN, 0) == 0 {
                Unmanaged<StatementCounter>.fromOpaque(context).takeUnretainedValue().add(String(cString: sql))
            }
            return 0
        }, context)
    }
}
