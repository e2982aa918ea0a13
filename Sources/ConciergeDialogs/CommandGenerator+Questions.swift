import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Questions read from their words when the classifier misreads them: follow-ups about another order, questions about
/// time, where an order or its money is, and a receipt confirmed by mistake.
extension CommandGenerator {
    /// "and 7300000063?", "and the one from 9 november?", "what about the earbuds?": a short line that names another order and
    /// asks nothing of its own asks what was just asked, about that order (its status, unless the last turn was about a refund;
    /// the same action when it was one and the line says "same for" or "also").
    func followUp(_ line: UnderstoodClause) -> GeneratedCommands? {
        // "ok and the lamp?", "thanks, what about the scarf?": the acknowledgement of the last answer opens the follow-up.
        let rest = Self.withoutAcknowledgement(line.text)
        let words = Words(rest)
        // "ok and the webcam, delete that one": after an acknowledgement, a verb of its own makes it a request.
        if rest != line.text, words.tokens.contains(where: Self.actionVerbs.contains) { return nil }
        // "the notebooks too please", "and the mug as well": the same, said after the order.
        let trailing = ["too", "as well", "also"].contains { phrase in
            words.tokens.suffix(3).joined(separator: " ").hasSuffix(phrase) || words.tokens.dropLast().suffix(2).joined(separator: " ").hasSuffix(phrase)
        }
        guard context.expecting == .nothing, words.count <= 9, explicitGoal(line.text) == nil,
              trailing || ["and", "what about", "how about", "also", "same for", "and what about", "now"].contains(where: { words.index(of: $0) == 0 })
        else { return nil }
        let found = mentions(line)
        let named = found.meant.isEmpty ? found.unknownNumbers : found.meant
        guard named.count == 1 else { return nil }
        let own = goal(for: line)
        // "and the headphone stand?": nothing but the order named, whatever the classifier makes of the item's words.
        // The words of the order's own title count as naming it ("kk and the mug set??").
        let titleWords = named.compactMap { id in context.orders.first { $0.id == id } }.flatMap { Words($0.shortTitle).tokens }
        let naming = namingWords(line).union(["and", "what", "about", "how", "also", "the", "one", "order", "my", "same", "for", "now", "then",
                                              "too", "as", "well"])
            .union(Self.followUpOpeners).union(Self.acknowledgements).union(titleWords)
        let bare = words.tokens.allSatisfy(naming.contains)
        guard bare || own == nil || own == .orderStatus || own == .refundStatus || !isConfident(line.classification) else { return nil }
        let shipping = words.containsAny(["ship", "shipped", "shipping", "arrive", "deliver", "delivered", "tracking", "sent", "status"])
        let ownStatus = own == .orderStatus || own == .refundStatus ? own : nil
        let statusAsked = statusQuestion(line) ?? (shipping ? .orderStatus : nil) ?? ownStatus
        var out = GeneratedCommands()
        // "same for the lamp", "also the scarf" right after an action: the same action for that order (its flow still
        // asks before anything is written).
        if statusAsked == nil, let last = context.lastGoal, last.action != nil,
           trailing || ["same for", "also", "and also", "and the same for", "and same for"].contains(where: { words.index(of: $0) == 0 }) {
            out.add(.startFlow(last, orders: named, slots: []), "the same action as the last one, for another order")
            return out
        }
        let asked: DialogGoal = statusAsked ?? (context.lastGoal == .refundStatus ? .refundStatus : .orderStatus)
        out.add(.startFlow(asked, orders: named, slots: []), "a follow-up question about another order")
        return out
    }

    /// "how many days until i get an answer?", "until when they must ship it", "when should i worry about the money": a question
    /// about time the catalog has no answer for is answered from the status and deadlines of the order in question (the one
    /// named, else the one in progress, else the last one talked about). Nil when the line asks for an action or a written answer.
    func timeQuestion(_ line: UnderstoodClause) -> GeneratedCommands? {
        // A written answer about time ("how long does a dispute take") is better than the status; any other is a misreading.
        guard Self.asksAboutTime(line.text), explicitGoal(line.text) == nil, !Self.timeTopics.contains(answerTopic(line) ?? "") else { return nil }
        let own = goal(for: line)
        guard own == nil || own == .orderStatus || own == .refundStatus || !isConfident(line.classification) else { return nil }
        let found = mentions(line)
        guard let order = found.meant.onlyOne ?? (found.meant.isEmpty ? context.activeOrder ?? context.lastOrderID : nil) else { return nil }
        let money = Words(line.text).containsAny(Self.moneyWords + ["bank", "statement", "card"])
        var out = GeneratedCommands()
        out.add(.startFlow(money ? .refundStatus : .orderStatus, orders: [order], slots: []), "a question about time: the order's status and deadlines")
        return out
    }

