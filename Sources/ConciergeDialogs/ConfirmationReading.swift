import Foundation

/// What a reply to a pending yes/no question decides, and why (the agent trace shows `why`).
public struct ConfirmationReading: Sendable, Equatable {
    public enum Decision: String, Sendable, Equatable {
        /// Go ahead: agreement, and nothing in the line asks, refuses, holds back or is left unread.
        case yes
        /// Do not: a refusal, a put-off, or a yes taken back later in the line.
        case no
        /// The line asks something before deciding: answer it, ask again, act on nothing.
        case question
        /// Neither can be told: a hesitation, agreement and refusal side by side, or too much left unread.
        case unsure
    }

    public var decision: Decision
    public var why: String
    /// The words no cue took, in order.
    public var rest: String
    /// The line without its words of decision (agreement, refusal, hesitation, turns, negators): what is left to read
    /// for another order, reason, text or action ("no wait, I want to message the seller instead" leaves
    /// "i want to message the seller instead").
    public var remainder = ""
    /// Words that ask for more than the summary ("too", "instead", "change").
    public var adds: [String] = []
    /// Whether an `unsure` reading saw something that holds the yes back (a hesitation, agreement beside refusal, a "but"
    /// left open, more asked): then no other rule may read a yes into the line.
    public var holdsBack = false
    /// Whether an `unsure` reading found agreement beside words it does not understand: they may be a new text or a
    /// change for the other readings, never a yes.
    public var agreesBesideUnread = false
    /// Whether the yes was read in a sentence of its own beside sentences that only remark (the caller checks those
    /// remarks name no order and give no value).
    public var besideRemarks = false

    public init(decision: Decision, why: String, rest: String) {
        self.decision = decision; self.why = why; self.rest = rest
    }
}
