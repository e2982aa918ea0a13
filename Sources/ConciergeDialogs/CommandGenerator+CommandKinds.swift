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

    /// "can you message Harbor Gadgets and ask if they could ship the cable with my earbuds?": one request said in two clauses
    /// starts it twice, once bare and once with what it is about. The bare one goes where the same goal on the same orders
    /// starts with details too.
    static func dropRepeatedRequests(_ out: inout GeneratedCommands) {
        for index in out.commands.indices.reversed() {
            guard case .startFlow(let goal, let orders, let slots) = out.commands[index], slots.isEmpty, !orders.isEmpty else { continue }
            let fuller = out.commands.indices.contains { other in
                guard other != index, case .startFlow(goal, orders, let more) = out.commands[other] else { return false }
                return !more.isEmpty
            }
            if fuller {
                out.commands.remove(at: index)
                out.reasons.remove(at: index)
            }
        }
    }
}