    /// "how long will the seller take to answer?", "how many days do they have?": a question about the seller's own deadline
    /// (to answer a cancellation, to ship) is about the order of the conversation, whatever topic the classifier hears in it:
    /// its status says the deadline. At a summary, what a yes leads to says it.
    func sellerTimeQuestion(_ line: UnderstoodClause) -> GeneratedCommands? {
        let words = Words(line.text)
        guard Self.asksAboutTime(line.text) || words.containsAny(["how many day", "how much day"]), explicitGoal(line.text) == nil,
              words.containsAny(["seller", "they", "he", "she", "them", "him", "shop"]),
              words.tokens.contains(where: { ["answer", "answers", "reply", "replies", "respond", "responds", "accept", "accepts", "decide",
                                              "have", "has", "ship", "ships", "send", "sends", "take", "takes"].contains($0) }),
              // "how many days do I have to pay them?" is the buyer's own deadline.
              !words.containsAny(["dispute", "refund", "money", "pay", "i have", "do i", "i must", "i need", "can i", "i get"]) else { return nil }
        let found = mentions(line)
        var out = GeneratedCommands()
        if case .confirmation = context.expecting, found.meant.allSatisfy({ $0 == context.activeOrder }),
           context.activeGoal == .cancelOrder || context.activeGoal == .messageSeller {
            out.add(.repeatQuestion, "a question about the seller's time at the summary: what a yes leads to")
            return out
        }
        guard let order = found.meant.onlyOne ?? (found.meant.isEmpty ? context.activeOrder ?? context.lastOrderID : nil) else { return nil }
        out.add(.startFlow(.orderStatus, orders: [order], slots: []), "a question about the seller's deadline: the order's status says it")
        return out
    }

    /// "the lamp from lumen home is much smaller than in the photos": a fault told about one of the buyer's orders, in which
    /// the classifier finds no request. A dispute is what the platform has for it, so the dispute starts with what went
    /// wrong (nothing is written before its summary and a yes). Not for a parcel still on its way, nor for a question.
    func problemWithAnOrder(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.expecting == .nothing, line.classification.isOutOfScope || line.classification.confidence < 0.5,
              !Words.asksSomething(line.text), explicitGoal(line.text) == nil, declinedGoals(line.text).isEmpty,
              !Words(line.text).tokens.contains(where: Self.actionVerbs.contains),
              let reason = OptionMatcher.disputeReason(line.text), reason != .notReceived, reason != .sellerRefusedCancellation,
              let order = mentions(line).meant.onlyOne,
              let status = context.orders.first(where: { $0.id == order })?.status, [.delivered, .completed, .shipped].contains(status)
        else { return nil }
        var out = GeneratedCommands()
        let details = slotValues(line, for: .openDispute, firstLine: true, order: order).filter { if case .disputeReason = $0 { false } else { true } }
        out.add(.startFlow(.openDispute, orders: [order], slots: [.disputeReason(reason)] + details),
                "a fault told about one order, with no request the classifier found: a dispute, asked step by step")
        return out
    }

    /// Verbs that ask for an action of their own: a line holding one is a request, not a fault told.
    static let actionVerbs: Set<String> = ["cancel", "delete", "remove", "restore", "message", "write", "contact", "open", "dispute", "confirm",
                                           "refund", "return", "track", "show", "list"]

    /// "how long will this take?" in the middle of a dispute: how long disputes take, not the order's deadlines.
    func disputeTimeQuestion(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.activeGoal == .openDispute, context.answerTopics.contains("dispute_timeline"), Self.asksAboutTime(line.text),
              Words.asksSomething(line.text), explicitGoal(line.text) == nil,
              mentions(line.text).meant.allSatisfy({ $0 == context.activeOrder }) else { return nil }
        var out = GeneratedCommands()
        out.add(.answer(topic: "dispute_timeline", order: context.activeOrder), "a question about time in the middle of a dispute")
        return out
    }

