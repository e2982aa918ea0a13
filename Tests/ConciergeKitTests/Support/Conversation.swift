import Foundation
@testable import ConciergeKit

/// The real catalog and matcher, trained once for all conversation tests.
let sharedUnderstander: Understander = {
    do { return try Understander.load() } catch { fatalError("catalog failed to load: \(error)") }
}()

/// A buyer talking to a Session on a real in-memory store with a fixed clock.
final class Conversation {
    let store: OrderStore
    let session: Session

    init(_ orders: [Order], buyer: String = "B1", handlingDays: Int = 5, now: Date = TestData.now) throws {
        store = try TestData.store(orders, handlingDays: handlingDays)
        session = try Session(store: store, buyerID: buyer, understander: sharedUnderstander, clock: .fixed(now))
    }

    /// Sends a line and returns the reply as one lowercased block.
    @discardableResult
    func say(_ line: String) -> String {
        session.respond(to: line).text.lowercased()
    }

    func order(_ id: String = "7300000001") throws -> Order? { try store.order(id: id) }

    func events(_ id: String = "7300000001") throws -> [OrderEvent] { try store.events(orderID: id).filter { $0.actor != "platform" } }
}
