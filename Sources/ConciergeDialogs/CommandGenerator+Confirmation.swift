import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// The reply to a summary's "Shall I go ahead? (yes/no)" read as a whole line by `ConfirmationReader`, and placed.
///
/// A clear yes or no, with nothing in the line that changes the request, is the answer. A question, or a line that
/// changes what is being done (another order, a value of the request, dictated text, another action), is left to the
/// readings after the short replies: they answer it or change the request, and nothing is confirmed. A line the reader
/// cannot decide goes on to the short-reply rules as before, which ask again when they are not sure either.
extension CommandGenerator {
    /// How the reader places a reply to the pending summary.
    enum ConfirmationPlacement {
        /// Yes or no, with the reader's `why`.
        case decided(GeneratedCommands)
        /// A question or a change: never a yes; the readings after the short replies place it.
        case leftToOtherReadings
        /// The reader found no cue to decide by: the short-reply rules decide, as they did before it.
        case undecided
    }

    /// The placement of `line` when a summary waits for yes or no; `.undecided` at any other step.
    func confirmationPlacement(_ said: UnderstoodClause) -> ConfirmationPlacement {
        guard case .confirmation = context.expecting, let goal = context.activeGoal, goal.action != nil else { return .undecided }
        // "yes please :)": a smiley is no dictated text after a colon.
        var line = said
        line.text = Self.withoutSmileys(said.text)
        // "yes, cancel the torch, and thanks for checking the reel": an order named in thanks is not a choice of order. Only
        // for reading the decision: a question or a change is read from the whole line, and where a message waits, thanks
        // may be its text.
        var decisionLine = line
        if goal != .messageSeller { decisionLine.text = Self.withoutThanksClauses(line.text) }
        // "Yes. I understand this cannot be undone.": what the summary warned of, said back as understood, decides nothing.
        decisionLine.text = Self.withoutAcknowledgements(decisionLine.text)
        // "yes, both of them, the lamp as well as the mug" where the mug's request is queued behind (or was just sent):
        // the orders the same request covers add nothing to it.
        // With no other order named ("and the other one as well, yes"), the words that add are about the request's own
        // orders when it has several.
        let others = Set(mentions(decisionLine.text).meant).subtracting(context.activeOrder.map { [$0] } ?? [])
        let covered = sameRequestOrders(goal)
        let additionsCovered = others.isEmpty ? !covered.isEmpty : others.isSubset(of: covered)
        let itemWords = ([context.activeOrder].compactMap { $0 } + (additionsCovered ? Array(others) : []))
            .reduce(into: Set<String>()) { $0.formUnion(resolver.titleWords[$1] ?? []) }
        let reader = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(goal),
                                        neutralWords: ConfirmationReader.actionNouns(goal).union(itemWords).union(summaryFigures()),
                                        holdWords: goal == .confirmReceipt ? Self.damageWords : [],
                                        laterDoings: goal == .cancelPayment ? ["pay"] : [],
                                        additionsCovered: additionsCovered,
                                        negatedRemarksAgree: [.cancelOrder, .cancelPayment, .deleteOrder, .deletePermanently].contains(goal))
        let decided = reader.read(decisionLine.text)
        let reading = decided.decision == .yes || decided.decision == .no || decisionLine.text == line.text ? decided : reader.read(line.text)
        switch reading.decision {
        case .question:
            if let decided = decidedBeforeAsking(line, goal: goal, reader: reader) { return .decided(decided) }
            return askedAtSummary(line, reading, goal: goal).map { .decided($0) } ?? .leftToOtherReadings
        case .unsure:
            // "the other order, #…", "confirm both orders": not sure of the answer, sure it changes the request.
            if changesRequest(line, reading, goal: goal) { return .leftToOtherReadings }
            // "Please send me 1 meter cables, not 2": words not understood beside agreement may be a new text or a change.
            if reading.agreesBesideUnread { return .leftToOtherReadings }
            // "sure thing, once it ships", "yes if the seller agrees": held back, so asked again; no other rule reads a yes.
            guard reading.holdsBack else { return .undecided }
            // "Please send me 1 meter cables, not 2 meter. I order 2 pieces" at a message's summary: a new text with a
            // "not" in it, not an answer; it replaces the message (never a yes: a line opening with one is asked again).
            if goal == .messageSeller, Words(reading.rest).tokens.count >= 5 { return .decided(messageCommands(line, correcting: true)) }
            var out = GeneratedCommands()
            out.add(.notUnderstood(hint: nil), "the reply read as a whole, not a clear answer: \(reading.why)")
            return .decided(out)
        case .yes, .no:
            if changesRequest(decisionLine, reading, goal: goal, covered: additionsCovered ? others.union(covered) : []) { return .leftToOtherReadings }
            // "Yes. The blue one.", "Cancel it. It is for the lamp.": a yes beside remarks that name an item (any order's, or
            // one the resolver cannot tell apart) or give a value of the request may be about another order: read on.
            if reading.besideRemarks, remarksNameAnOrderOrValue(line, goal: goal) { return .leftToOtherReadings }
            var out = GeneratedCommands()
            out.add(.confirm(reading.decision == .yes), "the reply read as a whole: \(reading.why)")
            return .decided(out)
        }
    }

    /// The order of the summary said back by its number or its amount ("Yes, cancel order #7300000189", "yes, void the 58.00 USD
    /// payment"): its number, and its total and payment as written ("58 00 usd", "58 00", and "58" for a whole amount), which
    /// stand beside a decision. Another order's number or another amount stays a word the reader does not explain.
    private func summaryFigures() -> Set<String> {
        guard let active = context.activeOrder, let order = context.orders.first(where: { $0.id == active }) else { return [] }
        var figures: Set<String> = [active.rawValue]
        for money in [order.total] + [order.payment?.amount].compactMap({ $0 }) {
            let tokens = Words(money.description).tokens
            guard tokens.count >= 2 else { continue }
            let figure = tokens.dropLast()
            figures.insert(tokens.joined(separator: " "))
            if figure.count > 1 { figures.insert(figure.joined(separator: " ")) }
            if figure.count == 2, figure.last.map({ $0.allSatisfy { $0 == "0" } }) == true {
                figures.insert(figure[figure.startIndex])
                figures.insert([figure[figure.startIndex], tokens.last!].joined(separator: " "))
            }
        }
        return figures
    }

    /// A question at the summary ("can I get it back later?", "will I be told when the seller answers?"): answered where
    /// the asides or the catalog answer it, else the summary shown again (it says what a yes leads to); the summary
    /// stays pending and nothing is done. Nil for a request said as a question ("can you cancel the other one
    /// instead?"), which the other readings place.
    private func askedAtSummary(_ line: UnderstoodClause, _ reading: ConfirmationReading, goal: DialogGoal) -> GeneratedCommands? {
        let text = line.text
        let named = mentions(text)
        guard !text.contains(":"), named.unknownNumbers.isEmpty, named.meant.allSatisfy({ $0 == context.activeOrder }),
              !Words(reading.remainder).tokens.contains(where: Self.swapWords.contains) else { return nil }
        // "could you message the seller instead?", "please can you delete it": another action asked for, not asked about.
        let tokens = Words(text).tokens
        let asksForIt = tokens.first.map { ["can", "could", "would", "will", "please", "pls"].contains($0) } == true && tokens.dropFirst().first == "you"
        if let said = explicitGoal(text), !Self.sameAction(said, goal), asksForIt { return nil }
        // The readings that answer a question while a flow waits, in the generator's order; what they start (an order's
        // status, where its money goes) interrupts the summary, which resumes after.
        if let answered = aside(line) ?? sellerTimeQuestion(line) ?? questionAboutPendingRequest(line) ?? disputeTimeQuestion(line) {
            return answered
        }
        if let timed = timeQuestion(line) { return timed }
        var out = GeneratedCommands()
        if let topic = answerTopic(line) {
            out.add(.answer(topic: topic, order: context.activeOrder), "a question at the summary (\(reading.why)); answered, the summary still waits")
        } else {
            out.add(.repeatQuestion, "a question at the summary (\(reading.why)); the summary again, which says what a yes leads to")
        }
        return out
    }

    /// "Yes, that's right, please send the request. Will I get my money back?": the decision made in sentences of its own,
    /// with the action said again or a plain go-ahead, and then a question about what follows. The decision is taken
    /// (the reply to the change says what happens next) and the question answered where the catalog has a written
    /// answer for it. Only when the question asks nothing that could change the decision: no "before", "first", "undo",
    /// "instead", "should", "still", no "but", no other order, no turn of mind, nothing left unread before it.
    func decidedBeforeAsking(_ line: UnderstoodClause, goal: DialogGoal, reader: ConfirmationReader) -> GeneratedCommands? {
        let text = line.text
        guard !text.contains(":"), !text.contains("\""), let split = Self.questionSentencesStart(text) else { return nil }
        let head = String(text[..<split]), tail = String(text[split...])
        let headReading = reader.read(head)
        guard headReading.decision == .yes, !changesRequest(UnderstoodClause(text: head, classification: line.classification,
                                                                              entities: line.entities, reply: nil), headReading, goal: goal)
        else { return nil }
        // A go-ahead said outright: the action's own verb, or words that only go ahead.
        let headWords = Words(head)
        guard headWords.tokens.contains(where: { ConfirmationReader.actionVerbs(goal).contains($0) || Self.goAheadWords.contains($0) })
                || headWords.containsAny(["go ahead", "please do", "do it", "do that", "carry on", "go on"]) else { return nil }
        let tailWords = Words(tail)
        // "Can you also add my number?": a request said as a question, or more asked, is no question about what follows.
        let opening = tailWords.tokens.drop { ["and", "so", "oh", "also"].contains($0) }.prefix(2).joined(separator: " ")
        guard !["can you", "could you", "would you", "will you", "can u", "could u"].contains(opening),
              !tailWords.tokens.contains(where: { Self.doubtsInAQuestion.contains($0) || Self.changeWords.contains($0) }),
              !tailWords.containsAny(ConfirmationReader.adding + ["change my mind", "or not"]),
              mentions(text).meant.allSatisfy({ $0 == context.activeOrder }), mentions(text).unknownNumbers.isEmpty,
              explicitGoal(tail).map({ Self.sameAction($0, goal) }) ?? true else { return nil }
        // Never where the action cannot be undone: a question beside it is answered before anything is done.
        guard !closesForGood(goal), !tailWords.containsAny(Self.weighingInAQuestion) else { return nil }
        // Only a question the catalog answers about what follows (when the money comes back, how a dispute goes on);
        // any other question is answered, or the summary shown again, and nothing is done.
        var asked = line
        asked.text = tail
        let follows = whatFollows(asked, goal: goal)
        guard follows.only else { return nil }
        var out = GeneratedCommands()
        out.add(.confirm(true), "a decision said in sentences of its own ('\(head.trimmingCharacters(in: .whitespaces))'), then a question about what follows")
        if let topic = follows.topic { out.add(.answer(topic: topic, order: context.activeOrder), "the question after the decision") }
        return out
    }

    /// Whether a question asks only what follows the action, and the catalog topic that answers it: when or where the
    /// money comes back, how long the seller has to answer (the reply to the request says it), how a dispute goes on.
    /// `only` is false for any other question.
    private func whatFollows(_ asked: UnderstoodClause, goal: DialogGoal) -> (only: Bool, topic: String?) {
        let words = Words(asked.text)
        if let topic = answerTopic(asked), Self.whatFollowsTopics.contains(topic) { return (true, topic) }
        let aboutTime = Self.asksAboutTime(asked.text) || words.containsAny(["how soon"])
        if goal == .cancelOrder || goal == .openDispute, context.answerTopics.contains("refund_timing"),
           Self.asksWhereMoneyGoes(words) || aboutTime && words.containsAny(["money", "refund", "refunded"])
            || words.containsAny(["get my money back", "get the money back", "get a refund", "get refunded", "be refunded", "refund me"]) {
            return (true, "refund_timing")
        }
        if goal == .openDispute, aboutTime, context.answerTopics.contains("dispute_timeline") { return (true, "dispute_timeline") }
        if goal == .cancelOrder || goal == .messageSeller, aboutTime, words.containsAny(["seller", "they", "shop", "them"]),
           words.containsAny(["answer", "reply", "respond", "hear back", "get back"]) {
            return (true, nil)
        }
        return (false, nil)
    }

    /// Topics of the catalog that tell what follows a decision: a question about them does not weigh it.
    static let whatFollowsTopics: Set<String> = ["refund_timing", "refund_not_on_statement", "dispute_timeline"]

    /// Words of a question that weigh the decision ("could I lose out if…", "is this the one", "can I get it back").
    static let weighingInAQuestion = ["if", "lose", "which", "what does", "what will", "is this", "is that", "good idea",
                                      "get it back", "take it back", "gone forever", "forever", "right order", "right one", "fee",
                                      "cost", "pay", "price", "safe", "polite", "okay", "ok", "fine", "wrong", "mistake", "undone"]

    /// Whether the pending action cannot be taken back once done: a permanent delete, a receipt confirmed (the payment goes
    /// to the seller), an order cancelled at once (unpaid, or inside the payment window) or a payment voided.
    func closesForGood(_ goal: DialogGoal) -> Bool {
        switch goal {
        case .deletePermanently, .confirmReceipt, .cancelPayment: return true
        case .cancelOrder:
            guard let order = context.orders.first(where: { $0.id == context.activeOrder }) else { return true }
            return order.status == .awaitingPayment || order.status == .paymentProcessing
        default: return false
        }
    }

    /// Whether a line read as a yes beside remarks may name another order: an order number, a mention the resolver cannot
    /// tell from another order ("the blue one" where two titles fit), a title word of another order that the active
    /// order's title lacks, an item reference to another order (unless its words are ones the reader reads as courtesy:
    /// "well" is no "wall clock") — or gives a value of the request. The active order's own item named alone ("Yes, that
    /// one. The lamp. Send the request.") names nothing else.
    func remarksNameAnOrderOrValue(_ line: UnderstoodClause, goal: DialogGoal) -> Bool {
        guard let active = context.activeOrder else { return true }
        if !line.entities.orderNumbers.isEmpty { return true }
        if case .items(let ids, let phrase)? = line.entities.orderReference, ids.contains(where: { $0 != active }),
           !Words(phrase).tokens.allSatisfy(ConfirmationReader.neutral.contains) {
            return true
        }
        let named = mentions(line.text)
        if named.positive.contains(where: { $0 != [active] }) || !named.unknownNumbers.isEmpty { return true }
        let tokens = Set(Words(line.text).tokens)
        let own = Set(resolver.titleWords[active] ?? [])
        if context.orders.contains(where: { $0.id != active && (resolver.titleWords[$0.id] ?? []).contains { tokens.contains($0) && !own.contains($0) } }) {
            return true
        }
        return !newValues(slotValues(line, for: goal, firstLine: false)).isEmpty
    }

    /// Where the sentences that ask begin, when every sentence from there on asks (ends with "?") and a sentence that
    /// does not ask comes before them; nil otherwise.
    static func questionSentencesStart(_ text: String) -> String.Index? {
        var sentences: [(start: String.Index, asks: Bool)] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if ".!?".contains(character), next == text.endIndex || text[next] == " " {
                let body = text[start..<next]
                if body.contains(where: \.isLetter) { sentences.append((start, character == "?")) }
                start = next
            }
            index = next
        }
        if text[start...].contains(where: \.isLetter) { sentences.append((start, false)) }
        guard let first = sentences.firstIndex(where: \.asks), first > 0, sentences[first...].allSatisfy(\.asks) else { return nil }
        return sentences[first].start
    }

    /// Verbs that tell the assistant to go ahead, whatever the action ("please send the cancellation to the shop").
    static let goAheadWords: Set<String> = ["send", "submit", "proceed", "confirm"]

    /// Words of a question that weigh the decision rather than ask what follows it.
    static let doubtsInAQuestion: Set<String> = ["before", "first", "undo", "instead", "rather", "should", "still", "but", "wait",
                                                 "stop", "sure", "maybe", "really", "whether", "later", "reverse"]

    /// Orders beside the summary's own that the same request covers: queued behind it for the same action, or, for a
    /// cancellation, one whose cancellation was sent within the hour (the request's first order, just done).
    func sameRequestOrders(_ goal: DialogGoal) -> Set<OrderID> {
        var covered = Set(context.queuedRequests.filter { Self.sameAction($0.goal, goal) }.flatMap(\.orders))
        if goal == .cancelOrder {
            for order in context.orders where order.status == .cancellationRequested || order.status == .cancelled {
                if let at = order.cancellation?.at, context.now.timeIntervalSince(at) < 3600 { covered.insert(order.id) }
            }
        }
        return covered
    }

    /// The line without clauses of thanks ("and thank you for checking on the reel"): from "thank(s) … for" to the next
    /// break. What the buyer thanks for is not what they decide about.
    /// Only a thanks for something finished ("checking", "looking", "your help") is set aside; a clause that does or adds
    /// something ("thanks for cancelling the kettle too") stays, and is read.
    static func withoutThanksClauses(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.contains("thank") else { return text }
        var out = text
        var from = out.startIndex
        for lead in ["thank you very much for", "thank you so much for", "thanks very much for", "thanks so much for", "many thanks for",
                     "thank you for", "thanks for"] {
            from = out.startIndex
            while let range = out.range(of: lead, options: .caseInsensitive, range: from..<out.endIndex) {
                let end = out[range.upperBound...].firstIndex(where: { ".,;!?".contains($0) }) ?? out.endIndex
                let thanked = Words(String(out[range.upperBound..<end]))
                guard let first = thanked.tokens.first, thanksForFinished.contains(first),
                      !thanked.tokens.contains(where: thanksThatDo.contains), !thanked.containsAny(["as well"]) else {
                    from = range.upperBound
                    continue
                }
                out.removeSubrange(range.lowerBound..<end)
                from = range.lowerBound
            }
        }
        return out
    }

    /// What a buyer thanks for as a thing already done.
    static let thanksForFinished: Set<String> = ["checking", "looking", "helping", "your", "the", "all", "everything", "explaining",
                                                 "answering", "finding", "that", "this", "being", "getting"]
    /// Words that make a thanks clause a request or an addition.
    static let thanksThatDo: Set<String> = ["too", "also", "cancel", "cancelling", "canceling", "cancellation", "delete", "deleting",
                                            "remove", "removing", "message", "messaging", "dispute", "disputing", "send", "sending",
                                            "restore", "restoring", "open", "opening", "refund", "refunding", "stop", "stopping",
                                            "confirm", "confirming", "both", "other"]

    /// Where receipt is confirmed, words that say the item is not right: the buyer may want a dispute, never a yes on them.
    static let damageWords: Set<String> = ["damaged", "broken", "faulty", "defective", "cracked", "missing", "torn", "leaking",
                                           "dented", "scratched", "smashed", "shattered", "fake", "counterfeit", "spoiled", "ruined"]

    /// `text` without smileys written as their own word (":)", ";-)", ":D", "=)"); the text itself when it has none.
    static func withoutSmileys(_ text: String) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        let isSmiley: (Substring) -> Bool = { part in
            part.count >= 2 && part.count <= 4 && [":", ";", "="].contains(part.first!)
                && part.dropFirst().allSatisfy { ")(DPp]['-3Oo*".contains($0) } && part.dropFirst().contains(where: { $0 != "-" && $0 != "'" })
        }
        guard parts.contains(where: isSmiley) else { return text }
        return parts.filter { !isSmiley($0) }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Words of a question that weigh another way rather than ask about this one.
    static let swapWords: Set<String> = ["instead", "rather", "other", "another", "different"]

    /// Whether the line, besides its yes or no, changes what is being done: another order or an order number not the
    /// buyer's, another action, dictated text, a value of the request, words that add or swap ("instead", "reason").
    private func changesRequest(_ line: UnderstoodClause, _ reading: ConfirmationReading, goal: DialogGoal, covered: Set<OrderID> = []) -> Bool {
        let text = line.text
        if text.contains(":") || text.contains("\"") || text.contains("“") { return true }
        let named = mentions(text)
        if !named.unknownNumbers.isEmpty || named.meant.contains(where: { $0 != context.activeOrder && !covered.contains($0) }) { return true }
        let rest = Words(reading.remainder)
        let adds = covered.isEmpty ? reading.adds : reading.adds.filter { !ConfirmationReader.coveredAdditions.contains($0) }
        let changing = covered.isEmpty ? Self.changeWords : Self.changeWords.subtracting(["other", "another"])
        if !adds.isEmpty || rest.tokens.contains(where: changing.contains) { return true }
        // "yes cancel, no message to the seller": another action the line turns down is no change of the request.
        let declined = declinedGoals(text)
        for said in [explicitGoal(text), reading.remainder.isEmpty ? nil : explicitGoal(reading.remainder)] {
            if let said, !Self.sameAction(said, goal), !declined.contains(said) { return true }
        }
        if goal == .messageSeller, MessageDraft.addition(in: text) != nil { return true }
        if goal == .openDispute, !Self.fileNames(in: text).isEmpty || Self.saysNoPhotos(text) && !noPhotosSaidAgain(text) { return true }
        let values = newValues(slotValues(line, for: goal, firstLine: false))
        switch reading.decision {
        case .yes:
            // A yes explains every word, so a cancellation reason in it is the action's own phrase said again ("yes, I
            // don't need it anymore"), not a new reason, unless the line says it gives one.
            return values.contains { value in
                if case .cancellationReason = value { return rest.tokens.contains(where: Self.reasonWords.contains) }
                return true
            }
        case .unsure, .question:
            return !values.isEmpty
        case .no:
            // "No, I've changed my mind" refuses; "no, the reason is the address" changes the reason.
            return values.contains { value in
                if case .cancellationReason = value { return rest.tokens.contains(where: Self.reasonWords.contains) }
                return true
            }
        }
    }

    /// Words left unread beside a yes or no that change the request rather than answer it.
    static let changeWords: Set<String> = ["instead", "reason", "other", "another", "different", "change", "add", "human", "agent",
                                           "person", "someone", "representative", "manager", "support", "call"]
    /// Words that give a reason: a cancellation reason said with a no is a new reason.
    static let reasonWords: Set<String> = ["reason", "because", "since", "cause", "coz", "cuz"]
}
