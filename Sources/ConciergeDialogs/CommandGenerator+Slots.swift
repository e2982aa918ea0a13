import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// What a clause gives a request besides its goal: slot values, the orders it names, amounts, declined goals.
extension CommandGenerator {
    /// Slot values a line gives for a goal, besides the order.
    func slotValues(_ clause: UnderstoodClause, for goal: DialogGoal?, firstLine: Bool, order: OrderID? = nil) -> [SlotValue] {
        let e = clause.entities
        var values: [SlotValue] = []
        switch goal {
        case .cancelOrder?:
            // "cancel the candles, reason other: the seller asked for extra money outside the site".
            if firstLine, Words.range(of: "other:", caseInsensitiveIn: clause.text) != nil, let other = OptionMatcher.otherReason(clause.text) {
                values.append(.cancellationReason(.other, note: other.note))
            } else if let reason = Self.cancellationReason(withoutComparison(clause), or: firstLine ? OptionMatcher.reasonInPassing(withoutComparison(clause).text) : nil) {
                values.append(.cancellationReason(reason, note: nil))
            }
        case .openDispute?:
            if let reason = Self.disputeReason(clause, firstLine: firstLine) { values.append(.disputeReason(reason)) }
            // "2 protectors for 5.50 …, i want 2.75 back": the amount wanted is not the price paid.
            let paid = (order ?? context.activeOrder).flatMap { id in context.orders.first { $0.id == id } }.map { [$0.total.minorUnits] + ($0.paidAmount.map { [$0.minorUnits] } ?? []) } ?? []
            let wanted = e.amounts.last { !paid.contains($0) } ?? (e.amounts.count == 1 && !firstLine ? e.amounts.first : nil)
            // "do i have to ship the whole thing back??": a question about what the buyer must do chooses no outcome.
            var outcome = Self.asksWhatIsRequired(Words(clause.text)) ? nil : Self.outcome(clause)
            if outcome == nil, wanted != nil, Words(clause.text).containsAny(["back", "refund", "return me", "give me"]) { outcome = .partialRefund }
            if let outcome { values.append(.outcome(outcome)) }
            if let wanted = wanted.flatMap(money), outcome == .partialRefund || !firstLine { values.append(.amount(wanted)) }
            let files = Self.fileNames(in: clause.text)
            if firstLine, !files.isEmpty { values.append(.evidence(files)) }
            // A first line that tells the story (more than the request itself) is the description.
            if firstLine, let labelled = Self.labelled("description", in: clause.text) {
                values.append(.description(labelled))
            } else if firstLine, Self.disputeReason(clause, firstLine: true) != nil, Words(clause.text).count >= 12 {
                values.append(.description(clause.text))
            }
            if firstLine, files.isEmpty, Words(clause.text).containsAny(Self.noPhotos) || Self.deniesPhotos(clause.text) {
                values.append(.evidence([]))
            }
        case .messageSeller?:
            if firstLine, let body = MessageDraft.afterColon(clause.text) {
                values.append(.message(body))
            } else if firstLine, let draft = MessageDraft.draft(from: clause.text, orderID: order ?? context.activeOrder ?? "",
                                                         naming: namingWords(clause).union((order ?? context.activeOrder).flatMap { resolver.titleWords[$0] } ?? []),
                                                         sellerNames: sellerNames) {
                values.append(.message(draft))
            } else if firstLine, let quoted = MessageDraft.quotedPassage(clause.text) {
                // "manda mensagem pra loja, the brushes: "please ship soon, it is a gift"": the quoted words are the message,
                // whatever language asks for it.
                values.append(.message(quoted))
            }
        default:
            break
        }
        return values
    }

    /// "…. description: it is a pink unicorn. no photos": a labelled description, file names or "no photos" given
    /// with the answer to another dispute question.
    func disputeDetails(_ line: UnderstoodClause) -> [SlotValue] {
        var values: [SlotValue] = []
        if let labelled = Self.labelled("description", in: line.text) {
            values.append(.description(labelled))
        } else if Words(line.text).count >= 15, Self.disputeReason(line, firstLine: true) != nil {
            values.append(.description(line.text))   // a story of the problem told with the answer
        }
        let files = Self.fileNames(in: line.text)
        if !files.isEmpty {
            values.append(.evidence(files))
        } else if Words(line.text).containsAny(Self.noPhotos) || Self.deniesPhotos(line.text) {
            values.append(.evidence([]))
        }
        return values
    }

