import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Kinds of commands the placing rules ask about.
extension CommandGenerator {
    /// Commands that only answer, or place nothing.
    static func answersOrNothing(_ command: DialogueCommand) -> Bool {
        switch command {
        case .answer, .explainRefusal, .notUnderstood: true
        case .startFlow, .setSlot, .correctSlot, .confirm, .cancelFlow, .clarify, .chitchat, .skip, .repeatQuestion, .listOrders, .handoff: false
        }
    }
}
