import Foundation
import ConciergeDomain
import ConciergeUnderstanding

extension CommandGenerator {
    /// A short reply: yes, no, stop, a number from the list or the options (one function over 60 lines: the reply kinds are tried in this order, and the order decides).
    func shortReply(_ line: UnderstoodClause) -> GeneratedCommands? {
        // At a summary, the reply read as a whole first (CommandGenerator+Confirmation).
        switch confirmationPlacement(line) {
        case .decided(let answer): return answer
        case .leftToOtherReadings: return nil
        case .undecided: break
        }
        var out = GeneratedCommands()
        let words = Words(line.text)
        let confirmable: Bool = switch context.expecting {
        case .confirmation, .proposal, .offer: true
        default: false
        }
        // "ok yes confirm it", "yes cancel it" at the summary of that very request: a yes in the buyer's words.
        if case .confirmation = context.expecting, let goal = context.activeGoal, goal == self.goal(for: line), line.reply != .deny,
           words.count <= 7, !line.text.contains(":"), slotValues(line, for: goal, firstLine: false).isEmpty,
           words.containsAny(Self.confirmWords) || !mentions(line.text).meant.isEmpty || words.contains("order"),
           !words.tokens.contains(where: Words.negators.contains), !Words.looksLikeQuestion(line.text),
           namesOnlyTheActiveOrder(line) {
            out.add(.confirm(true), "the request in progress asked for again at its summary")
            return out
        }
        if confirmable, Self.putsOff(line.text) {
            out.add(.confirm(false), "not now: the summary is turned down for now")
            return out
        }
        if let reply = line.reply {
            switch (reply, context.expecting) {
            case (.affirm, _) where confirmable:
                // "why not?" after a refusal is a question, not a yes; "ok send a message to the seller: …" is a request;
                // "yes, wait…", "ok maybe later" hold off.
                let rest = Self.withoutLeadingReply(line.text)
                guard Self.isRecognisableReply(line.text) || saysGoAhead(rest) || yesThenGoAhead(line.text) || isCourteousYes(line.text),
                      !words.contains("why"),
                      !words.tokens.contains(where: Self.holdsOff.contains),
                      // At an offer, "ok thanks", "yes I know", "yes?" acknowledge or ask about what it told: no yes to it.
                      !Self.acknowledgesAnOffer(line.text, context.expecting),
                      words.count <= 3 || !Self.soundsLikeRequest(rest) || DialogReply.parse(rest) == .affirm
                        || saysGoAhead(rest) || yesThenGoAhead(line.text) || isCourteousYes(line.text) else { break }
                out.add(.confirm(true), "a clear yes to the pending question")
                return out
            case (.affirm, .evidence):
                out.add(.confirm(true), "yes to having evidence")
                return out
            case (.deny, .evidence):
                out.add(.skip, "no evidence")
                return out
            case (.deny, _) where confirmable:
                // "no photos" at a dispute's summary says there is no evidence; it does not turn the dispute down.
                if mentions(line.text).meant.isEmpty, !(context.activeGoal == .openDispute && Self.saysNoPhotos(line.text)) {
                    out.add(.confirm(false), "no to the pending question")
                    return out
                }
            case (.deny, _), (.stop, _):
                // Where free text is asked, "no tracking updates for a week" is the answer, not a no.
                if !context.expecting.takesFreeText || words.count <= 3 {
                    out.add(.cancelFlow, "the buyer stops")
                    return out
                }
            case (.choice(let n), .order(let list)):
                if list.indices.contains(n - 1) { out.add(.setSlot(.order(list[n - 1])), "pick \(n) from the list"); return out }
            case (.choice(let n), .reason):
                if CancellationReason.allCases.indices.contains(n - 1) {
                    out.add(.setSlot(.cancellationReason(CancellationReason.allCases[n - 1], note: nil)), "option \(n)")
                    return out
                }
            case (.choice(let n), .disputeReason):
                if DisputeReason.allCases.indices.contains(n - 1) { out.add(.setSlot(.disputeReason(DisputeReason.allCases[n - 1])), "option \(n)"); return out }
            case (.choice(let n), .outcome):
                if DisputeOutcome.allCases.indices.contains(n - 1) { out.add(.setSlot(.outcome(DisputeOutcome.allCases[n - 1])), "option \(n)"); return out }
            default:
                break
            }
        }
        return nil
    }

    /// Whether a line at an offer acknowledges or asks about what the offer told ("ok thanks", "yes I know", "right, I see",
    /// "yes?") rather than taking it up: the rule `isAgreement` keeps for offers, kept on the short-reply path as well.
    static func acknowledgesAnOffer(_ text: String, _ expecting: Expectation) -> Bool {
        guard case .offer = expecting else { return false }
        return text.contains("?") || Words(text).tokens.contains(where: acknowledgements.contains)
    }
}