    /// A line that does not answer the dispute's question but tells it something else (what the buyer wants back, the
    /// story, the photos): those values are kept and the question is asked again, instead of the line being lost.
    /// A statement of a few words with nothing else in it is the story; a question, a short reply or a buyer unsure which
    /// option to take ("not sure which would suit me") is not: the options are shown again.
    func otherDisputeValues(_ line: UnderstoodClause, besides asked: String) -> GeneratedCommands {
        var out = GeneratedCommands()
        var values = slotValues(line, for: .openDispute, firstLine: false).filter {
            if case .disputeReason = $0 { false } else { true }
        }
        values += disputeDetails(line).filter { value in !values.contains { Self.sameKind($0, value) } }
        let words = Words(line.text)
        if values.isEmpty, words.count >= 6, !Words.asksSomething(line.text), !Self.soundsLikeRequest(line.text),
           !words.tokens.contains(where: Self.unsureWords.contains) {
            values.append(.description(line.text))
        }
        if values.isEmpty {
            out.add(.notUnderstood(hint: nil), "no \(asked) found")
        } else {
            out.add(values.map { .setSlot($0) }, "no \(asked), but other details of the dispute")
        }
        return out
    }

    /// Words of a buyer who has not decided between the options.
    static let unsureWords: Set<String> = ["sure", "unsure", "which", "best", "better", "decide", "undecided", "idea", "recommend",
                                           "suggest", "advise", "choose", "pick", "torn"]

    private static func sameKind(_ a: SlotValue, _ b: SlotValue) -> Bool {
        switch (a, b) {
        case (.description, .description), (.evidence, .evidence), (.outcome, .outcome), (.amount, .amount): true
        default: false
        }
    }

    /// "no photos", "i took no pictures": no evidence, said in so many words. Not over a break: "no, photos won't help" is a
    /// no, then something about photos.
    static func saysNoPhotos(_ text: String) -> Bool {
        let words = Words(text)
        if deniesPhotos(text) { return true }
        return (noPhotos + ["nothing to show", "no documents", "no proof", "dont have any photos", "dont have pictures"]).contains { phrase in
            guard let at = words.index(of: phrase) else { return false }
            let length = phrase.split(separator: " ").count
            return !words.breakBefore[(at + 1)..<(at + length)].contains(true)
        }
    }

    static let noPhotos = ["no photos", "no photo", "no pictures", "no picture", "no evidence", "skip evidence", "skip photos",
                           "without photos", "dont have photos", "no pics", "no images", "no photographs", "no photograph", "no image",
                           "dont have any photos", "dont have any pictures", "havent got any photos", "havent any photos", "no camera"]

    /// The sellers' names as buyers write them: in full, and without "Ltd" or "Shop" ("tea time"), longest first.
    /// Worked out once per list of names (a buyer's sellers stay the same turn after turn).
    var sellerNames: [String] {
        Self.sellerNameForms.value(for: context.sellers.values.map(\.name)) { names in
            names.flatMap { name -> [String] in
                let words = name.split(separator: " ")
                let short = words.reversed().drop { OrderResolver.companySuffixes.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }.reversed()
                return [name, short.joined(separator: " ")]
            }.filter { $0.count >= 3 }.sorted { $0.count > $1.count }
        }
    }

    private static let sellerNameForms = SharedMemo<[String], [String]>(capacity: 64)

    func namingWords(_ clause: UnderstoodClause) -> Set<String> {
        var naming = Set(clause.entities.orderNumbers.map(\.rawValue))
        if case .items(_, let phrase)? = clause.entities.orderReference {
            naming.formUnion(phrase.lowercased().split(separator: " ").map(String.init))
        }
        return naming
    }

    func amount(_ clause: UnderstoodClause) -> Money? {
        clause.entities.amounts.first.flatMap(money)
    }

    func money(_ minorUnits: Int) -> Money? {
        let currency = context.activeOrder.flatMap { id in context.orders.first { $0.id == id } }?.currency ?? context.orders.first?.currency ?? "USD"
        return Money(minorUnits: minorUnits, currency: currency)
    }

    /// The orders a clause names; what follows "description:" or "message:" is the buyer's text, not a way of naming an
    /// order, unless nothing before a message names one ("the message: to cosy knits about the scarf, …").
    func mentions(_ clause: UnderstoodClause) -> OrderResolver.Mentions {
        let before = Self.beforeContent(clause.text)
        if before.count < clause.text.count {
            let named = resolver.resolve(before, numbers: clause.entities.orderNumbers)
            let addressed = MessageDraft.afterColon(clause.text) != nil
                || ["message:", "text:"].contains { Words.range(of: $0, caseInsensitiveIn: clause.text) != nil }
            guard addressed, !named.pointsBack else { return named }
            // "message pet paradise: please send the cat tree …": the message may say which of the seller's orders.
            let whole = resolver.resolve(clause.text, numbers: clause.entities.orderNumbers)
            let narrows = named.meant.count > 1 && !whole.meant.isEmpty && Set(whole.meant).isSubset(of: Set(named.meant))
            return named.isEmpty || narrows ? whole : named
        }
        return resolver.resolve(clause.text, numbers: clause.entities.orderNumbers)
    }

    func mentions(_ text: String) -> OrderResolver.Mentions {
        resolver.resolve(text, numbers: Words(text).tokens.filter { $0.count >= 6 && $0.count <= 20 && $0.allSatisfy(\.isNumber) }.map { OrderID($0) })
    }

