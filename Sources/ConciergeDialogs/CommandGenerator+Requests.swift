import Foundation
import ConciergeDomain
import ConciergeUnderstanding

extension CommandGenerator {
    /// Requests and questions when no flow waits (or a new request in a flow): one group per request, in order;
    /// clauses that only add details ("it was sent on 3 october") join the request they belong to.
    func requests(_ clauses: [UnderstoodClause], whole: UnderstoodClause) -> GeneratedCommands {
        var out = GeneratedCommands()
        // "two things: 1) cancel … 2) delete …": the announcement is no request of its own.
        let announced = clauses.filter { !Self.announcesRequests($0.text) }
        let clauses = clauses.count > 1 && !announced.isEmpty ? announced : clauses
        let c = whole.classification
        if let money = moneyAfterRefusal(whole) { return money }
        if context.hasRefusal, Self.asksAboutRefusal(Words(whole.text)) {
            out.add(.explainRefusal, "a question about the refusal just given")
            return out
        }
        // "ok danke, and the earbuds?": an acknowledgement opening a follow-up is not a yes.
        if context.expecting == .nothing, whole.reply == .affirm, Self.withoutAcknowledgement(whole.text) != whole.text,
           let followUp = followUp(whole) { return followUp }
        if let again = sameRequestOtherOrder(whole) ?? sameAgainForAnotherOrder(whole) { return again }
        // "no offense but can I talk to a real person? it's about the bookends dispute": a person asked for, whatever it is about.
        if Self.asksForAPerson(Words(whole.text)) {
            out.add(.handoff, "a person asked for in the buyer's words")
            return out
        }
        if context.expecting == .nothing, let reply = whole.reply, !Words(whole.text).contains("why"),
           Words(whole.text).count <= 3 || !Self.soundsLikeRequest(Self.withoutLeadingReply(whole.text)), whole.entities.orderNumbers.isEmpty, !isSocial(whole),
           reply == .stop || c.isOutOfScope || c.confidence < Self.switchConfidence || whole.text.count <= 12 {
            switch reply {
            case .choice(let n) where context.lastListed.indices.contains(n - 1):
                out.add(.startFlow(.orderStatus, orders: [context.lastListed[n - 1]], slots: []), "a number from the list just shown")
            case .affirm: out.add(.confirm(true), "a yes with nothing pending")
            case .deny: out.add(.confirm(false), "a no with nothing pending")
            case .stop: out.add(.cancelFlow, "stop with nothing in progress")
            case .choice(let n):
                out.add(.notUnderstood(hint: "\(n) on its own doesn't tell me much. If it's an order, give me the full order number, or type /orders to see your orders."),
                        "a bare number with no list shown")
            }
            return out
        }
        if let number = isBareOrderNumber(whole) ? whole.entities.orderNumbers.first : Self.asksToShowOrder(whole) {
            out.add(.startFlow(.orderStatus, orders: [number], slots: []), "an order number on its own")
            return out
        }
        if context.hasRefusal, Self.asksAboutRefusal(Words(whole.text)) {
            out.add(.explainRefusal, "a question about the refusal just given")
            return out
        }
        // "how is the case with the lantern going?" read as a dispute to open: the buyer asks where theirs stands.
        if goal(for: whole) == .openDispute, !Words(whole.text).containsAny(["open", "start", "file", "raise", "new dispute", "another dispute", "submit", "report", "make",
                                                                              "where do i"]),
           let id = ownDisputeAsked(whole, named: mentions(whole).meant.onlyOne) {
            out.add(.startFlow(.orderStatus, orders: [id], slots: []), "a question about the buyer's own dispute: that order's status")
            return out
        }
        // "and the 54 goes back to my card?", "will I get the whole 189 dollars back?": before a follow-up or the order's deadlines;
        // not where another clause asks for an action outright ("confirm receipt of the tripod and tell me, if I cancel…"),
        // which the requests below do, the question with them.
        let actionElsewhere = clauses.count > 1 && clauses.contains { explicitGoal($0.text) != nil && !Self.asksIfTheActionWere(Words($0.text)) }
        if !actionElsewhere, let money = refundElsewhere(whole) ?? moneyBackQuestion(whole) { return money }
        if let followUp = followUp(whole) ?? sellerTimeQuestion(whole) ?? timeQuestion(whole) ?? confirmedByMistake(whole) ?? problemWithAnOrder(whole)
            ?? whatIfAboutAnOrder(whole) { return followUp }
        let declined = declinedGoals(whole.text)
        // "no I don't want to cancel them!! how long do I have to pay?": a clause that only says what the buyer does
        // not want is no request; the rest of the line is read without it.
        let wholeDeclined = goal(for: whole).map { declined.contains($0) && wantedInstead(whole, declined: declined) == nil } ?? c.isOutOfScope
        let kept = clauses.count > 1 && wholeDeclined ? clauses.filter { !onlyDeclines($0, declined) } : []
        let withoutRefusal = !kept.isEmpty && kept.count < clauses.count
        let groups = group(withoutRefusal ? kept : clauses.count > 1 ? clauses : [whole])
        // What the whole line says it does not mean holds for every request in it ("cancel the speaker… no, the lamp").
        let lineNegative = groups.count > 1 ? mentions(whole).negative : []
        // The order a dropped refusal named is still the one the rest is about ("i dont want to cancel the clock!! when does it ship").
        var lineOrder: OrderID? = withoutRefusal ? mentions(whole).meant.onlyOne : nil
        for group in groups {
            // One request in the line: the whole line, understood at once, says it best.
            let request = groups.count == 1 && !withoutRefusal ? wholeWithGoal(whole, group) : UnderstoodClause.merged(group)
            out.add(self.request(request, declined: declined, excluded: lineNegative, lineOrder: &lineOrder))
        }
        if out.commands.isEmpty { out.add(.notUnderstood(hint: nil), "nothing the line asks for remains") }
        // "cancel the earbuds and tell the seller why: i already have a pair": the reason is in the line.
        if groups.count > 1, let reason = whole.entities.cancellationReason ?? OptionMatcher.reasonInPassing(whole.text),
           let (index, orders, slots) = onlyCancelWithoutReason(out.commands), reasonBelongs(to: orders, out.commands, clauses) {
            out.commands[index] = .startFlow(.cancelOrder, orders: orders, slots: slots + [.cancellationReason(reason, note: nil)])
        }
        dropDisputeBesideReceipt(&out, whole)
        answeringQuestionsFirst(&out, whole)
        return out
    }

