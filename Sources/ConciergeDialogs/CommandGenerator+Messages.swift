import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Values changed at the confirmation, and message text: dictated, added to, or replaced.
extension CommandGenerator {
    /// At the confirmation, a line that changes a value ("add that I need it by Friday", "the reason is the address").
    func changesAtConfirmation(_ line: UnderstoodClause) -> GeneratedCommands {
        var out = GeneratedCommands()
        var values = slotValues(line, for: context.activeGoal, firstLine: false)
        // "and don't message the seller, I don't wanna talk to them" at a cancellation's summary turns down another action:
        // its "don't want" is about that action, no new reason. A reason said there in words of its own still counts.
        let declined = declinedGoals(line.text)
        if context.activeGoal == .cancelOrder, !declined.isEmpty, !declined.contains(.cancelOrder),
           OptionMatcher.reasonInPassing(line.text) == nil {
            values.removeAll { if case .cancellationReason = $0 { true } else { false } }
            if values.isEmpty, !Words.looksLikeQuestion(line.text) {
                out.add(.repeatQuestion, "another action turned down at the summary: the request stays as it is")
                return out
            }
        }
        if !values.isEmpty {
            out.add(values.map { .correctSlot($0) }, "a value changed before confirming")
            return out
        }
        switch context.activeGoal {
        case .messageSeller?:
            // "message the seller: could you send a new nib?": the message dictated again, question or not.
            if let body = MessageDraft.afterColon(line.text) {
                out.add(.correctSlot(.message(body)), "a new message dictated at the summary")
                return out
            }
            let message = messageCommands(line, correcting: true)
            if !message.commands.contains(where: { if case .notUnderstood = $0 { true } else { false } }) { return message }
        case .openDispute?:
            let files = Self.fileNames(in: line.text)
            if !files.isEmpty { out.add(.correctSlot(.evidence(files)), "evidence added"); return out }
            if Self.saysNoPhotos(line.text) { out.add(.correctSlot(.evidence([])), "no photos, said at the summary"); return out }
            // "no, photos won't help, forget it": a no that lets the dispute go is no new description.
            let words = Words(line.text)
            if let first = words.tokens.first, ["no", "nope", "nah"].contains(first),
               words.containsAny(["forget", "drop it", "drop the", "never mind", "nevermind", "leave it", "dont bother", "stop", "cancel"]) {
                out.add(.confirm(false), "a no that drops the dispute, said at its summary")
                return out
            }
            if Words(line.text).count >= 4, !Words.looksLikeQuestion(line.text) {
                out.add(.correctSlot(.description(line.text)), "a new description")
                return out
            }
        default:
            break
        }
        // "what happens to my money if I say yes?", "can I undo it later?": what a yes would lead to, then the summary.
        if Words.looksLikeQuestion(line.text) {
            out.add(.repeatQuestion, "a question about what a yes would do")
            return out
        }
        out.add(.notUnderstood(hint: nil), "neither yes nor no")
        return out
    }

    /// A message, a replacement ("the message should say: …") or an addition ("add that …").
    func messageCommands(_ line: UnderstoodClause, correcting: Bool) -> GeneratedCommands {
        var out = GeneratedCommands()
        let text = line.text.trimmingCharacters(in: .whitespaces)
        // "Yes — \"Hi, could you post it by the 30th?\"": the yes only introduces the message, which is the quoted words.
        if Self.opensWithYes(text), let quoted = MessageDraft.quotedPassage(text) {
            out.add(correcting ? .correctSlot(.message(quoted)) : .setSlot(.message(quoted)), "the message as quoted after a yes")
            return out
        }
        // "grand, send it", "and yes send the message too", "yes that's all correct": a go-ahead or an approval is never the text.
        if Self.onlyApprovesOrSends(text, naming: activeSellerAndItemWords()) {
            out.add(.notUnderstood(hint: nil), correcting ? "an approval, not a new message" : "a go-ahead where the message text is asked")
            return out
        }
        if let addition = MessageDraft.addition(in: text) {
            out.add(.setSlot(.messageAddition(addition)), "words to add to the message")
        } else if let replacement = MessageDraft.replacement(in: text) {
            out.add(correcting ? .correctSlot(.message(replacement)) : .setSlot(.message(replacement)), "the message as dictated")
        } else if correcting {
            if text.count >= 8, !MessageDraft.isBareRequest(text), line.reply == nil, !Words.looksLikeQuestion(text) {
                out.add(.correctSlot(.message(MessageDraft.draft(from: text, orderID: context.activeOrder ?? "") ?? text)), "a new message")
            } else {
                out.add(.notUnderstood(hint: nil), "neither yes nor no")
            }
        } else if line.reply != nil || MessageDraft.isBareRequest(text) || text.count < 2 {
            out.add(.notUnderstood(hint: nil), "no message text")
        } else {
            out.add(.setSlot(.message(MessageDraft.draft(from: text, orderID: context.activeOrder ?? "") ?? text)), "the message text")
        }
        return out
    }
}