    /// "so when do I get my money then?" right after a refusal: where that order's money stands, not the refusal again.
    func moneyAfterRefusal(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.hasRefusal, let last = context.lastOrderID else { return nil }
        let words = Words(line.text)
        // "why not? I paid this morning" asks about the refusal: paying is not the money asked after.
        let own = goal(for: line)
        guard explicitGoal(line.text) == nil, !words.contains("why"),
              Words.looksLikeQuestion(line.text), own == nil || own == .refundStatus || own == .orderStatus || own == .cancelPayment,
              words.containsAny(Self.moneyWords + ["charged", "charge"]),
              mentions(line).meant.allSatisfy({ $0 == last }) else { return nil }
        var out = GeneratedCommands()
        out.add(.startFlow(.refundStatus, orders: [last], slots: []), "a question about the money of the order just refused")
        return out
    }

    /// A line read as a greeting, thanks or goodbye that says none of them ("and if it doesn't ship today?", "so the 20 dollars
    /// are just gone??"): a question about the order talked about last, its money when the line speaks of money; else not understood.
    /// Nil when the line does sound social.
    func misreadSmallTalk(_ clause: UnderstoodClause) -> GeneratedCommands? {
        let words = Words(clause.text)
        let strong = ["hi", "hello", "hey", "thanks", "thank", "thx", "ty", "cheers", "bye", "goodbye", "cya", "ciao", "appreciate"]
        let weak = ["great", "perfect", "awesome", "nice", "good", "ok", "okay", "done", "all", "else", "later", "fine", "cool"]
        let question = Words.looksLikeQuestion(clause.text)
        let figures = clause.text.contains { $0.isNumber }
        if words.containsAny(strong) || (!question && !figures && words.containsAny(weak)) { return nil }
        var out = GeneratedCommands()
        // "ok and what's with the tent": the order the line names, before the one talked about last.
        guard question || figures, let last = (question ? namedInQuestion(clause) : nil) ?? context.lastOrderID else {
            if question { out.add(.notUnderstood(hint: nil), "read as small talk, but a question with no order to ask about") }
            return question ? out : nil
        }
        let money = words.containsAny(Self.moneyWords + ["bank", "statement", "card", "lost", "charged", "back"]) || !clause.entities.amounts.isEmpty
            || context.lastGoal == .refundStatus
        out.add(.startFlow(money ? .refundStatus : .orderStatus, orders: [last], slots: []),
                "read as small talk, but no word of it: a question about the last order")
        return out
    }

    /// "I confirmed receipt of the lamp by mistake and it is broken, can I still cancel?": what confirming means and what is
    /// still possible, for that order; it starts nothing, whatever the problem it mentions, unless the line asks for an action.
    func confirmedByMistake(_ line: UnderstoodClause) -> GeneratedCommands? {
        // What a message to the seller says ("message: I confirmed receipt by mistake …") is the seller's to read.
        let words = Words(Self.beforeContent(line.text))
        // "I press the green button by mistake, now it say finished": the button described, not named, for a completed order.
        let saysConfirm = words.tokens.contains(where: { $0.hasPrefix("confirm") })
        let pressedAButton = words.contains("button") && words.tokens.contains(where: ["press", "pressed", "click", "clicked", "tap", "tapped", "hit"].contains)
        guard context.answerTopics.contains("confirm_receipt"), Self.verbLedGoal(line.text) == nil,
              saysConfirm || pressedAButton, words.containsAny(Self.byMistake),
              !words.containsAny(["open a dispute", "open dispute", "start a dispute", "open the dispute", "write to", "message the", "tell the seller"]) else { return nil }
        let found = mentions(line)
        let order = found.meant.onlyOne ?? (found.meant.isEmpty ? context.lastOrderID : nil)
        if !saysConfirm, context.orders.first(where: { $0.id == order })?.status != .completed { return nil }
        var out = GeneratedCommands()
        // "can I still cancel?" about a completed order: the cancel is refused with its reason and what remains possible.
        if let order, words.tokens.contains(where: { $0.hasPrefix("cancel") }), context.orders.first(where: { $0.id == order })?.status == .completed {
            out.add(.startFlow(.cancelOrder, orders: [order], slots: []), "a cancel asked for an order whose receipt was confirmed")
            return out
        }
        out.add(.answer(topic: Self.confirmedByMistakeTopic, order: order), "receipt confirmed by mistake: what remains possible")
        return out
    }