    /// "the picture frame arrived and looks good, please confirm it": receipt confirmed in the same line as a dispute on the same order,
    /// with nothing wrong named, is no dispute (the two cannot both be meant; only the dispute would be a misreading).
    private func dropDisputeBesideReceipt(_ out: inout GeneratedCommands, _ whole: UnderstoodClause) {
        let confirmed = Set(out.commands.flatMap { command -> [OrderID] in
            if case .startFlow(.confirmReceipt, let orders, _) = command { orders } else { [] }
        })
        guard !confirmed.isEmpty, whole.entities.disputeReason == nil, OptionMatcher.disputeReason(whole.text) == nil,
              !Words(whole.text).containsAny(["dispute", "complaint", "complain", "refund", "problem", "wrong", "broken", "damaged"]) else { return }
        for index in out.commands.indices.reversed() {
            guard case .startFlow(.openDispute, let orders, _) = out.commands[index], !orders.isEmpty, orders.allSatisfy(confirmed.contains) else { continue }
            out.commands.remove(at: index)
            out.reasons.remove(at: index)
        }
    }

    /// The whole line, unless it reads as no request while its main clause does ("…, please cancel").
    private func wholeWithGoal(_ whole: UnderstoodClause, _ group: [UnderstoodClause]) -> UnderstoodClause {
        // "i dont want to wait, thats too much. just send a message to the seller…": where the whole line is torn
        // between two intents, a clause led by its own verb says which, and leads the request.
        if whole.classification.isAmbiguous, group.count > 1, explicitGoal(whole.text) == nil,
           let led = group.firstIndex(where: { explicitGoal($0.text) != nil }) {
            var reordered = group
            reordered.insert(reordered.remove(at: led), at: 0)
            return UnderstoodClause.merged(reordered)
        }
        if goal(for: whole) != nil || answerTopic(whole) != nil || group.count == 1 { return whole }
        var main = UnderstoodClause.merged(group)
        main.text = whole.text
        main.entities = whole.entities
        return main
    }

