import Foundation
import GRDB

/// A database built once and copied many times: migrated and loaded in memory, then copied page by page into
/// each new in-memory store. Many short-lived stores on the same data (transcript replays) then skip running
/// the migrations and loading the fixture, which cost far more than the copy of a few dozen pages.
public final class StoreTemplate: Sendable {
    private let source: DatabaseQueue

    /// Builds the template: a migrated in-memory database loaded with `fixture`, exactly as
    /// `OrderStore.inMemory()` followed by `load(fixture)` makes it.
    public init(_ fixture: Fixture) throws {
        let queue = try DatabaseQueue(configuration: OrderStore.inMemoryConfiguration(counter: nil))
        let store = try OrderStore.prepared(queue, path: ":memory:", counter: nil)
        try store.load(fixture)
        source = queue
    }

    /// A new in-memory store holding its own copy of the template's database.
    public func makeStore() throws -> OrderStore {
        do {
            let queue = try DatabaseQueue(configuration: OrderStore.inMemoryConfiguration(counter: nil))
            try source.backup(to: queue)
            return OrderStore(writer: queue, path: ":memory:", statementCounter: nil)
        } catch let error as DatabaseError {
            throw OrderStore.translate(error, path: ":memory:")
        }
    }
}