    /// The answer to "I confirmed receipt by mistake", worded for the order's status by the session.
    public static let confirmedByMistakeTopic = "confirmed_by_mistake"

    static let byMistake = ["by mistake", "by accident", "accidentally", "accidently", "mistakenly", "by error", "wrongly", "too early", "too soon",
                            // "I pressed confirm receipt without looking properly", "I pressed the wrong button"
                            "without looking", "without thinking", "without checking", "without reading", "wrong button"]

    /// "where are the trail socks now", "the speaker is still coming right?", "where is my money for the bands": a question
    /// about where an order or its money is, whatever action the classifier reads near it; nil when the line names an action.
    func statusQuestion(_ clause: UnderstoodClause) -> DialogGoal? {
        let words = Words(clause.text)
        guard explicitGoal(clause.text) == nil, words.containsAny(Self.whereIsPhrases) || Self.asksStateOf(words) || Self.asksStateAfterTopic(clause.text),
              OptionMatcher.disputeReason(clause.text) == nil,
              declinedGoals(clause.text).isEmpty, !asksWhereSomethingElseIs(words) else { return nil }
        return words.containsAny(Self.moneyWords) ? .refundStatus : .orderStatus
    }

    /// "the one i paid a minute ago, is that going through ok?", "the lamp, has it shipped yet?": an order named first, then
    /// whether it is in a state, asked after the last comma about "it" or "that".
    static func asksStateAfterTopic(_ text: String) -> Bool {
        guard Words.looksLikeQuestion(text), let comma = text.lastIndex(of: ",") else { return false }
        let question = Words(String(text[text.index(after: comma)...]))
        let tokens = question.tokens
        return tokens.count >= 3 && tokens.count <= 8 && ["it", "that", "they", "this"].contains(tokens[1]) && asksStateOf(question)
    }

    /// "where is the cancel button?", "where are the settings": what follows "where is" is neither the buyer's own
    /// ("my …"), nor an order, an item of theirs, a parcel or money, so it asks about something else.
    func asksWhereSomethingElseIs(_ words: Words) -> Bool {
        let tokens = words.tokens
        guard let at = tokens.indices.first(where: { ["where", "wheres"].contains(tokens[$0]) }) else { return false }
        var next = at + 1
        if tokens[at] == "where", next < tokens.count, ["is", "are", "s"].contains(tokens[next]) { next += 1 }
        while next < tokens.count, ["the", "a", "an", "this", "that"].contains(tokens[next]) { next += 1 }
        guard next < tokens.count else { return false }
        let object = tokens[next]
        if ["my", "it", "they", "them", "our", "those", "these"].contains(object) || Self.orderNouns.contains(object)
            || object.allSatisfy(\.isNumber) || Self.moneyWords.contains(object) { return false }
        if resolver.titleWords.values.contains(where: { $0.contains(object) }) { return false }
        return true
    }

    /// Nouns that name an order or what happens to one, never an item of it ("the parcel", "my refund", "the status").
    static let orderNouns: Set<String> = ["order", "orders", "package", "packages", "parcel", "parcels", "item", "items", "stuff", "delivery",
                                          "shipment", "tracking", "purchase", "seller", "sellers", "answer", "reply", "cancellation", "return",
                                          "status", "update", "updates"]

    /// Words of money asked about ("where is my refund?", "when do I get my money back?").
    static let moneyWords = ["money", "refund", "refunded", "my euro", "my dollars", "paid back"]

    static let timeTopics: Set<String> = ["dispute_timeline", "refund_timing", "refund_not_on_statement", "unpaid_order_fate", "why_no_cancel_button"]

    /// The goal of a clause inside the text that opens with its own verb after a comma or stop ("…, please delete it").
    static func trailingVerbGoal(_ text: String) -> DialogGoal? {
        let words = Words(text)
        for index in words.tokens.indices.dropFirst() where words.breakBefore[index] {
            if let goal = verbLedGoal(words.tokens[index...].joined(separator: " ")) { return goal }
        }
        return nil
    }