    /// One request or question.
    /// Long because the goal, its refinement, the orders named and the slots are decided together for one request.
    private func request(_ clause: UnderstoodClause, declined: Set<DialogGoal>, excluded: Set<OrderID> = [],
                         lineOrder: inout OrderID?) -> GeneratedCommands {
        var out = GeneratedCommands()
        let c = clause.classification
        var found = mentions(clause)
        // "write to the seller of the grinder that I want black, not the silver": the message's words turn down no order.
        if let head = Self.beforeMessageBody(clause.text), goal(for: clause) == .messageSeller { found.negative = mentions(head).negative }
        found.negative.formUnion(excluded)
        if !excluded.isEmpty, found.meant.isEmpty, !found.positive.isEmpty || !found.negative.isEmpty {
            return out   // only about orders the line said it does not mean: no request of its own
        }
        // "cancel the walnut bread, I paid by card. our neighbour bakes bread too": an order whose title words in the clause
        // all belong to another order named there by more of its words (reached through "bread" in another sentence, or
        // through how it was paid) is the story around that order, not a request of its own.
        let echoes = echoedOrders(found.meant, in: clause.text)
        if !echoes.isEmpty { found.negative.formUnion(echoes) }
        var orders = found.meant
        // "cancel the mug set … and write to Maple Home Goods: …": the order this line already named, among the seller's.
        if orders.count > 1, let named = lineOrder, orders.contains(named) { orders = [named] }
        // "ask the seller of the candle to wrap it" right after a turn about the fig candle: of the orders the words fit,
        // the one just talked about. Not when the buyer means several ("both", "all", "every") or another one ("the other
        // candle", "a different one", "not that one"): then the flow asks which.
        if orders.count > 1, found.positive.count == 1, let last = context.lastOrderID, orders.contains(last),
           !Words(clause.text).containsAny(Self.notTheLastOne) {
            orders = [last]
        }
        // "my Tea & Tin order that's still on its way": of the orders the words fit, those in the state the buyer describes.
        if orders.count > 1, found.positive.count <= 1 { orders = narrowedByDescribedState(orders, Words(clause.text)) }
        if orders.isEmpty, let other = otherOne(clause.text) { orders = [other] }
        // "confirm it then" while the buyer is asked which of a list of orders: "it" is among those listed, not an older order.
        if orders.isEmpty, found.pointsBack, lineOrder == nil, let open = pointedAmongListed(goal(for: clause)) { orders = open }
        if orders.isEmpty, found.pointsBack, let back = lineOrder ?? context.activeOrder ?? context.lastOrderID { orders = [back] }
        if orders.isEmpty, let unknown = found.unknownNumbers.first { orders = [unknown] }
        // "confirm it and then delete the order from my list": a later request naming no order is about the one the line named.
        // "tell the seller: …" naming no order or seller, after talking about an order: that order's seller.
        if orders.isEmpty, found.isEmpty, lineOrder == nil, let last = context.lastOrderID, goal(for: clause) == .messageSeller,
           Words(Self.beforeContent(clause.text)).containsAny(["the seller", "him", "her", "them", "seller"]) {
            orders = [last]
        }
        if orders.isEmpty, found.isEmpty, let named = lineOrder, let action = goal(for: clause), action != .orderStatus, action != .refundStatus,
           answerTopic(clause) == nil {
            orders = [named]
        }
        // "ok confirm receipt then": a request that follows on from the last turn is about the order it was about.
        if orders.isEmpty, found.isEmpty, let last = context.lastOrderID, Self.followsOn(clause.text) { orders = [last] }

        // "how long does the seller have to answer?": a question about time is answered, for the order it is about;
        // it starts nothing, whatever action its words are near.
        // "the tea set, if I cancel it, same thing?": the action supposed anywhere in a question, not only at its start.
        // "can I get it back out of deleted orders later if I need the invoice?": whether it stays possible, not a request now.
        let supposed = Words.looksLikeQuestion(clause.text) && (Self.asksIfTheActionWere(Words(clause.text)) || Self.asksIfPossibleLater(Words(clause.text)))
        if let asked = goal(for: clause), asked != .orderStatus, asked != .refundStatus, Self.asksWhatWouldHappen(clause.text) || supposed {
            // "if I cancel the lamp, where does my money go?": where that order's money would go, from its payment; "same
            // thing?" right after a refund was shown asks the same of this order.
            if let order = orders.first, Words(clause.text).containsAny(Self.moneyWords + Self.moneyPlaces)
                || context.lastGoal == .refundStatus && Words(clause.text).containsAny(["same", "too", "also", "as well"])
                || asked == .cancelOrder && Words(clause.text).containsAny(["same thing", "the same", "same for", "same with", "same there"]) {
                out.add(.startFlow(.refundStatus, orders: [order], slots: []), "a question about where an order's money would go")
            } else if let topic = answerTopic(clause) {
                out.add(.answer(topic: topic, order: orders.first), "a question about time with a written answer")
            } else if let order = orders.first ?? context.activeOrder ?? context.lastOrderID {
                out.add(.startFlow(.orderStatus, orders: [order], slots: []), "a question about time: the order's status and deadlines")
            }
            if !out.commands.isEmpty { return out }
        }
        let whereIs = statusQuestion(clause)
        // "the wall clock from 1 october, finished since 20 october, please delete it": an action led by its verb after a
        // comma, where the classifier reads nothing it knows.
        let trailing = isConfident(c) && goal(for: clause) != nil ? nil : Self.trailingVerbGoal(clause.text) ?? Self.trailingRemoval(clause.text)
        // "I want my money back for the one that was 25 dollars" where the classifier hears nothing it knows: money back
        // asked for orders that have not shipped is their cancellation.
        let moneyBack: DialogGoal? = moneyBackMeansCancel(clause, orders: orders) ? .cancelOrder : nil
        if var goal = whereIs ?? (isConfident(c) ? goal(for: clause) ?? trailing : trailing ?? goal(for: clause)) ?? moneyBack {
            let read = goal
            if declined.contains(goal) {
                // "I don't want a dispute, just ask the seller…": what they do want, if the line says it.
                guard let wanted = wantedInstead(clause, declined: declined) else {
                    out.add(.notUnderstood(hint: nil), "the buyer said they do not want to \(goal.verbPhrase) the order")
                    return out
                }
                goal = wanted
            }
            goal = refine(goal, clause, orders: orders)
            // Refined by the orders' state from the buyer's own word ("refund" of an order not shipped): nothing to ask.
            let reread = goal != read && goal == .cancelOrder
            if orders.isEmpty, found.isEmpty, let focus = inFocus(for: goal, clause) { orders = [focus] }
            // "I deleted it forever, can you restore it?": what permanent deletion means, when no order it names is left.
            // "can you unarchive my star projector order": nothing in deleted orders, and no order the words name is left.
            // "I remember deleting it for ever when I tidied up": a permanent deletion told, not asked for.
            if goal == .restoreOrder || Self.tellsPermanentDeletionDone(Words(clause.text)),
               Self.saysPermanently(clause.text) || orders.isEmpty && !context.orders.contains(where: { $0.deletion == .deleted }),
               context.answerTopics.contains("delete_permanently"),
               orders.allSatisfy({ id in !context.orders.contains { $0.id == id } }) {
                out.add(.answer(topic: "delete_permanently", order: nil), "restoring a permanently deleted order")
                return out
            }
            if c.isAmbiguous, explicitGoal(clause.text) == nil, whereIs == nil, !reread, moneyBack == nil,
               let second = c.alternatives.first?.intent,
               !Self.smallTalk.contains(c.intent), !Self.smallTalk.contains(second) {
                // The order named decides when the rules allow only one of the two on it.
                var alternative = clause
                alternative.classification.intent = second
                alternative.classification.detail = nil
                let allowed = [goal, self.goal(for: alternative)].compactMap { $0 }.filter { candidate in
                    orders.count == 1 && context.orders.first { $0.id == orders[0] }.map { order in
                        OrderPicker().allows(candidate, order, FlowContext(orders: context.orders, deletedOrders: [], sellers: [:], now: context.now))
                    } == true
                }
                // "no no i dont want to cancel the clock!! i only want to know when it ships": an option the buyer
                // turned down in this line is not offered back.
                let secondTurnedDown = self.goal(for: alternative).map(declined.contains) ?? false
                // "not a refund, i want it cancelled": the top reading turned down, the request the buyer does want already
                // stands in its place; nor is there anything to ask when both readings lead to the same request.
                let firstTurnedDown = self.goal(for: clause).map(declined.contains) ?? false
                if !secondTurnedDown, !firstTurnedDown, self.goal(for: alternative) != goal {
                    let pair = Set([goal, self.goal(for: alternative)].compactMap { $0 })
                    if allowed.count == 1 {
                        goal = allowed[0]
                    } else if let asked = moneyBackSettles(pair, clause) {
                        goal = asked
                    } else {
                        out.add(.clarify([c.intent, second]), "two intents too close to call")
                        return out
                    }
                }
            }
            // "delete the phone case, no wait, not the phone case": with no order named, the only order the request fits
            // would be proposed, and it is the one the buyer just turned down. Ask which instead.
            if orders.isEmpty, !found.negative.isEmpty, goal != .restoreOrder,
               case .proposed(let only) = OrderPicker().pick(for: goal, candidates: [], FlowContext(orders: context.orders, deletedOrders: [],
                                                                                                   sellers: context.sellers, now: context.now)),
               found.negative.contains(only.id) {
                out.add(.notUnderstood(hint: "You said not order #\(only.id) (\(TerminalText.sanitize(only.shortTitle))), and it is the only one I could "
                                           + "\(goal.verbPhrase). Which order do you mean? Tell me its item or its order number."),
                        "the only order that fits is the one turned down")
                return out
            }
            lineOrder = orders.first ?? lineOrder
            var separate = found.positive.filter { $0.count == 1 }.flatMap { $0 }.filter { !found.negative.contains($0) }
            // "cancel both speakers": every order the words fit that the rules allow, each its own request.
            if separate.isEmpty, found.positive.count == 1, Words(clause.text).containsAny(["both", "all", "all the", "all my", "each"]) {
                let flowContext = FlowContext(orders: context.orders, deletedOrders: [], sellers: context.sellers, now: context.now)
                separate = found.positive[0].filter { id in context.orders.first { $0.id == id }.map { OrderPicker().allows(goal, $0, flowContext) } ?? false }
                if separate.count > 1 { orders = separate }
            }
            // "can i get refunds on both the boots and the jacket": money back for each order named, none shipped.
            if goal == .openDispute || goal == .refundStatus, separate.count > 1, moneyBackMeansCancel(clause, orders: separate) { goal = .cancelOrder }
            let slots = slotValues(clause, for: goal, firstLine: true, order: orders.count == 1 ? orders[0] : nil)
            if goal != .orderStatus, goal != .refundStatus, separate.count > 1, separate.count == orders.count {
                for id in separate { out.add(.startFlow(goal, orders: [id], slots: slots), "one request per order named") }
            } else {
                out.add(.startFlow(goal, orders: orders, slots: slots), "intent \(c.intent) \(c.confidence.twoDecimals)")
            }
            return out
        }
        // "what happened to my earbuds order?": a status question about a named order is that order's status.
        if ["order_status", "refund_status"].contains(c.intent), let detail = c.detail, !Self.actionDetails.contains(detail), !orders.isEmpty {
            out.add(.startFlow(c.intent == "order_status" ? .orderStatus : .refundStatus, orders: orders, slots: []), "a question about a named order")
            return out
        }
        switch c.intent {
        case "list_orders":
            out.add(.listOrders(Self.filter(clause.text)), "a list of orders asked for")
        case "human_agent":
            out.add(.handoff, "a human asked for")
        case "greet", "thanks", "goodbye":
            if let misread = misreadSmallTalk(clause) { out.add(misread) } else { out.add(.chitchat(c.intent), "small talk") }
        default:
            if let topic = answerTopic(clause) {
                // "and what happens when the time is up?" about a paid order is not about an unpaid order's fate: that
                // order's deadlines and what follows them (unless the buyer asks about paying).
                if topic == "dispute_timeline", let id = ownDisputeAsked(clause, named: orders.first ?? lineOrder) {
                    // "what's happening with my dispute?", "how is the dispute going": where the buyer's own dispute
                    // stands is that order's status (opened when, asking what, the outcome's window), not disputes in general.
                    out.add(.startFlow(.orderStatus, orders: [id], slots: []), "a question about the buyer's own dispute: that order's status")
                } else if topic == "unpaid_order_fate", let id = orders.first ?? lineOrder ?? context.lastOrderID,
                   let order = context.orders.first(where: { $0.id == id }), order.status != .awaitingPayment, order.deletion == .none,
                   !Words(clause.text).containsAny(["pay", "paid", "paying", "payment", "unpaid"]) {
                    out.add(.startFlow(.orderStatus, orders: [id], slots: []), "what happens next to a paid order: its status and deadlines")
                } else {
                    out.add(.answer(topic: topic, order: orders.first), "a question with a written answer")
                }
            } else if c.isOutOfScope || c.confidence < 0.3, let asked = questionAboutNamedOrder(clause) {
                out.add(asked)
            } else if c.isOutOfScope || c.confidence < 0.3 {
                out.add(.notUnderstood(hint: nil), "out of scope")
            } else {
                out.add(.notUnderstood(hint: nil), "no flow or answer for \(c.intent)")
            }
        }
        return out
    }

    /// The orders of the choice the active flow waits for that `goal` fits (all of them when none or every one does), or nil
    /// when no choice of orders is open.
    private func pointedAmongListed(_ goal: DialogGoal?) -> [OrderID]? {
        guard case .order(let listed) = context.expecting, !listed.isEmpty else { return nil }
        guard let goal else { return listed }
        let flowContext = FlowContext(orders: context.orders, deletedOrders: [], sellers: context.sellers, now: context.now)
        let fitting = listed.filter { id in context.orders.first { $0.id == id }.map { OrderPicker().allows(goal, $0, flowContext) } ?? false }
        return fitting.isEmpty ? listed : fitting
    }

    /// Words by which a line means several orders, or another than the one just talked about.
    static let notTheLastOne = ["both", "all", "each", "every", "orders", "which", "any", "other", "another", "second", "different",
                                "else", "new one", "newer", "older", "old one", "first one", "not that", "not this", "not the", "not my",
                                "dont mean", "didnt mean", "wrong one"]
}

extension Array {
    /// The element of a one-element array.
    var onlyOne: Element? { count == 1 ? first : nil }
}
