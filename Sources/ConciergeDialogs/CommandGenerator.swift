import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Turns a buyer line into commands, from the classifier's ranking, the entities, the buyer's orders and the
/// conversation's state: deterministic rules, no model, microseconds. A line is first understood, then placed:
/// an answer to the pending question, a correction, a new request, a question, or several of these in order.
public struct CommandGenerator: Sendable {
    public let context: ConversationContext
    /// The buyer's orders, indexed once per line for resolving what the line names.
    let resolver: OrderResolver

    /// The goal the words of each text name and the goals each text declines, worked out once per line: the
    /// rules ask about the same line and clauses many times.
    let explicitGoals = SharedMemo<String, DialogGoal?>(capacity: 1024)
    let declinedByText = SharedMemo<String, Set<DialogGoal>>(capacity: 1024)

    /// Confidence above which a line in a flow is taken as a new request rather than an answer.
    static let switchConfidence = 0.75

    public init(context: ConversationContext) {
        self.context = context
        resolver = OrderResolver(orders: context.orders, lastListed: context.lastListed, sellers: context.sellers, now: context.now)
    }

    /// The commands for a line, given the whole line and its clauses (the same single clause when it does not split).
    public func commands(for line: UnderstoodClause, clauses: [UnderstoodClause]) -> GeneratedCommands {
        var line = line
        // "Yes, that is all correct, thank you.": a yes said with courtesy is longer than a short reply, and still a yes.
        if line.reply == nil, context.expecting != .nothing, isCourteousYes(line.text) { line.reply = .affirm }
        var generated = context.expecting != .nothing ? inFlow(line, clauses) ?? requests(clauses.isEmpty ? [line] : clauses, whole: line)
                                                      : requests(clauses.isEmpty ? [line] : clauses, whole: line)
        if context.expecting != .nothing, generated.placesNothing, !generated.reasons.contains(Self.fitsSeveralReason),
           let fresh = placedAfresh(line, clauses) { generated = fresh }
        generated.declined = declinedGoals(line.text)
        Self.dropRepeatedRequests(&generated)
        return generated
    }

    // MARK: - A flow is waiting for an answer

    private func inFlow(_ line: UnderstoodClause, _ clauses: [UnderstoodClause]) -> GeneratedCommands? {
        // "message: keep it until friday, or I will cancel the order": where the flow asks for the buyer's own text,
        // a line that opens by labelling it as that text is the answer, whatever requests its words talk about.
        if context.expecting == .message || context.expecting == .description, Self.opensWithContentLabel(line.text) {
            return answerToQuestion(line, clauses)
        }
        // "ok merci", "thanks" where a list asks which order a question is about: the buyer is done asking.
        if case .order = context.expecting, context.activeGoal == .orderStatus || context.activeGoal == .refundStatus,
           Self.onlyAcknowledges(line.text) {
            var out = GeneratedCommands()
            out.add(.cancelFlow, "an acknowledgement where the order of a question was asked: the question is dropped")
            out.add(.chitchat("thanks"), "small talk")
            return out
        }
        if let held = heldBackYes(line) { return held }
        // "yes go ahead, and then also cancel the mug": a yes, then the next request (CommandGenerator+ConfirmThenNext).
        if let next = confirmedThenNext(line, clauses) { return next }
        // From the most specific reading of the line to the most general; the first that places it wins.
        // "oh no sorry, not the 39s, the size 41 pair" at a message's summary corrects the order, not the draft's words.
        let edit = correctsToAnotherOrder(line) ? nil : messageEdit(line)
        if edit == nil, let turnedDown = turnsDownTheOrder(line) { return turnedDown }
        let decided: GeneratedCommands? = edit ?? declinesActive(line, clauses) ?? reasonOrWayOut(line, clauses) ?? approval(line) ?? agreement(line)
        let placed = decided ?? proposalAgreement(line) ?? shortReply(line) ?? aside(line) ?? sellerTimeQuestion(line) ?? questionAboutPendingRequest(line) ?? orderOrNewRequest(line, clauses)
        if placed != nil || context.expecting == .nothing { return placed }
        return disputeTimeQuestion(line) ?? (context.expecting.takesFreeText ? nil : timeQuestion(line)) ?? answerToQuestion(line, clauses)
    }