    static let whereIsPhrases = ["where is", "where are", "wheres", "where my", "where it is", "where they are", "still coming",
                                 "what is with", "whats with", "whats up with", "whats going on with", "what is going on with",
                                 "what happened to", "what happened with", "whats happening with", "tell me about",
                                 "what happen with", "what happens with", "what happen to",
                                 // "did the seller answer my cancel for the wall clock already?"
                                 "did the seller answer", "did they answer", "did he answer", "did she answer", "did the seller reply",
                                 "did they reply", "did the seller respond", "did they respond", "answer my cancel", "answered my cancel",
                                 "answer already", "answered yet", "replied yet", "any answer from",
                                 "on its way", "on the way", "is it shipped", "has it shipped", "did it ship", "is it coming", "are they coming"]

    /// A question with a written answer in the catalog: the child intent, or the intent itself.
    func answerTopic(_ clause: UnderstoodClause) -> String? {
        let c = clause.classification
        guard !c.isOutOfScope, c.confidence >= 0.4 else { return nil }
        if let detail = c.detail, context.answerTopics.contains(detail), !Self.actionDetails.contains(detail) { return detail }
        if goal(for: clause) == nil, context.answerTopics.contains(c.intent), !Self.smallTalk.contains(c.intent) { return c.intent }
        return nil
    }

    /// Whether the line gives a value for the question the flow asked. Where options are asked, a statement that
    /// matches one by meaning answers it ("the lid came in pieces"), whatever topic the classifier hears in it.
    func slotAnswers(_ line: UnderstoodClause) -> Bool {
        let e = line.entities
        let statement = !Words.asksSomething(line.text)
        switch context.expecting {
        case .reason: return e.cancellationReason != nil || statement && OptionMatcher.reasonInPassing(line.text) != nil
        case .disputeReason: return e.disputeReason != nil || statement && OptionMatcher.disputeReason(Self.beforeContent(line.text)) != nil
        case .outcome: return e.disputeOutcome != nil || statement && OptionMatcher.outcome(line.text) != nil
        case .amount: return !e.amounts.isEmpty
        case .evidence: return !Self.fileNames(in: line.text).isEmpty
        default: return false
        }
    }
}

extension CommandGenerator {
    /// "hold on", "wait", "before that": a line that opens by putting the step aside.
    static func isInterruption(_ words: Words) -> Bool {
        words.containsAny(["hold on", "hang on", "wait", "before that", "one thing", "first"])
    }

    /// "ok merci", "thanks a lot", "cool thx": a line of acknowledgement words only.
    static func onlyAcknowledges(_ text: String) -> Bool {
        let tokens = Words(text).tokens
        let words = followUpOpeners.union(acknowledgements).union(["a", "lot", "so", "much", "very", "beaucoup", "danke", "schon", "muchas", "ok", "okay"])
        return !tokens.isEmpty && tokens.count <= 5 && tokens.allSatisfy(words.contains)
            && tokens.contains { acknowledgements.contains($0) || ["ok", "okay", "cool", "great"].contains($0) }
    }

    /// Words that acknowledge the last answer before the next question ("ok", "thanks", "cool").
    static let followUpOpeners: Set<String> = ["ok", "okay", "k", "kk", "thanks", "thank", "thx", "ty", "cool", "great", "alright",
                                                "right", "fine", "perfect", "nice", "good", "oh", "ah", "hmm", "got", "it", "you"]

    /// The line without the acknowledgement that opens it ("ok and the lamp?" -> "and the lamp?", "thank you. what about it?"
    /// -> "what about it?"). Only a run of acknowledgement words followed by more words is cut; "got" and "it" count only
    /// as "got it", "thank" only as "thank you".
    static func withoutAcknowledgement(_ text: String) -> String {
        let tokens = Words(text).tokens
        var cut = 0
        while cut < tokens.count {
            let word = tokens[cut]
            if word == "got", cut + 1 < tokens.count, tokens[cut + 1] == "it" { cut += 2; continue }
            if word == "thank", cut + 1 < tokens.count, tokens[cut + 1] == "you" { cut += 2; continue }
            if word == "got" || word == "it" || word == "thank" || word == "you" || !(followUpOpeners.contains(word) || acknowledgements.contains(word)) { break }
            cut += 1
        }
        guard cut > 0, cut < tokens.count else { return text }
        return tokens[cut...].joined(separator: " ")
    }
}

