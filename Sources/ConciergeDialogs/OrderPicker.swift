import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Which order the buyer means, from a number, a reference ("my last order", "the lamp", "the second one"),
/// or the orders the action could apply to.
package enum OrderPick: Equatable {
    /// The buyer named it.
    case chosen(Order)
    /// The only order that fits: proposed, not assumed.
    case proposed(Order)
    /// Several fit: the buyer picks from this list; `fitting` is false when none of them allows the action.
    case choose([Order], fitting: Bool)
    /// The buyer named a number that is not one of theirs.
    case notFound(OrderID)
    /// The buyer has no orders this could be about.
    case noOrders
}

package struct OrderPicker {
    /// Longest list offered for choosing.
    static let listLimit = 8
    let policy = Policy()

    package init() {}

    /// Orders a goal looks at: deleted orders for restoring or deleting permanently, the order list otherwise.
    func pool(for goal: DialogGoal, _ turn: Turn) -> [Order] {
        switch goal {
        case .restoreOrder, .deletePermanently: turn.deletedOrders
        default: turn.orders
        }
    }

    /// An order the buyer named explicitly in this turn, if any.
    package func named(for goal: DialogGoal, _ turn: Turn) -> OrderPick? {
        let pool = pool(for: goal, turn)
        let everything = turn.orders + turn.deletedOrders
        if let number = turn.entities.orderNumbers.first {
            if let order = pool.first(where: { $0.id == number }) ?? everything.first(where: { $0.id == number }) {
                return .chosen(order)
            }
            return .notFound(number)
        }
        switch turn.entities.orderReference {
        case .items(let ids, _):
            let matches = pool.filter { ids.contains($0.id) }
            let fallback = matches.isEmpty ? everything.filter { ids.contains($0.id) } : matches
            if fallback.count == 1 { return .chosen(fallback[0]) }
            if fallback.count > 1 {
                let fitting = fallback.filter { allows(goal, $0, turn) }
                if fitting.count == 1 { return .chosen(fitting[0]) }
                return .choose(Array(fallback.prefix(Self.listLimit)), fitting: !fitting.isEmpty)
            }
            return nil
        case .latest:
            return pool.max(by: { $0.placedAt < $1.placedAt }).map(OrderPick.chosen)
        case .ordinal(let n):
            let list = turn.lastListed.isEmpty ? pool : turn.lastListed
            return list.indices.contains(n - 1) ? .chosen(list[n - 1]) : nil
        case nil:
            return nil
        }
    }

    /// The order the buyer means, or what to ask.
    func pick(for goal: DialogGoal, _ turn: Turn) -> OrderPick {
        if let named = named(for: goal, turn) { return named }
        let pool = pool(for: goal, turn)
        if pool.isEmpty { return .noOrders }
        var fitting = pool.filter { allows(goal, $0, turn) }
        if goal == .openDispute, turn.entities.disputeReason == .sellerRefusedCancellation {
            let declined = fitting.filter { $0.cancellation?.answer == .declined }
            if !declined.isEmpty { fitting = declined }
        }
        if fitting.count == 1 { return .proposed(fitting[0]) }
        if fitting.isEmpty { return pool.count == 1 ? .proposed(pool[0]) : .choose(Array(pool.prefix(Self.listLimit)), fitting: false) }
        return .choose(Array(fitting.prefix(Self.listLimit)), fitting: true)
    }

    /// Whether the goal could apply to the order now.
    func allows(_ goal: DialogGoal, _ order: Order, _ turn: Turn) -> Bool {
        switch goal {
        case .orderStatus: return true
        case .refundStatus: return order.refund != nil || order.status == .cancelled || order.status == .cancellationRequested
        case .messageSeller: return !order.status.isClosed
        default:
            guard let action = goal.action else { return true }
            if case .success = policy.decide(action, by: .buyer(order.buyerID), on: order, at: turn.now) { return true }
            return false
        }
    }
}
