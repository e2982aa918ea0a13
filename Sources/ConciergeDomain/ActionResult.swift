import Foundation

/// What a store action did.
public enum ActionOutcome: Equatable, Sendable {
    /// The action changed the order now.
    case performed
    /// The same action had already been done; nothing was written.
    case alreadyDone
}

/// The result of a store action: what happened and the order as it now is.
public struct ActionResult: Equatable, Sendable {
    public var outcome: ActionOutcome
    public var order: Order
    /// How the policy allowed it (e.g. cancelled at once or requested from the seller).
    public var permission: Permission

    package init(outcome: ActionOutcome, order: Order, permission: Permission) {
        self.outcome = outcome; self.order = order; self.permission = permission
    }
}