extension CommandGenerator {
    /// "ok then the earbuds after all", "i meant the bike lights not the lock", "the scarf then" right after a request ended
    /// (done, refused or dropped): the same request, for the order now named. After the acknowledgement that may open it
    /// ("ok", "thanks"), a short line of the order's words and words of correction only: never a question, never a verb of
    /// its own, never a word that says how the order is ("the lamp is fine then" starts nothing). The flow still asks before
    /// writing.
    func sameRequestOtherOrder(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.expecting == .nothing, let last = context.lastGoal, last.action != nil else { return nil }
        let words = Words(Self.withoutAcknowledgement(line.text))
        guard words.count <= 10, !line.text.contains("?"), explicitGoal(line.text) == nil,
              words.containsAny(["then", "after all", "i meant", "i mean", "meant", "instead", "keep the", "leave the"]) else { return nil }
        let found = mentions(line)
        // "the beanie one, keep the stickers": the order kept is the one the last request was about, not the one now meant.
        let kept = found.meant.filter { id in
            guard let title = resolver.titleWords[id] else { return false }
            return words.tokens.indices.contains { index in
                ["keep", "leave"].contains(words.tokens[index]) && words.tokens[(index + 1)...].prefix(3).contains(where: title.contains)
            }
        }
        guard let order = found.meant.filter({ !kept.contains($0) }).onlyOne, found.unknownNumbers.isEmpty else { return nil }
        let titles = ([order] + Array(found.negative) + kept).compactMap { id in context.orders.first { $0.id == id } }.flatMap { Words($0.shortTitle).tokens }
        let allowed = namingWords(line).union(titles)
            .union(["then", "after", "all", "i", "meant", "mean", "instead", "the", "one", "order", "my", "no", "not", "oh", "sorry", "actually",
                    "please", "pls", "so", "oops", "ah", "wait", "a", "of", "but", "keep", "leave", "it", "them", "that", "those"])
        guard words.tokens.allSatisfy(allowed.contains) else { return nil }
        var out = GeneratedCommands()
        out.add(.startFlow(last, orders: [order], slots: []), "the last request again, for the order now named")
        return out
    }
}

extension CommandGenerator {
    /// The order whose dispute a line asks after ("what is happening with my dispute for the pump?", "hows the dispute going",
    /// "any news on the dispute?"): the order named if it is in dispute, else the one last talked about if it is, else the
    /// buyer's only order in dispute. Nil for questions about disputes in general ("how long does a dispute take?").
    func ownDisputeAsked(_ clause: UnderstoodClause, named: OrderID?) -> OrderID? {
        let words = Words(clause.text)
        guard words.containsAny(["my dispute", "the dispute", "this dispute", "that dispute", "our dispute", "my case", "the case"]) else { return nil }
        // How disputes work ("how is the dispute decided?", "what happens if …", "where can I read the rules?") is the written answer.
        guard !words.containsAny(["what happens if", "what happens when", "how does", "how do", "how is the dispute decided", "how is a dispute",
                                  "rules", "process", "submit", "report", "where do i", "where can i"]) else { return nil }
        // Only words that ask where the buyer's own case stands: its status, news, "when will it be decided", "the result of my dispute".
        let status = words.containsAny(["happening", "going", "status", "news", "update", "updates", "progress", "whats with", "what is with",
                                        "any word"])
        let decided = words.contains("when") && words.containsAny(["decided", "decide", "closed", "over", "resolved"])
        let result = words.containsAny(["result of my", "outcome of my", "my dispute result", "my case result"])
        guard status || decided || result else { return nil }
        let inDispute = context.orders.filter { $0.status == .inDispute && $0.deletion == .none }
        if let named { return inDispute.contains { $0.id == named } ? named : nil }
        if let last = context.lastOrderID, inDispute.contains(where: { $0.id == last }) { return last }
        return inDispute.count == 1 ? inDispute[0].id : nil
    }
}
