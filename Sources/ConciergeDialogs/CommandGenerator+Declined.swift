import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// What a line turns down, and what it asks for instead.
extension CommandGenerator {
    /// A clause whose only request is one the line declines ("i dont want to cancel the order").
    func onlyDeclines(_ clause: UnderstoodClause, _ declined: Set<DialogGoal>) -> Bool {
        guard !declined.isEmpty, !declinedGoals(clause.text).isEmpty, answerTopic(clause) == nil else { return false }
        // "hold on dont cancel!!" declines a cancel, whichever kind the classifier reads, unless it names the payment.
        if goal(for: clause) == .cancelPayment, declined.contains(.cancelOrder),
           !Words(clause.text).containsAny(["payment", "charge", "pay", "paid", "transaction"]) { return true }
        return goal(for: clause).map(declined.contains) ?? clause.classification.isOutOfScope
    }

    /// The goal a line asks for besides the ones it turns down: a message it dictates, or the next intent in the ranking.
    func wantedInstead(_ clause: UnderstoodClause, declined: Set<DialogGoal>) -> DialogGoal? {
        // "I don't want to cancel the order, only the payment": the classifier's own reading, before any refinement.
        if let plain = Self.plainGoals[clause.classification.intent], !declined.contains(plain), !clause.classification.isOutOfScope {
            return plain
        }
        if !declined.contains(.messageSeller),
           MessageDraft.draft(from: clause.text, orderID: "", naming: namingWords(clause), sellerNames: sellerNames) != nil || MessageDraft.afterColon(clause.text) != nil {
            return .messageSeller
        }
        for alternative in clause.classification.alternatives where alternative.confidence >= 0.05 {
            var other = clause
            other.classification.intent = alternative.intent
            other.classification.detail = nil
            if let goal = goal(for: other), !declined.contains(goal), goal != .orderStatus, goal != .refundStatus { return goal }
        }
        return nil
    }
}
