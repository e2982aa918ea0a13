import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// "sorry, is mistake. not filters. The grinder. The coffee grinder I mean" where the message text is asked: a line
/// that only corrects the order is no message.
extension CommandGenerator {
    /// Where the message is asked, a line that says a correction and names another order, with no more than a couple of
    /// words besides the correction and the naming, moves the request to that order; the message is then asked again.
    func orderCorrectedWhereTextAsked(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.expecting == .message, !Self.opensWithContentLabel(line.text), !line.text.contains(":") else { return nil }
        let words = Words(line.text)
        guard Self.saysCorrection(words) || words.containsAny(["mistake", "wrong order", "not the"]) else { return nil }
        let found = mentions(line.text)
        let others = found.meant.filter { $0 != context.activeOrder }
        guard others.count == 1, let pick = others.first, !found.meant.contains(where: { $0 == context.activeOrder }) else { return nil }
        let naming = Set(resolver.titleWords[pick] ?? []).union(context.activeOrder.flatMap { resolver.titleWords[$0] } ?? [])
        let own = words.tokens.filter { token in
            !Self.correctionWords.contains(token) && !naming.contains { OrderResolver.sameWord($0, token) }
        }
        guard own.count <= 2 else { return nil }
        var out = GeneratedCommands()
        out.add(.correctSlot(.order(pick)), "only a correction of the order where the message is asked")
        return out
    }

    private static let correctionWords: Set<String> = ["sorry", "wait", "actually", "no", "not", "nope", "i", "im", "mean", "meant", "is", "its",
                                                       "it", "was", "a", "mistake", "my", "the", "that", "this", "one", "order", "oops", "oh",
                                                       "wrong", "right", "about", "for", "of", "ah", "hmm", "sry", "correct", "should", "be"]
}
