/// Where a buyer's request for a human stands; stored as its raw text in `handoff.state`.
public enum HandoffState: String, Hashable, Sendable, Codable, CaseIterable {
    /// Asked for, no agent has it yet.
    case waiting
    /// An agent took it: the assistant stays quiet in that buyer's chat.
    case taken
    /// The agent handed the buyer back to the assistant.
    case closed
}