    /// "the other one": the only other order in the list just shown, or the only other order the active goal fits.
    func otherOne(_ text: String) -> OrderID? {
        let words = Words(text)
        guard words.containsAny(["other one", "the other", "other order"]) else { return nil }
        let others = context.lastListed.filter { $0 != context.activeOrder && $0 != context.lastOrderID }
        if others.count == 1 { return others[0] }
        return nil
    }

    private static let declineSkips: Set<String> = ["want", "wanna", "to", "need", "please", "the", "my", "it", "this", "that", "order", "i", "do", "really", "even",
                                                    "a", "an", "any", "yet"]
    /// Goals the buyer says they do not want: "I don't want to cancel", "keep it", "not delete".
    func declinedGoals(_ text: String) -> Set<DialogGoal> { declinedByText.value(for: text, declinedGoalsAfresh) }

    private func declinedGoalsAfresh(_ text: String) -> Set<DialogGoal> {
        // "message: please don't refund me yet, …": what the buyer dictates to the seller turns nothing down here.
        let text = Self.beforeContent(text)
        let words = Words(text).tokens
        var declined: Set<DialogGoal> = []
        for (index, word) in words.enumerated() where Words.negators.contains(word) {
            var probe = index + 1
            while probe < words.count, Self.declineSkips.contains(words[probe]), probe - index <= 4 { probe += 1 }
            // "not to delete nor message it": each verb joined by "or" / "nor" to a turned-down verb is turned down too;
            // a word that is no such verb ends the chain ("don't need it anymore, refund or cancel it" still cancels).
            chain: while probe < words.count {
                switch words[probe] {
                // "why is there no cancel button" names a button, not a refusal.
                case let verb where verb.hasPrefix("cancel") && !(probe + 1 < words.count && ["button", "buttons", "option", "link"].contains(words[probe + 1])):
                    declined.insert(probe + 2 < words.count && words[probe + 1 ..< min(words.count, probe + 3)].contains("payment") ? .cancelPayment : .cancelOrder)
                case "delete", "remove": declined.insert(.deleteOrder)
                case "dispute", "complain", "open": declined.insert(.openDispute)
                case "message", "contact", "write": declined.insert(.messageSeller)
                default: break chain
                }
                guard let joined = words[(probe + 1)...].prefix(4).firstIndex(where: { ["or", "nor"].contains($0) }) else { break }
                probe = joined + 1
                while probe < words.count, ["to", "any", "a", "an", "even", "the"].contains(words[probe]) { probe += 1 }
            }
        }
        if Self.keepsItOutright(text) { declined.insert(.cancelOrder) }
        return declined
    }
}

/// Which cancel a reason said once in a line explains.
extension CommandGenerator {
    /// The one cancel of a line that has no reason yet; nil when the line has none or several (a reason said once
    /// cannot tell which of them it explains).
    func onlyCancelWithoutReason(_ commands: [DialogueCommand]) -> (Int, [OrderID], [SlotValue])? {
        let cancels = commands.enumerated().compactMap { index, command -> (Int, [OrderID], [SlotValue])? in
            guard case .startFlow(.cancelOrder, let orders, let slots) = command else { return nil }
            return (index, orders, slots)
        }
        guard cancels.count == 1, let only = cancels.first,
              !only.2.contains(where: { if case .cancellationReason = $0 { true } else { false } }) else { return nil }
        return only
    }

    /// A line's reason explains its cancel when it is said outside a message, or in a message about that same order
    /// ("cancel the earbuds and tell the seller why: …"), not in a message to the seller of another order.
    func reasonBelongs(to cancelled: [OrderID], _ commands: [DialogueCommand], _ clauses: [UnderstoodClause]) -> Bool {
        let outsideMessages = clauses.filter { goal(for: $0) != .messageSeller }
        if outsideMessages.contains(where: { $0.entities.cancellationReason != nil || OptionMatcher.reasonInPassing($0.text) != nil }) {
            return true
        }
        return commands.allSatisfy { command in
            guard case .startFlow(.messageSeller, let orders, _) = command else { return true }
            return orders.isEmpty || orders == cancelled
        }
    }
}

extension CommandGenerator {
    /// The clause without the words that picked its order by comparing ("the cheaper scarf"): they are no reason the
    /// buyer gave. A reason read from those words alone is dropped with them.
    func withoutComparison(_ clause: UnderstoodClause) -> UnderstoodClause {
        guard let stripped = resolver.withoutComparisonOfAName(clause.text) else { return clause }
        var plain = clause
        plain.text = stripped
        if let reason = clause.entities.cancellationReason, OptionMatcher.cancellationReason(stripped) != reason,
           OptionMatcher.reasonInPassing(stripped) != reason {
            plain.entities.cancellationReason = nil
        }
        return plain
    }
}
