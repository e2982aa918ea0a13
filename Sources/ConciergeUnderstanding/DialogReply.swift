import ConciergeDomain
/// A short reply understood in the context of a question the assistant asked.
public enum DialogReply: Sendable, Equatable {
    /// "yes", "sure go ahead", "ok do it".
    case affirm
    /// "no", "nope", "don't".
    case deny
    /// "stop", "never mind", "forget it": leave the current dialog.
    case stop
    /// "2", "the 2nd", "second one", "#2": a pick from a numbered list (1–20).
    case choice(Int)

    /// Longest message still read as a short reply, in tokens.
    static let maximumTokens = 6

    /// The reply `text` makes, or nil when it is more than a short reply (then classify it).
    public static func parse(_ text: String) -> DialogReply? {
        let tokens = TextNormalizer().tokens(text)
        guard !tokens.isEmpty, tokens.count <= maximumTokens else { return nil }
        let phrase = tokens.joined(separator: " ")
        let content = tokens.filter { !fillers.contains($0) }
        let core = content.joined(separator: " ")

        if stopPhrases.contains(phrase) || stopPhrases.contains(core)
            || (tokens.first.map(denyWords.contains) == true && stopPhrases.contains(content.dropFirst().joined(separator: " "))) {
            return .stop
        }
        if let choice = choice(tokens) { return .choice(choice) }
        if content.isEmpty && tokens.contains(where: affirmWords.contains) { return .affirm }
        if affirmPhrases.contains(phrase) || affirmPhrases.contains(core) { return .affirm }
        if denyPhrases.contains(phrase) || denyPhrases.contains(core) { return .deny }
        guard !tokens.contains("but"), !tokens.contains("or") else { return nil }
        // Led by a clear yes/no word: "yes please cancel it", "no leave it as it is".
        if let first = tokens.first {
            let rest = Set(tokens.dropFirst())
            if affirmWords.contains(first) && rest.isDisjoint(with: denyWords) && !rest.contains("not") { return .affirm }
            if denyWords.contains(first) && rest.isDisjoint(with: affirmWords) { return .deny }
        }
        return nil
    }

    /// "2", "#2", "the 2nd", "second one", "number 3", "option two".
    private static func choice(_ tokens: [String]) -> Int? {
        let content = tokens.filter { !choiceFillers.contains($0) }
        guard content.count == 1, let token = content.first else { return nil }
        if let value = EntityExtractor.position(of: token, allowBare: false) { return value }
        // bare numbers: at most two digits (longer runs are order numbers, not choices)
        if token.utf8.count <= 2, let value = Int(token), (1...20).contains(value) { return value }
        // "one" alone is too vague ("one" could be anything); "option two" is fine
        if let value = EntityExtractor.numberWords[token], tokens.count > 1 || value > 1 { return value }
        return nil
    }

    private static let fillers: Set<String> = [
        "please", "thanks", "thank", "you", "just", "then", "it", "that", "this", "do", "go", "ahead",
        "oh", "well", "yes", "ok", "sure", "yeah", "yep", "now", "right", "away", "pls", "for", "me", "all",
    ]
    private static let choiceFillers: Set<String> = [
        "the", "one", "option", "number", "no", "choice", "order", "item", "please", "i", "want", "will",
        "take", "pick", "choose", "is", "it", "that", "id", "like", "go", "with", "mean", "meant", "its", "#",
    ]
    private static let affirmWords: Set<String> = [
        "yes", "yep", "yeah", "yea", "yup", "y", "sure", "ok", "alright", "aye", "absolutely", "definitely",
        "certainly", "correct", "affirmative", "confirm", "confirmed", "indeed", "yess", "yesss", "yas", "ya",
        "right", "exactly", "proceed", "agreed", "fine",
    ]
    private static let denyWords: Set<String> = ["no", "nope", "nah", "n", "negative", "nay", "nop", "noo"]
    private static let affirmPhrases: Set<String> = [
        "go ahead", "do it", "please do", "sounds good", "of course", "that is right", "that is correct",
        "go for it", "i am sure", "i do", "i agree", "please", "that is fine", "fine", "works for me",
        "yes i am sure", "i confirm", "let us do it", "lets do it", "make it so", "why not", "good",
        "perfect", "great",
    ]
    private static let denyPhrases: Set<String> = [
        "do not", "i do not", "please do not", "do not do it", "not really", "not now", "no thanks",
        "no thank you", "i do not think so", "not at all", "wrong", "incorrect", "no way", "not that",
        "not that one", "i do not want to", "i do not want that", "keep it", "leave it as it is",
        "rather not", "i would rather not", "never", "not", "dont",
    ]
    private static let stopPhrases: Set<String> = [
        "stop", "never mind", "nevermind", "nvm", "forget it", "forget about it", "forget that", "cancel that",
        "cancel this", "abort", "quit", "quit this", "exit", "stop this", "stop it", "drop it", "leave it",
        "enough", "stop that", "abort that", "scrap that", "skip it", "skip this", "i changed my mind",
        "changed my mind", "never mind that", "nevermind that", "forget the whole thing", "start over",
    ]
}

extension DialogReply {
    /// "yes", "ok", "no"… with nothing else: never small talk.
    package static func isBareYesOrNo(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.count == 1 && ["yes", "y", "yeah", "yep", "ok", "okay", "sure", "no", "n", "nope", "nah"].contains(String(words[0]))
    }
}
