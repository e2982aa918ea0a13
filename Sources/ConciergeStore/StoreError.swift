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
        case .unreadableValue(let table, let column, let value):
            "The database holds a value Concierge can't read (\(table).\(column) = '\(value.prefix(40))'); nothing was changed."
        }
    }
}