    /// The orders the line names decide whether it corrects the flow, answers it, or starts a request of its own.
    /// Long because these three readings share what the line names; apart, their precedence would be hidden.
    private func orderOrNewRequest(_ line: UnderstoodClause, _ clauses: [UnderstoodClause]) -> GeneratedCommands? {
        var out = GeneratedCommands()
        // "description: a pink unicorn, not the bear" is the buyer's text: its "not the" corrects nothing.
        let words = Words(Self.beforeContent(line.text))
        // A correction or an answer naming an order. Where an amount is asked, numbers are amounts. What follows
        // "description:" or "message:" is the buyer's text, not a way of naming an order.
        let named = mentions(Self.beforeContent(line.text))
        var found = named
        if context.expecting == .amount || context.expecting == .outcome {
            // "oops, I meant the lamp, 8 back please": a correction still names an order by its item; only the numbers are
            // amounts. Without a correction, item words are the story ("the ink leaks"), not a choice of order.
            let wordsOnly = Self.beforeContent(line.text).split(separator: " ").filter { !$0.contains(where: \.isNumber) }.joined(separator: " ")
            found = Self.saysCorrection(words) ? mentions(wordsOnly) : OrderResolver.Mentions()
        } else if context.expecting == .disputeReason, !Self.saysCorrection(words), line.entities.orderNumbers.isEmpty,
                  !Words.looksLikeQuestion(line.text), !Words.asksSomething(line.text), !Self.isInterruption(words), slotAnswers(line),
                  namesOtherItemsOnlyInTheStory(words, found) {
            // "there's a split in it, it must have been like that in the box" where what went wrong is asked: a line that
            // tells what went wrong names other items as part of the story, not as a choice of order ("no wait, the lamp",
            // an order number, or a question about another order still take it there).
            found = OrderResolver.Mentions()
        } else if context.expecting == .reason, !Self.saysCorrection(words), line.entities.orderNumbers.isEmpty, !Words.looksLikeQuestion(line.text),
                  !found.positive.isEmpty, found.positive.allSatisfy({ $0.contains { $0 == context.activeOrder } }), explicitGoal(line.text) == nil {
            // "my sister already bought me the exact same lamp" where the reason is asked: words that fit the order being cancelled tell the reason.
            found = OrderResolver.Mentions()
        }
        // "yes, send the message to GreenThumb" about the hose: a mention that fits the order in progress (its seller's name,
        // shared with another order) points to no other order.
        let others = namesOnlyTheActiveOrder(line) ? [] : found.meant.filter { id in
            id != context.activeOrder && found.positive.contains { $0.contains(id) && !$0.contains { $0 == context.activeOrder } }
        }
        // "wait, dont cancel, send a message to maple home goods instead: …": a clause led by another action is a request of its own.
        let clauseGoal = clauses.count > 1 ? clauses.lazy.compactMap { self.explicitGoal($0.text) }.first { $0 != context.activeGoal } : nil
        // "wait first tell me what is with the leather belt": a question about an order of its own.
        let whereIs = named.meant.isEmpty ? nil : statusQuestion(line)
        // "wait, delete the grey socks order instead" where a message is asked: a request about another order.
        let pieceGoal = actsOnAnotherOrder(line, named)
        let newGoal = explicitGoal(line.text) ?? clauseGoal ?? pieceGoal ?? whereIs ?? goal(for: line)
        let ownVerb = explicitGoal(line.text) != nil || clauseGoal != nil || pieceGoal != nil || whereIs != nil
        let startsOther = newGoal.map { $0 != context.activeGoal && (isConfident(line.classification) || ownVerb) } ?? false
        // "no wait, the cushion covers not the lamp" corrects the order, whatever the classifier makes of "wrong one";
        // only a request of its own ("actually, confirm receipt for the mat") makes a correction line a new request.
        let correctsOrder = Self.saysCorrection(words) && !ownVerb && !Self.soundsLikeRequest(line.text) && !others.isEmpty
        // Where an order is asked for, one named is the answer unless the line opens with an action of its own.
        let answersPick: Bool = if case .order = context.expecting { !ownVerb && !others.isEmpty && !Self.soundsLikeRequest(line.text) } else { false }
        if !startsOther || newGoal == nil || correctsOrder || answersPick {
            if let askedAgain = fitsSeveralListed(found) { return askedAgain }
            if case .order(let list) = context.expecting, let pick = others.first(where: list.contains) ?? others.first {
                out.add(.setSlot(.order(pick)), "the order named")
                out.add(slotValues(line, for: context.activeGoal, firstLine: false).map { .setSlot($0) }, "more details in the same line")
                return out
            }
            if case .proposal = context.expecting, let pick = others.first {
                out.add(.setSlot(.order(pick)), "another order than the one proposed")
                return out
            }
            // "how long will the lamp take to arrive?" at a summary asks about the lamp; it does not move the request to it.
            if let asked = questionAboutAnotherOrder(line, words) { return asked }
            if let pick = others.first, !context.expecting.takesFreeText || !line.entities.orderNumbers.isEmpty || Self.saysCorrection(words) {
                out.add(.correctSlot(.order(pick)), "a correction: another order named")
                out.add(slotValues(line, for: context.activeGoal, firstLine: false).map { .correctSlot($0) }, "more details in the same line")
                out.add(messageWithCorrection(line, for: pick), "the message, said with the correction")
                return out
            }
            if let unknown = found.unknownNumbers.first, context.expecting != .message {
                out.add(.correctSlot(.order(unknown)), "an order number that is not the buyer's")
                return out
            }
        }

        // "will the seller still get the red dress order normally?" at the black dress's summary: what the seller of another
        // order does is asked, no message to them; that order's status answers and the request in progress waits.
        if newGoal == .messageSeller, explicitGoal(line.text) == nil, Self.asksWhatTheSellerDoes(words),
           let other = named.meant.first(where: { $0 != context.activeOrder }) {
            out.add(.startFlow(.orderStatus, orders: [other], slots: []), "a question about what the seller of another order does: its status")
            return out
        }
        // "actually the reason is …": a new value for the request in progress, not a new request.
        // "only 3 in the box instead of 4": a bare count is no amount where no amount is asked; money is said as money.
        let corrections = slotValues(line, for: context.activeGoal, firstLine: false).filter { value in
            if case .amount = value { context.expecting == .amount || context.expecting == .outcome || Self.speaksOfMoney(line.text) } else { true }
        }
        if !corrections.isEmpty, !(ownVerb && newGoal != context.activeGoal), Self.saysCorrection(words) || words.containsAny(["the reason", "reason is", "change the"]),
           context.expecting != .nothing, !context.expecting.isOffer {
            out.add(corrections.map { .correctSlot($0) }, "a value of the request in progress given again")
            return out
        }

        // A new request in the middle of a flow: the flow is interrupted and resumes afterwards.
        if startsOther, let newGoal, !declinedGoals(line.text).contains(newGoal),
           Self.soundsLikeRequest(line.text) || clauseGoal != nil || pieceGoal != nil,
           !context.expecting.takesFreeText || Words.looksLikeQuestion(line.text) == false && isConfident(line.classification, above: 0.9)
            || pieceGoal != nil {
            // Where numbers are amounts, the orders named still tell whether the new request is about another order.
            let found = named
            if !(newGoal == .orderStatus || newGoal == .refundStatus) || !found.meant.isEmpty {
                // Another order, or a plain new request: the flow waits below and resumes after. The same order
                // with another goal, or "no, I meant…": the new request replaces it.
                let sameOrder = found.meant.isEmpty || found.meant.contains { $0 == context.activeOrder }
                // "actually first, what happened with my scale?" interrupts: the request in progress waits below.
                // Not when the line drops it: "hold on dont cancel!! instead send a message …".
                let drops = words.contains("instead") || context.activeGoal.map(declinedGoals(line.text).contains) == true
                let interrupts = !drops && words.containsAny(["first", "before that", "more urgent", "hold on", "one thing", "quickly", "meanwhile"])
                if !interrupts, (sameOrder && newGoal != .orderStatus && newGoal != .refundStatus) || Self.saysCorrection(words) {
                    out.add(.cancelFlow, "the new request replaces the one in progress")
                }
                var next = requests(clauses.isEmpty ? [line] : clauses, whole: line)
                // The piece's own verb, not the classifier's reading of the whole line, says what is asked of those orders.
                if let pieceGoal, explicitGoal(line.text) == nil, clauseGoal == nil,
                   !next.commands.contains(where: { if case .startFlow(pieceGoal, _, _) = $0 { true } else { false } }) {
                    next = GeneratedCommands()
                    next.add(.startFlow(pieceGoal, orders: found.meant, slots: []), "a request about another order where the buyer's own text was asked")
                }
                if sameOrder, found.meant.isEmpty, let active = context.activeOrder {
                    next.commands = next.commands.map { command in
                        if case .startFlow(let goal, let orders, let slots) = command, orders.isEmpty { return .startFlow(goal, orders: [active], slots: slots) }
                        return command
                    }
                }
                out.add(next)
                return out
            }
        }

        // A question in the middle of a flow: answered, then the flow's question again.
        // "how long does this take?" in the middle of a cancellation asks about this request, not about disputes: the order's
        // deadlines answer it, unless the buyer says "dispute".
        if answerTopic(line) == "dispute_timeline", context.activeGoal != .openDispute, !Words(line.text).containsAny(["dispute", "disputes", "claim"]),
           let asked = timeQuestionAboutActiveOrder(line) {
            return asked
        }
        if let topic = answerTopic(line), !slotAnswers(line), !context.expecting.takesFreeText || Words.looksLikeQuestion(line.text) {
            out.add(.answer(topic: topic, order: context.activeOrder), "a question while the flow waits")
            return out
        }
        // "how long will this take?" where a description is asked: a question, whatever the catalog calls it.
        if Words.looksLikeQuestion(line.text), context.expecting.takesFreeText, Words(line.text).containsAny(["how long", "how many days", "when will"]) {
            let topic = context.activeGoal == .openDispute ? "dispute_timeline" : "refund_timing"
            if context.answerTopics.contains(topic) {
                out.add(.answer(topic: topic, order: context.activeOrder), "a question about time while the flow waits")
                return out
            }
        }
        return nil
    }

