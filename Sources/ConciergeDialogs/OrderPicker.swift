import Foundation
import ConciergeDomain

/// Which order a flow is about, from the orders the buyer's line pointed at, or else the orders the goal could apply to.
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
    func pool(for goal: DialogGoal, _ context: FlowContext) -> [Order] {
        switch goal {
        case .restoreOrder, .deletePermanently: context.deletedOrders
        default: context.orders
        }
    }

    /// The order the flow is about: one of `candidates` (what the line named) when it named any,
    /// else the only order that fits, else a list to choose from.
    func pick(for goal: DialogGoal, candidates: [OrderID], _ context: FlowContext, disputeReason: DisputeReason? = nil) -> OrderPick {
        if !candidates.isEmpty {
            let named = candidates.compactMap(context.order)
            guard !named.isEmpty else { return .notFound(candidates[0]) }
            if named.count == 1 { return .chosen(named[0]) }
            let fitting = named.filter { allows(goal, $0, context) }
            if fitting.count == 1 { return .chosen(fitting[0]) }
            return .choose(Array(named.prefix(Self.listLimit)), fitting: !fitting.isEmpty)
        }
        let pool = pool(for: goal, context)
        if pool.isEmpty { return .noOrders }
        var fitting = pool.filter { allows(goal, $0, context) }
        if goal == .openDispute, disputeReason == .sellerRefusedCancellation {
            let declined = fitting.filter { $0.cancellation?.answer == .declined }
            if !declined.isEmpty { fitting = declined }
        }
        if fitting.count == 1 { return .proposed(fitting[0]) }
        if fitting.isEmpty { return pool.count == 1 ? .proposed(pool[0]) : .choose(Array(pool.prefix(Self.listLimit)), fitting: false) }
        return .choose(Array(fitting.prefix(Self.listLimit)), fitting: true)
    }

    /// Whether the goal could apply to the order now.
    func allows(_ goal: DialogGoal, _ order: Order, _ context: FlowContext) -> Bool {
        switch goal {
        case .orderStatus: return true
        case .refundStatus: return order.refund != nil || order.status == .cancelled || order.status == .cancellationRequested
        case .messageSeller: return !order.status.isClosed
        default:
            guard let action = goal.action else { return true }
            if case .success = policy.decide(action, by: .buyer(order.buyerID), on: order, at: context.now) { return true }
            return false
        }
    }
}
