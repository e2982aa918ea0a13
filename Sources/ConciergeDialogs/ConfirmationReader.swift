import Foundation

/// Reads the reply to a pending yes/no question as a whole line, not by its first word.
///
/// The line is cut into words and matched, longest phrase first, against cues: agreement ("that would be lovely",
/// "fine by me", "you may send it", the pending action's own verb), refusal ("I'd rather not", "let's leave it",
/// "not now"), hesitation ("not sure", "maybe"), a turn of mind ("wait", "actually", "on second thought", "but"),
/// negators and the small words of courtesy. A negator turns the agreement that follows it in its clause into a
/// refusal ("don't send it", "not ok"); phrases that hold their own negation stay what they say ("no problem",
/// "I don't mind", "why not"). A turn of mind cuts the line: the last part that decides wins ("yes… no wait,
/// don't"). A part that agrees and refuses at once, a hesitation, or a yes with many words no cue explains is
/// `unsure`: the question is asked again, since a wrong yes changes an order and asking again costs one turn.
/// Refusals need less: what the buyer refuses never happens, and a refusal that also changes the request is
/// told apart by the caller from `rest`. Deterministic, no model; a few microseconds per line.
public struct ConfirmationReader: Sendable {
    /// The pending action said again ("cancel", "void it", "bin"): beside agreement it agrees, after a negator it refuses;
    /// alone it is no yes (the buyer may not have read the summary: it is asked again).
    let actionWords: Set<String>
    /// The same, said in several words ("cancel the payment"), longest first.
    let actionPhrases: [[String]]
    /// Words that may stand beside a decision without changing it: the order's own title words.
    let extraNeutral: Set<String>
    /// The same in several words ("pay again", "my own card"), longest first.
    let neutralPhrases: [[String]]
    /// Words that hold a yes back at this summary only ("broken" where receipt is confirmed).
    let holdWords: Set<String>
    /// The buyer's own doings that follow the action ("pay" again after a payment is voided): a time word in their clause
    /// times them, not the decision.
    let laterDoings: Set<String>

    /// Whether the orders a line adds ("the lamp as well", "both") are ones the same request already covers: then words
    /// that add to the request stand beside the decision without changing it.
    let additionsCovered: Bool
    /// Whether a negated remark after a yes gives the reason ("yes, I don't need it") rather than taking the yes back: where
    /// the action gets rid of something (cancelling, voiding a payment, deleting).
    let negatedRemarksAgree: Bool
    /// Whether a yes opening the line may stand beside a remark (`yesThenRemark`); off while its head is read alone.
    var leadingYes = true

    public init(actionWords: Set<String> = [], neutralWords: Set<String> = [], holdWords: Set<String> = [], laterDoings: Set<String> = [],
                additionsCovered: Bool = false, negatedRemarksAgree: Bool = false) {
        self.additionsCovered = additionsCovered
        self.negatedRemarksAgree = negatedRemarksAgree
        self.actionWords = Set(actionWords.filter { !$0.contains(" ") })
        self.actionPhrases = actionWords.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        self.extraNeutral = Set(neutralWords.filter { !$0.contains(" ") })
        self.neutralPhrases = neutralWords.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        self.holdWords = holdWords
        self.laterDoings = laterDoings
    }

    private typealias Decided = (decision: ConfirmationReading.Decision, start: Int, end: Int)

    /// The reading of `text`.
    public func read(_ text: String) -> ConfirmationReading {
        if let pictured = readPictures(text) { return pictured }
        let words = Words(text)
        var reading = decide(text, words)
        if reading.agreesBesideUnread, let plain = yesBesideRemarks(text) { reading = plain }
        if leadingYes, reading.decision == .unsure, let led = yesThenRemark(text, words) { reading = led }
        if leadingYes, reading.decision == .unsure, let told = yesBesideToldClauses(text) { reading = told }
        if leadingYes, reading.decision == .unsure, let relayed = relayedYes(text) { reading = relayed }
        var kept: [String] = []
        var index = 0
        while index < words.tokens.count {
            if let (cue, length) = match(words, at: index) {
                if cue == .neutral || cue == .asks { kept += words.tokens[index..<index + length] }
                if cue == .more { reading.adds.append(words.tokens[index..<index + length].joined(separator: " ")) }
                if cue == .more { kept += words.tokens[index..<index + length] }
                index += length
            } else {
                kept.append(words.tokens[index])
                index += 1
            }
        }
        reading.remainder = kept.joined(separator: " ")
        return reading
    }

