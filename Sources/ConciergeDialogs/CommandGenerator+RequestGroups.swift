import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Which clauses of a line make one request: a clause with a request of its own opens a group, details join the request
/// they belong to.
extension CommandGenerator {
    /// Clauses grouped by request: a clause that starts a request of its own opens a group; the others
    /// (details, reasons, "I want all my money") join the request before them, or the first one after.
    func group(_ clauses: [UnderstoodClause]) -> [[UnderstoodClause]] {
        var groups: [[UnderstoodClause]] = []
        for (index, clause) in clauses.enumerated() {
            guard let last = groups.last else { groups.append([clause]); continue }
            // "hide the desk organizer order. And the kettle tablets one I cleared before, I want it back in my list": a clause
            // that only names another order opens that order's request, which the action after it leads.
            if introducesAnotherOrder(clause, before: clauses.dropFirst(index + 1).first, after: last) {
                groups.append([clause])
                continue
            }
            // Details before the request join it, and so does a statement before a clause led by its own verb
            // ("the water bottle i ordered by mistake, cancel it and then delete it").
            // "I pressed the wrong button and ordered the needles. I did not pay. Please cancel them": the statements before
            // it, however many, whatever request the classifier hears in them.
            let ledAfterStatement = explicitGoal(clause.text) != nil && !clause.sequenced
                && last.allSatisfy { explicitGoal($0.text) == nil && !Words.looksLikeQuestion($0.text) }
            if (!isOwnRequest(last[0]) || ledAfterStatement), isOwnRequest(clause) {
                groups[groups.count - 1].insert(clause, at: 0)
            } else if startsAnotherRequest(clause, after: last) {
                groups.append([clause])
            } else {
                groups[groups.count - 1].append(clause)
            }
        }
        return groups
    }

    /// Whether `clause` names orders of its own, other than those of the request before it, with no action of its own, and the
    /// clause after it leads with an action other than that request's and names no other order: the order the buyer turns to
    /// and what they want done with it ("… and the kettle tablets one, I want it back in my list"; "the lamp, bring it back").
    private func introducesAnotherOrder(_ clause: UnderstoodClause, before next: UnderstoodClause?, after group: [UnderstoodClause]) -> Bool {
        guard let next, let action = explicitGoal(next.text), explicitGoal(clause.text) == nil, !Words.looksLikeQuestion(clause.text),
              let previous = goal(for: group[0]), previous != action, asksAboutOtherOrders(clause, than: group) else { return false }
        let named = mentions(clause).meant
        return mentions(next).meant.allSatisfy(named.contains)
    }

    private func isOwnRequest(_ clause: UnderstoodClause) -> Bool {
        let c = clause.classification
        // "description: the 6 screwdrivers are not in the box" is part of the request before it.
        if Self.beforeContent(clause.text).allSatisfy({ !$0.isLetter && !$0.isNumber }) { return false }
        if explicitGoal(clause.text) != nil { return true }
        guard c.confidence >= 0.5, !c.isOutOfScope else { return false }
        if goal(for: clause) != nil { return true }
        // "the seller refused my cancellation, …": a statement is context for the request, not a question to answer.
        if answerTopic(clause) != nil { return Words.looksLikeQuestion(clause.text) }
        return ["list_orders", "human_agent"].contains(c.intent)
    }

    /// Whether a clause after `group` is a request of its own rather than more about the same one.
    private func startsAnotherRequest(_ clause: UnderstoodClause, after group: [UnderstoodClause]) -> Bool {
        guard isOwnRequest(clause) else { return false }
        let question = Words.looksLikeQuestion(clause.text)
        // Without "and then", "also" or a question, a second clause adds details to the first request.
        // "… confirm it. and also delete the old one": a clause that opens with "and", "also" or "then" is sequenced too.
        let sequenced = clause.sequenced || ["and", "also", "then", "plus", "next"].contains(Words(clause.text).tokens.first ?? "")
        guard sequenced || question || goal(for: clause) == goal(for: group[0]) else { return false }
        guard let next = goal(for: clause) else { return question || ["list_orders", "human_agent"].contains(clause.classification.intent) }
        let previous = goal(for: group[0])
        // "where's the model train, why is the airbrush still processing?": two questions about two orders are two answers.
        if next == .orderStatus || next == .refundStatus { return question && (previous != next || asksAboutOtherOrders(clause, than: group)) }
        if next == previous {
            let before = Set(group.flatMap { mentions($0).meant })
            let now = mentions(clause).meant
            return !now.isEmpty && !before.isEmpty && before.isDisjoint(with: now)
        }
        // A clause that opens with its own action ("send a message to…", "delete it") is a request whatever its score; so is one
        // that turns to another order and says, after a comma, what to do with it ("and the blanket that's finished, just delete it").
        let ownVerb = explicitGoal(clause.text) != nil || Self.trailingVerbGoal(clause.text) == next && asksAboutOtherOrders(clause, than: group)
        return ownVerb || isConfident(clause.classification) || (previous == nil && answerTopic(group[0]) != nil)
    }
}
