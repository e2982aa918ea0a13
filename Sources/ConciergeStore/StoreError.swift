import Foundation
import ConciergeDomain

/// Why the store could not be opened or used, in words a user can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, detail: String)
    case notADatabase(path: String)
    case newerSchema(path: String)
    case locked(path: String)
    case unknownBuyer(BuyerID)
    case notEmpty(path: String)
    /// The file holds another program's tables: Concierge adds nothing to it.
    case foreign(path: String, tables: [String])
    /// The file holds no tables: only `db init` makes it a Concierge database.
    case notConcierge(path: String)
    /// The file's tables are older than this Concierge's: `db migrate` brings them up to date.
    case needsMigration(path: String)
    /// A write failed (disk full, file-size limit, read-only file…).
    case cannotWrite(path: String, detail: String)
    /// A stored value Concierge cannot read (a name its types do not know, malformed JSON): never replaced by a default.
    case unreadableValue(table: String, column: String, value: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let detail): "Can't open the database at \(path): \(detail)"
        case .notADatabase(let path): "\(path) is not a Concierge database (the file is not SQLite or is corrupt). Nothing was changed."
        case .newerSchema(let path): "\(path) was written by a newer Concierge (unknown schema). Upgrade Concierge; nothing was changed."
        case .locked(let path): "\(path) is locked by another program; try again in a moment. Nothing was changed."
        case .unknownBuyer(let id): "There is no buyer \(id) in this database."
        case .notEmpty(let path): "The database \(path) already holds data; nothing was changed."
        case .foreign(let path, let tables):
            "\(path) belongs to another program (it holds tables \(tables.prefix(5).joined(separator: ", "))); Concierge did not change it."
        case .notConcierge(let path): "\(path) is not a Concierge database (it holds no tables). Create one with `concierge db init`; nothing was changed."
        case .needsMigration(let path):
            "\(path) was written by an older Concierge. Run `concierge db migrate --db \(path)` to bring it up to date; nothing was changed."
        case .cannotWrite(let path, let detail): "Can't write to the database \(path): \(detail). The last change was not saved."
        case .unreadableValue(let table, let column, let value):
            "The database holds a value Concierge can't read (\(table).\(column) = '\(value.prefix(40))'); nothing was changed."
        }
    }
}
