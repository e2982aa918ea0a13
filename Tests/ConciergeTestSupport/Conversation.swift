import Foundation
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript

/// The real catalog and matcher, trained once for all conversation tests.
package let sharedUnderstander: Understander = {
    do { return try Understander.load(directory: Repository.intents) } catch { fatalError("catalog failed to load: \(error)") }
}()

/// A buyer talking to a Session on a real in-memory store with a fixed clock.
package final class Conversation {
    package let store: OrderStore
    package let session: Session

    package init(_ orders: [Order], buyer: BuyerID = "B1", handlingDays: Int = 5, now: Date = TestData.now) throws {
        store = try TestData.store(orders, handlingDays: handlingDays)
        session = try Session(store: store, buyerID: buyer, understander: sharedUnderstander, clock: .fixed(now))
    }

    /// Sends a line and returns the reply as one lowercased block.
    @discardableResult
    package func say(_ line: String) -> String {
        session.respond(to: line).text.lowercased()
    }

    package func order(_ id: OrderID = "7300000001") throws -> Order? { try store.order(id: id) }

    package func events(_ id: OrderID = "7300000001") throws -> [OrderEvent] { try store.events(orderID: id).filter { $0.actor != "platform" } }
}
