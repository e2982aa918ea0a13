import ConciergeDomain

/// What an event in the log records: a change to an order (named as its `Action`), a platform timer, or
/// something a buyer or an agent did around the orders. Stored as its raw text, which the event hash chain
/// covers, so a raw value never changes once written (`AuditActionTests` pins each one).
///
/// A struct rather than an enum: the log is append-only, so an action an older Concierge wrote must stay
/// readable for `concierge audit` even if no code writes it any more.
public struct AuditAction: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// A change to an order through the policy, recorded under the action's own name (`cancel_order`…).
    public static func order(_ action: Action) -> AuditAction { AuditAction(rawValue: action.rawValue) }
    /// An agent moved a handoff to `state` (`handoff_taken`, `handoff_closed`).
    public static func handoff(_ state: HandoffState) -> AuditAction { AuditAction(rawValue: "handoff_\(state.rawValue)") }

    /// The platform's timers moved an order on (a seller who did not ship in time, a refund's stage).
    public static let timer = AuditAction(rawValue: "timer")
    /// A buyer asked for a human.
    public static let handoffRequested = AuditAction(rawValue: "handoff_requested")
    /// An agent re-ran a buyer line as another intent.
    public static let intentCorrected = AuditAction(rawValue: "intent_corrected")
    /// A buyer's free text was erased.
    public static let privacyErased = AuditAction(rawValue: "privacy_erased")
    /// A buyer typed an agent command in their own chat.
    public static let agentCommandRefused = AuditAction(rawValue: "agent_command_refused")
    /// An agent started acting in a buyer's conversation.
    public static let agentAsBuyer = AuditAction(rawValue: "agent_as_buyer")
    /// An agent spoke to the buyer.
    public static let agentSaid = AuditAction(rawValue: "agent_said")
    /// An agent turned approve mode on or off.
    public static let approveMode = AuditAction(rawValue: "approve_mode")
    /// An agent ran a change that waited for approval.
    public static let approved = AuditAction(rawValue: "approved")
    /// An agent changed a slot of a change that waited for approval.
    public static let approvalEdited = AuditAction(rawValue: "approval_edited")
    /// An agent dropped a change that waited for approval.
    public static let approvalRejected = AuditAction(rawValue: "approval_rejected")
    /// An agent moved the clock (demo and test data only).
    public static let clockAdvanced = AuditAction(rawValue: "clock_advanced")
    /// An agent tried to move the clock on real data.
    public static let advanceRefused = AuditAction(rawValue: "advance_refused")
    /// A write made by `concierge bench` to time the store.
    public static let benchWrite = AuditAction(rawValue: "bench_write")
}