    private func decide(_ text: String, _ words: Words) -> ConfirmationReading {
        let tokens = words.tokens
        guard !tokens.isEmpty else { return ConfirmationReading(decision: .unsure, why: "no words", rest: "") }
        // A "y" among control characters or broken bytes is no answer.
        guard text.unicodeScalars.allSatisfy({ Self.replyCharacters.contains($0) }) else {
            return ConfirmationReading(decision: .unsure, why: "characters no reply is written with", rest: "")
        }
        // 1. Cues, longest phrase first.
        let (cues, unknown) = scanCues(words)
        let rest = unknown.map { tokens[$0] }.joined(separator: " ")
        let said: (Int, Int) -> String = { tokens[$0..<$1].joined(separator: " ") }

        // 2. A question: a question mark or a clause opening with a question word, unless it is a polite request to go
        // ahead ("could you send it please?") or "why not?".
        let hasMark = text.contains("?") || text.contains("¿")
        // A question word opens a clause at the start, after a break or after a turn of mind ("yes wait should i proceed").
        let afterTurn = Set(cues.filter { $0.cue == .turn }.map(\.end))
        let opensQuestion = cues.contains { $0.cue == .asks && ($0.start == 0 || words.breakBefore[$0.start] || afterTurn.contains($0.start)) }
        if hasMark || opensQuestion {
            if isPoliteRequest(tokens, cues: cues, unknown: unknown) {
                return ConfirmationReading(decision: .yes, why: "a request to go ahead said as a question", rest: rest)
            }
            let whyNot = cues.contains { $0.cue == .agree && said($0.start, $0.end).hasSuffix("why not") } && unknown.isEmpty
                && cues.allSatisfy { $0.cue == .agree || $0.cue == .neutral }
            if !whyNot {
                return ConfirmationReading(decision: .question, why: "a question before deciding: answered, and the summary asked again", rest: rest)
            }
        }

        // 3. Decisions. A negator turns the next agreement of its clause into a refusal ("don't send it"); alone at the end
        // of its clause it refuses ("please don't"); before words no cue explains it negates a statement, not the action
        // ("I don't need it anymore"). A refusal governs the rest of its clause ("I'd rather not message them").
        var decisions: [Decided] = []
        var turns: [(start: Int, holds: Bool)] = []
        var more: [String] = []
        var hesitations: [String] = []
        var pendingNegator: Int? = nil
        var refusedClause = false
        var restated: Set<Int> = []
        // Negators read as a remark rather than a refusal ("I am not very good with computers", "yes, not this one"):
        // no refusal, but never a yes beside them.
        var setAside: [String] = []
        let plainlyNegated: (Int, Int) -> Bool = { negator, end in
            (negator + 1..<end).allSatisfy { Self.negatedPlainly.contains(tokens[$0]) || Self.negating.contains(tokens[$0]) }
        }
        // "yes, I never look at old orders anyway", "I don't need it in my list": where the action gets rid of something, the
        // buyer denying a need or a wish of their own gives the reason; it neither refuses nor holds the yes back.
        // Never where the clause names the action or a doing of the assistant's ("I don't need it deleted", "I don't want you
        // to", "I don't need to do that"): that "not" is about the summary.
        let givesTheReason: (Int, Int) -> Bool = { negator, end in
            guard negatedRemarksAgree, negator > 0, end > negator + 1, Self.buyerSubjects.contains(tokens[negator - 1]), tokens[end - 1] != "to"
            else { return false }
            let clause = tokens[(negator + 1)..<end]
            return clause.contains { Self.deniedNeeds.contains($0) || Self.deniedWishes.contains($0) }
                && !clause.contains { actionWords.contains($0) || isActionForm($0) || Self.doingsAsked.contains($0) }
        }
        func flushNegator(before end: Int) {
            guard let negator = pendingNegator else { return }
            if givesTheReason(negator, end), !plainlyNegated(negator, end) {
                pendingNegator = nil
                return
            }
            if plainlyNegated(negator, end) { decisions.append((.no, negator, negator + 1)) } else { setAside.append(said(negator, end)) }
            pendingNegator = nil
        }
        for item in cues {
            if item.cue == .turn || item.start > 0 && words.breakBefore[item.start] {
                flushNegator(before: item.start)
                refusedClause = false
            }
            switch item.cue {
            case .agree, .restate:
                if item.cue == .restate { restated.insert(item.start) }
                if let negator = pendingNegator, !plainlyNegated(negator, item.start) {
                    setAside.append(said(negator, item.start))
                    pendingNegator = nil           // "I am not very good with computers": a remark, not the action
                }
                if let negator = pendingNegator {
                    decisions.append((.no, negator, item.end))
                    pendingNegator = nil
                    refusedClause = true
                } else {
                    decisions.append((refusedClause ? .no : .yes, item.start, item.end))
                }
            case .refuse:
                pendingNegator = nil
                refusedClause = true
                decisions.append((.no, item.start, item.end))
            case .hesitate:
                hesitations.append(said(item.start, item.end))
                decisions.append((.unsure, item.start, item.end))
            case .turn:
                // A cut between parts. "wait no", "actually no" refuse in the part they open; "no wait" refuses what came
                // before and cuts after its "no" ("no wait, yes, go ahead").
                let phrase = tokens[item.start..<item.end]
                let holds = phrase.contains { Self.holding.contains($0) }
                if let first = phrase.first, Self.refusingInTurns.contains(first), phrase.count > 1 {
                    decisions.append((.no, item.start, item.start + 1))
                    turns.append((item.start + 1, holds))
                } else {
                    turns.append((item.start, holds))
                    if phrase.contains(where: { Self.refusingInTurns.contains($0) }) {
                        decisions.append((.no, item.start, item.end))
                        refusedClause = true
                    }
                }
            case .negator:
                flushNegator(before: item.start)
                pendingNegator = item.start
            case .more:
                more.append(said(item.start, item.end))
            case .neutral, .asks:
                break
            }
        }
        flushNegator(before: tokens.count)

        // 4. Parts between turns of mind; the last part that decides wins.
        let cuts = [0] + turns.map(\.start) + [tokens.count]
        var chosen: (decision: ConfirmationReading.Decision, cues: [String], to: Int)? = nil
        var overridden: [String] = []
        for part in 0..<(cuts.count - 1) {
            let (from, to) = (cuts[part], cuts[part + 1])
            let inPart = decisions.filter { $0.start >= from && $0.start < to }
            guard let last = inPart.last else { continue }
            let kinds = Set(inPart.map(\.decision))
            let decision: ConfirmationReading.Decision
            if kinds.contains(.no) && !kinds.contains(.yes) {
                decision = .no                       // "no, not sure yet": a hesitation beside a refusal is a refusal
            } else if kinds == [.yes] {
                decision = .yes
            } else if kinds.contains(.yes) && kinds.contains(.no) && last.decision == .no {
                decision = .no                       // "ok, don't", "yes… hmm, no, don't send it": it ends refusing
            } else {
                decision = .unsure                   // "no, go ahead", "yes, if…", "maybe"
            }
            // "no wait, the payment is fine": after a refusal, the thing the summary acts on said to be fine is why nothing
            // needs doing, not a go-ahead ("no wait, that's fine" still turns to yes).
            let decided = decision == .yes && chosen?.decision == .no && inPart.allSatisfy({ Self.judgesAThing(tokens, at: $0.start) })
                ? ConfirmationReading.Decision.no : decision
            if let earlier = chosen { overridden.append("\(earlier.decision.rawValue) ('\(earlier.cues.joined(separator: "', '"))')") }
            chosen = (decided, inPart.map { said($0.start, $0.end) }, to)
        }
        // A turn of mind with nothing decided after it: "yes, wait" or "hold on" puts it off; "ok but…" leaves it open.
        if let lastTurn = turns.last, chosen.map({ $0.to <= lastTurn.start }) ?? true {
            let turn = tokens[lastTurn.start]
            // A pause said alone ("wait", "hold on") asks for the summary again; after a decision, or with more said
            // ("let's wait a few days"), it puts it off.
            if lastTurn.holds, chosen == nil, unknown.isEmpty {
                var paused = ConfirmationReading(decision: .unsure, why: "'\(turn)' alone: a pause, the summary asked again", rest: rest)
                paused.holdsBack = true
                return paused
            }
            if lastTurn.holds {
                return ConfirmationReading(decision: .no, why: "'\(turn)' with nothing decided after it: put off, nothing done", rest: rest)
            }
            // "no, actually I still want it": an "actually" or "sorry" that only leads into a remark leaves a refusal as it
            // was; a "but" with nothing decided after it, or a yes followed by second thoughts, leaves the line open.
            if Self.contrasting.contains(turn) || chosen?.decision != .no {
                var held = ConfirmationReading(decision: .unsure, why: "'\(turn)' after the decision, and nothing decided after it", rest: rest)
                held.holdsBack = true
                return held
            }
        }
        guard let chosen else {
            // "please!", "please, thank you": a plea said alone asks to go ahead.
            // Not beside a "no" set aside ("no messages please"): that "please" may go with the "no".
            if unknown.isEmpty, tokens.contains(where: Self.pleading.contains), !cues.contains(where: { $0.cue != .neutral }),
               !tokens.contains("no") {
                return ConfirmationReading(decision: .yes, why: "'please' said alone: go ahead", rest: rest)
            }
            return ConfirmationReading(decision: .unsure, why: "no word of agreement or refusal", rest: rest)
        }
        let phrase = chosen.cues.joined(separator: "', '")
        let since = overridden.isEmpty ? "" : ", the last decision in the line (after \(overridden.joined(separator: ", ")))"
        switch chosen.decision {
        case .unsure, .question:
            let why = hesitations.isEmpty ? "agreement and refusal side by side ('\(phrase)')" : "a hesitation ('\(hesitations.joined(separator: "', '"))')"
            var held = ConfirmationReading(decision: .unsure, why: why, rest: rest)
            held.holdsBack = true
            return held
        case .no:
            return ConfirmationReading(decision: .no, why: "a refusal ('\(phrase)')\(since)", rest: rest)
        case .yes:
            // A yes must be plain: nothing added to the request, few words no cue explains, none named after "the".
            if !more.isEmpty {
                var held = ConfirmationReading(decision: .unsure, why: "agreement ('\(phrase)') with more asked ('\(more.joined(separator: "', '"))')", rest: rest)
                held.holdsBack = true
                return held
            }
            // "cancel the payment please": the request said again, with no word of agreement, is asked again.
            guard decisions.contains(where: { $0.decision == .yes && !restated.contains($0.start) }) else {
                return ConfirmationReading(decision: .unsure, why: "the request said again ('\(phrase)') with no word of agreement", rest: rest)
            }
            // A yes is strict: every word explained, no "not" left over, nothing asked, no hesitation anywhere in the line,
            // no one else's word. Anything else holds it back: asked again, and no other rule reads a yes into it.
            // A word that asks ("what", "how") anywhere; a verb before its subject ("do I", "will it") where it opens a
            // clause or follows agreement or "and" ("yes do I get a refund", "ok and will it…"), not inside a statement
            // ("that is the one").
            let asksSomething = cues.contains { item in
                guard item.cue == .asks else { return false }
                if item.end - item.start == 1 || item.start == 0 || words.breakBefore[item.start] || afterTurn.contains(item.start) { return true }
                return Self.beforeAQuestion.contains(tokens[item.start - 1]) || cues.contains { $0.cue == .agree && $0.end == item.start }
            }
            if asksSomething {
                return ConfirmationReading(decision: .question, why: "agreement ('\(phrase)') beside a question word: answered, and the summary asked again", rest: rest)
            }
            let held: String? = if !setAside.isEmpty { "a 'not' left over ('\(setAside.joined(separator: "', '"))')" }
                else if !hesitations.isEmpty { "a hesitation ('\(hesitations.joined(separator: "', '"))')" }
                else if let other = Self.someoneElseSpeaks(tokens) { "someone else's word ('\(other)')" }
                else if let doing = Self.buyerDoesItThemselves(tokens) { "the buyer doing it themselves ('\(doing)')" }
                else { nil }
            if let held {
                var reading = ConfirmationReading(decision: .unsure, why: "agreement ('\(phrase)') with \(held)", rest: rest)
                reading.holdsBack = true
                return reading
            }
            guard unknown.isEmpty else {
                var reading = ConfirmationReading(decision: .unsure, why: "agreement ('\(phrase)') beside words not understood ('\(rest)')", rest: rest)
                reading.agreesBesideUnread = true
                reading.holdsBack = true
                return reading
            }
            return ConfirmationReading(decision: .yes, why: "agreement ('\(phrase)')\(since); nothing refused, asked or held back", rest: rest)
        }
    }
}

extension ConfirmationReader {
    /// The cues of a line, longest phrase first, and the positions of the words that are none.
    func scanCues(_ words: Words) -> (cues: [(cue: Cue, start: Int, end: Int)], unknown: [Int]) {
        var cues: [(cue: Cue, start: Int, end: Int)] = []
        var unknown: [Int] = []
        var index = 0
        while index < words.tokens.count {
            if let (cue, length) = match(words, at: index) {
                cues.append((cue, index, index + length))
                index += length
            } else {
                unknown.append(index)
                index += 1
            }
        }
        return (cues, unknown)
    }
}