    /// The line as the answer to the flow's question.
    /// Long on purpose: one case per question a flow can ask, in one exhaustive switch.
    private func answerToQuestion(_ line: UnderstoodClause, _ clauses: [UnderstoodClause]) -> GeneratedCommands {
        var out = GeneratedCommands()
        let text = line.text.trimmingCharacters(in: .whitespaces)
        let readable = text.contains { $0.isLetter }
        switch context.expecting {
        case .reason:
            if Self.onlyAsksAboutTime(text), let asked = timeQuestion(line) ?? timeQuestionAboutActiveOrder(line) {
                // A question about time where the reason is asked: answered from the order's deadlines; the reason waits.
                out.add(asked)
            } else if let reason = Self.cancellationReason(line, or: OptionMatcher.cancellationReason(text)) {
                out.add(.setSlot(.cancellationReason(reason, note: reason == .other ? nil : nil)), "the reason, in the buyer's words")
            } else if readable, Words(text).count >= 2, !Words.looksLikeQuestion(text) {
                out.add(.setSlot(.cancellationReason(.other, note: text)), "a reason not on the list: kept as the buyer wrote it")
            } else {
                out.add(.notUnderstood(hint: nil), "no reason found")
            }
        case .otherReason:
            if readable, text.count >= 2 { out.add(.setSlot(.cancellationReason(.other, note: text)), "the reason in the buyer's words") }
            else { out.add(.notUnderstood(hint: nil), "no words given") }
        case .message:
            out.add(messageCommands(line, correcting: false))
        case .disputeReason:
            // The same reading as a reason told up front: a specific reason in the buyer's words ("not what the ad showed")
            // wins over the broad "not … showed" the extractor takes for an item that never came.
            var said = line
            said.text = Self.beforeContent(text)
            if let reason = Self.disputeReason(said, firstLine: true) ?? OptionMatcher.disputeReason(text) {
                out.add(.setSlot(.disputeReason(reason)), "what went wrong")
                // The story told where the reason is asked: what the buyer wants (and refuses), the amount, photos.
                out.add(slotValues(line, for: .openDispute, firstLine: true, order: context.activeOrder).filter {
                    if case .disputeReason = $0 { false } else { true }
                }.map { .setSlot($0) }, "more details in the same line")
            } else {
                out.add(otherDisputeValues(line, besides: "dispute reason"))
            }
        case .outcome:
            // "i dont want return it, i keep it, just 10 euros back": what the buyer refuses is not what they want.
            var said = line
            said.text = Self.beforeContent(text)
            if let outcome = Self.outcome(said) {
                out.add(.setSlot(.outcome(outcome)), "what the buyer wants")
                if let amount = amount(line) { out.add(.setSlot(.amount(amount)), "the amount") }
                out.add(disputeDetails(line).map { .setSlot($0) }, "more details in the same line")
            } else if let amount = amount(line) {
                out.add(.setSlot(.amount(amount)), "an amount: a partial refund")
            } else {
                out.add(otherDisputeValues(line, besides: "outcome"))
            }
        case .amount:
            if let amount = amount(line) ?? line.reply.flatMap({ if case .choice(let n) = $0 { money(n * 100) } else { nil } }) ?? bareAmount(text) {
                out.add(.setSlot(.amount(amount)), "the amount")
                // "10 back, no pics": the evidence said in the same line answers the step after.
                out.add(slotValues(line, for: .openDispute, firstLine: true).filter {
                    if case .evidence = $0 { true } else { false }
                }.map { .setSlot($0) }, "the evidence in the same line")
            } else if let outcome = line.entities.disputeOutcome ?? OptionMatcher.outcome(text), outcome != .partialRefund {
                // "ok full refund then. description: …": another outcome instead of an amount, with what else the line gives.
                out.add(.correctSlot(.outcome(outcome)), "another outcome where an amount was asked")
                out.add(slotValues(line, for: .openDispute, firstLine: true).filter {
                    if case .description = $0 { true } else if case .evidence = $0 { true } else { false }
                }.map { .setSlot($0) }, "more details in the same line")
            } else {
                out.add(.notUnderstood(hint: nil), "no amount found")
            }
        case .description:
            if readable, text.count >= 3 {
                out.add(.setSlot(.description(text)), "the description")
                if Words(text).containsAny(["no photos", "no photo", "no pictures", "no evidence", "no pics", "dont have photos"]) {
                    out.add(.setSlot(.evidence([])), "no photos, said with the description")
                }
                let files = Self.fileNames(in: text)
                if !files.isEmpty { out.add(.setSlot(.evidence(files)), "file names given") }
            } else {
                out.add(.notUnderstood(hint: nil), "too short for a description")
            }
        case .evidence:
            let files = Self.fileNames(in: text)
            if !files.isEmpty { out.add(.setSlot(.evidence(files)), "file names") }
            else if Self.saysNoPhotos(text) || Self.saysNone(text) && Words(text).count <= 5 { out.add(.skip, "no evidence") }
            else if Words(text).count >= 3, readable { out.add(.correctSlot(.description(text)), "more about the problem: it goes in the description") }
            else { out.add(.notUnderstood(hint: nil), "no file names") }
        case .confirmation:
            out.add(changesAtConfirmation(line))
        case .order(let list):
            // "not the jacket" where two were listed: the other one.
            let named = mentions(line)
            let left = list.filter { !named.negative.contains($0) }
            if named.meant.isEmpty, left.count == 1, left.count < list.count {
                out.add(.setSlot(.order(left[0])), "the only listed order not turned down")
            } else {
                out.add(.notUnderstood(hint: nil), "no order recognised")
            }
        case .proposal:
            out.add(.notUnderstood(hint: nil), "no order recognised")
        case .offer(let offered):
            // "message: hello, please …" where a message to this order's seller was offered: the offer, taken up with
            // its text, whatever the text itself talks about.
            if offered == .messageSeller, let active = context.activeOrder,
               let body = MessageDraft.afterColon(line.text) ?? MessageDraft.replacement(in: line.text),
               mentions(Self.beforeContent(line.text)).meant.allSatisfy({ $0 == active }) {
                out.add(.cancelFlow, "the offer is taken up with a message")
                out.add(.startFlow(.messageSeller, orders: [active], slots: [.message(body)]), "the message dictated where it was offered")
                break
            }
            // "just send a message to the seller asking to cancel" where that message was offered: the offer,
            // taken up in the buyer's words, for the order it was about.
            var next = requests(clauses.isEmpty ? [line] : clauses, whole: line)
            // Orders that only the dictated text names ("message: please hold it until the shop reopens …") are not the
            // buyer's choice of order: the offer's order stays.
            let namesNone = mentions(Self.beforeContent(line.text)).meant.isEmpty
            next.commands = next.commands.map { command in
                if case .startFlow(offered, let orders, let slots) = command, orders.isEmpty || namesNone, let active = context.activeOrder {
                    return .startFlow(offered, orders: [active], slots: slots)
                }
                return command
            }
            // "what does restoring do?", "how long would a refund take?": a question leaves the offer open: answered, or
            // the offer explained, then asked again. Only a request of its own, a refusal or a change drops it.
            let asks = Words.looksLikeQuestion(line.text) || Words.asksSomething(line.text)
            // "I don't want to write to them, other options?", "no message and no dispute, only tell me if I can refuse it":
            // the offer is turned down, and what else the rules allow is said again (the refusal's ways forward).
            if !declinedGoals(line.text).isEmpty, next.placesNothing {
                out.add(.cancelFlow, "the offer is turned down")
                if context.hasRefusal, asks || Words(line.text).containsAny(["tell me", "options", "what else", "what can i do", "alternatives"]) {
                    out.add(.explainRefusal, "what else the rules allow, asked for with the no")
                }
                break
            }
            if asks, next.commands.allSatisfy(Self.answersOrNothing) {
                // "well what do I do then?" after a refusal: what else the rules allow, then the offer again.
                if next.placesNothing, context.hasRefusal, Self.asksWhatToDo(Words(line.text)) {
                    out.add(.explainRefusal, "what else the rules allow, asked at the offer")
                } else if next.placesNothing { out.add(.repeatQuestion, "a question at the offer: the offer explained and asked again") }
                else { out.add(next) }
                break
            }
            out.add(.cancelFlow, "the offer is not taken up as it stands")
            out.add(next)
        case .nothing:
            break
        }
        return out
    }
}
