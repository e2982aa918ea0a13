import Foundation
import ConciergeDialogs

/// Dialog states by their stable snake_case names, as transcripts assert them and coverage reports them:
/// "cancel_order: waiting_for_confirmation". The dialog's own wording ("waiting for confirmation") is read too.
public enum DialogStateName {
    /// Every state a guided dialog can be in (`GuidedDialog.stateName`, in snake_case); the offers are those
    /// `GuidedDialog.refuse` makes.
    public static let states = [
        "choosing_the_order", "proposing_an_order", "asking_for_the_reason", "asking_for_the_reason_in_own_words", "asking_for_the_message",
        "asking_what_went_wrong", "asking_what_the_buyer_wants", "asking_for_the_amount", "asking_for_a_description",
        "asking_for_evidence", "waiting_for_confirmation", "acting_on_the_order",
        "offering_to_cancel_the_order", "offering_to_message_the_seller_about_the_order", "offering_to_restore_the_order",
        "offering_to_open_a_dispute_on_the_order",
        "finished",
    ]

    /// "cancel_order: waiting for confirmation" → "cancel_order: waiting_for_confirmation"; "none" stays.
    public static func stable(_ text: String) -> String {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let snake = { (words: String) in words.lowercased().split(separator: " ").joined(separator: "_") }
        guard parts.count == 2 else { return snake(text.trimmingCharacters(in: .whitespaces)) }
        return "\(parts[0]): \(snake(parts[1]))"
    }

    /// Whether `name` ("goal: state") names a goal and a state that exist.
    static func isKnown(_ name: String) -> Bool {
        let parts = name.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count == 2 && DialogGoal(rawValue: parts[0]) != nil && states.contains(parts[1])
    }
}
