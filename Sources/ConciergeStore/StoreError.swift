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

    public var description: String {
        switch self {
        case .cannotOpen(let path, let detail): "Can't open the database at \(path): \(detail)"
        case .notADatabase(let path): "\(path) is not a Concierge database (the file is not SQLite or is corrupt). Nothing was changed."
        case .newerSchema(let path): "\(path) was written by a newer Concierge (unknown schema). Upgrade Concierge; nothing was changed."
        case .locked(let path): "\(path) is locked by another program; try again in a moment. Nothing was changed."
        case .unknownBuyer(let id): "There is no buyer \(id) in this database."
        case .notEmpty(let path): "The database \(path) already holds data; nothing was changed."
        }
    }
}