extension CommandGenerator {
    /// "not the kettle, it's the lamp I want to write about. Please ask them whether it comes with a bulb" where the message
    /// is asked: the line that corrects the order also says what to write, read as a first line about the order named.
    /// Only where the message step waits and none is drafted yet (a correction at the summary keeps the text).
    func messageWithCorrection(_ line: UnderstoodClause, for order: OrderID) -> [DialogueCommand] {
        guard context.activeGoal == .messageSeller, context.expecting == .message else { return [] }
        return slotValues(line, for: .messageSeller, firstLine: true, order: order).compactMap { value in
            if case .message = value { return .setSlot(value) }
            return nil
        }
    }
}

extension CommandGenerator {
    static let yesOpeners: Set<String> = ["yes", "yeah", "yep", "yup", "ok", "okay", "sure", "right", "grand", "lovely", "perfect", "great"]

    static func opensWithYes(_ text: String) -> Bool {
        Words(text).tokens.first.map(yesOpeners.contains) ?? false
    }

    /// A line that says only to go ahead ("send it", "and yes send the message too") or, after a yes, that what is shown is
    /// right ("yes that's all correct, open it please"): no words of a message of its own (nothing to tell, ask or add),
    /// no quotation or colon.
    static func onlyApprovesOrSends(_ text: String, naming: Set<String> = []) -> Bool {
        guard !text.contains(":"), !text.contains(where: { "\"“„«".contains($0) }) else { return false }
        let tokens = withoutJoiners(Words(text).tokens)
        guard (1...12).contains(tokens.count), !tokens.contains(where: messageWords.contains), !tokens.contains(where: Words.negators.contains) else { return false }
        let sends = tokens.contains(where: goAheadVerbs.contains)
        if !sends, !opensWithYes(text) { return false }
        let plain = tokens.allSatisfy {
            goAheadVerbs.contains($0) || goAheadNouns.contains($0) || approvals.contains($0) || yesOpeners.contains($0)
                || sendFillers.contains($0) || naming.contains($0)
        }
        return plain
    }

    /// The words of the active order's seller's name and item title, and "to" and "seller": "yes, send the message to
    /// Hearth and Kettle" names whom it goes to, nothing to say.
    func activeSellerAndItemWords() -> Set<String> {
        guard let active = context.activeOrder else { return [] }
        var words: Set<String> = ["to", "seller", "shop", "store"]
        words.formUnion(resolver.titleWords[active] ?? [])
        if let order = context.orders.first(where: { $0.id == active }), let seller = context.sellers[order.sellerID] {
            words.formUnion(Words(seller.name).tokens)
        }
        return words
    }

    /// Words of a message's own content, never of a bare go-ahead.
    private static let messageWords: Set<String> = ["tell", "ask", "say", "write", "add", "mention", "include", "put", "change", "make",
                                                   "if", "whether", "when", "where", "why", "how", "could", "can", "would", "need"]
    private static let sendFillers: Set<String> = ["and", "too", "also", "as", "well", "so", "then", "just", "is", "its", "thats", "that's",
                                                   "all", "away", "off", "along", "on", "a", "yes", "send", "sent", "thanks", "thank", "you", "ta"]
}
