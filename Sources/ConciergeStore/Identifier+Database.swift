import Foundation
import GRDB
import ConciergeDomain

/// Identifiers are stored as their text.


extension Identifier: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        String.fromDatabaseValue(dbValue).map(Self.init(rawValue:))
    }
}
