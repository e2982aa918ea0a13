import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A yes/no question answered with agreement in the buyer's own words.
///
/// Buyers answer a summary with a word of agreement and then whatever comes to them: thanks in their own language
/// ("yes, merci beaucoup"), the action said again in other words ("ok throw it out"), a remark ("sure, I know").
/// The line opens with agreement, nothing in it asks, waits, refuses, changes the request or names another order, and
/// what follows the agreement either says the pending action again or is made only of words known to go with a yes
/// (thanks, courtesy, a short remark). A word not known means the rule is not sure: the other readings decide, and
/// they ask again. A wrong yes writes; asking again costs one turn.
extension CommandGenerator {
    /// The yes, when the line agrees to the pending yes/no question.
    func agreement(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard agreesToPending(line) else { return nil }
        var out = GeneratedCommands()
        out.add(.confirm(true), "agreement first, and nothing after it that asks, waits, refuses or changes the request")
        return out
    }

    /// Whether the line opens with agreement and the rest only restates, thanks or remarks (see the type's comment).
    func agreesToPending(_ line: UnderstoodClause) -> Bool {
        let offered: DialogGoal?
        switch context.expecting {
        case .confirmation: offered = context.activeGoal
        case .proposal: offered = context.activeGoal
        case .offer(let goal): offered = goal
        default: return false
        }
        let text = line.text
        // Words and their punctuation only: a "y" among control characters or broken bytes is no agreement.
        guard !Words.text(text, contains: "?"), !Words.text(text, contains: ":"), !Words.text(text, contains: "\""),
              text.unicodeScalars.allSatisfy({ Self.agreementCharacters.contains($0) }) else { return false }
        let tokens = Words(text).tokens
        guard let first = tokens.first, Self.agreementWords.contains(first), tokens.count <= Self.agreementLength,
              // Every word a word: a vowel in it and no run of letters no language writes ("y qzx" is no agreement).
              tokens.allSatisfy({ $0.count <= 16 && $0.contains(where: Self.vowels.contains) }) else { return false }
        guard !tokens.contains(where: { Words.negators.contains($0) || Self.refusalWords.contains($0) || Self.notAGoAhead.contains($0) && $0 != "then"
                                         || Self.holdsOff.contains($0) || Self.questionWords.contains($0) }) else { return false }
        // ("ok then, go on" agrees: "then" holds back only a go-ahead said without agreement first.)
        // Another order, or an order number that is not the buyer's: a correction, not a yes.
        let named = mentions(text)
        guard named.unknownNumbers.isEmpty, named.meant.allSatisfy({ $0 == context.activeOrder }) else { return false }
        // A new value for the request ("yes but the reason is the coupon" is caught above; "ok, the reason is the coupon")
        // changes the request: the summary is shown again rather than sent.
        guard newValues(slotValues(line, for: context.activeGoal, firstLine: false)).isEmpty else { return false }
        // The rest may say the action again ("yes get rid of it"), never another action ("ok message the seller").
        let restTokens = Array(tokens.drop { Self.agreementWords.contains($0) })
        let rest = restTokens.joined(separator: " ")
        if rest.isEmpty { return true }
        // "yes, cancel all my orders", "ok both of them": a word that widens the request to several orders is no yes to the
        // one summed up (unless the same request already covers others: the reader reads those).
        if let goal = offered, sameRequestOrders(goal).isEmpty, Self.widensToOrders(restTokens) { return false }
        // "ok cancel that" at a cancellation's summary may mean "stop this": never a yes; nor "ok abort", "ok scrap that".
        if Self.isBareRequestWord(rest) { return false }
        if let reply = DialogReply.parse(rest), reply == .stop || reply == .deny { return false }
        // The action said again in other words ("yes get rid of it"); another action is no yes. Said again, it still leaves
        // every other word to be known ("yes, confirm receipt, unless it's too late" is no yes here: the reader weighs it).
        if let said = explicitGoal(rest) {
            guard let offered, Self.sameAction(said, offered) else { return false }
        }
        // Otherwise only words known to go with a yes may follow: thanks, courtesy, a short remark. A word not known
        // ("ok hang on", "ja, doch nicht", "oui, pas encore", "ok idk") leaves the line to the readings that ask again.
        // After an offer that follows a refusal, thanks and "I see" acknowledge the refusal: they start nothing.
        // The pending action said again is made of its own verbs and the order's own words ("yes scrap the lamp too").
        let restating = Self.restatingWords(offered)
        let itemWords = context.activeOrder.flatMap { resolver.titleWords[$0] } ?? []
        let allowed: (String) -> Bool = { word in
            if case .offer = self.context.expecting, Self.acknowledgements.contains(word) { return false }
            return Self.agreementWords.contains(word) || Self.followsAYes.contains(word) || restating.contains(word)
                || itemWords.contains { OrderResolver.sameWord($0, word) }
        }
        // Dutch "doe maar" is "go ahead"; "maar" alone is "but".
        return restTokens.indices.allSatisfy { index in
            allowed(restTokens[index]) || restTokens[index] == "maar" && index > 0 && restTokens[index - 1] == "doe"
        }
    }

    /// Whether `tokens` widen a request to several orders: "both", or "all", "every" or "each" before orders ("all my orders",
    /// "all of them", "every order"), or "them all".
    static func widensToOrders(_ tokens: [String]) -> Bool {
        for (index, token) in tokens.enumerated() {
            if token == "both" || token == "others" { return true }
            if token == "all", index > 0, tokens[index - 1] == "them" { return true }
            if ["all", "every", "each"].contains(token), tokens[(index + 1)...].prefix(3).contains(where: ConfirmationReader.orderish.contains) {
                return true
            }
        }
        return false
    }

    /// The words that say a pending action again ("yeah just bin it", "sure, erase it completely", "yes send the request").
    static func restatingWords(_ goal: DialogGoal?) -> Set<String> {
        let common: Set<String> = ["send", "submit", "request", "them", "order", "one", "my", "the", "also", "out"]
        let own: Set<String> = switch goal {
        case .cancelOrder?: ["cancel", "scrap", "drop", "kill", "call", "off", "cancellation"]
        case .cancelPayment?: ["cancel", "void", "payment", "charge"]
        case .messageSeller?: ["message", "write", "tell", "seller", "him", "her"]
        case .openDispute?: ["open", "dispute", "file", "start", "claim", "case"]
        case .deleteOrder?, .deletePermanently?: ["delete", "remove", "erase", "wipe", "trash", "bin", "throw", "clear", "rid", "get",
                                                  "away", "completely", "permanently", "forever", "gone", "good", "list", "hide"]
        case .restoreOrder?: ["restore", "bring", "back", "undelete", "put"]
        case .confirmReceipt?: ["confirm", "received", "receipt", "arrived", "got"]
        default: []
        }
        return common.union(own)
    }

    /// Words that may follow agreement and leave it a yes: thanks and courtesy in the languages of `agreementWords`,
    /// words of going ahead, short remarks ("sure thing mate", "yes I understand", "ja prima", "tak dziekuje bardzo").
    static let followsAYes: Set<String> = [
        // English.
        "please", "pls", "plz", "thanks", "thank", "thx", "ty", "tysm", "cheers", "you", "very", "much", "so", "lot", "lots", "a",
        "kindly", "sir", "madam", "mate", "buddy", "thing", "then", "and", "just", "now", "go", "ahead", "do", "it", "that", "this",
        "for", "on", "all", "good", "fine", "cool", "nice", "lovely", "awesome", "brilliant", "excellent", "perfect", "great",
        "sounds", "looks", "works", "is", "its", "thats", "i", "im", "am", "understand", "understood", "see", "know", "noted",
        "got", "gotcha", "agree", "agreed", "of", "course", "indeed", "exactly", "totally", "correct", "right", "confirm",
        "confirmed", "proceed", "again", "too", "me", "with",
        // French, Spanish, Portuguese, Italian, German, Dutch, Polish, Russian, Japanese, Hindi, Chinese (pinyin).
        "merci", "beaucoup", "daccord", "bien", "sil", "vous", "plait", "plaît", "parfait", "gracias", "muchas", "mil", "por",
        "favor", "bueno", "perfecto", "doe", "obrigado", "obrigada", "muito", "grazie", "mille", "certo", "bene", "va", "danke", "schön",
        "schon", "sehr", "bitte", "gerne", "gern", "prima", "gut", "klar", "genau", "dank", "bedankt", "graag", "goed", "dziekuje",
        "dziękuję", "dzieki", "dzięki", "bardzo", "dobrze", "prosze", "proszę", "spasibo", "konechno", "khorosho", "horosho",
        "arigato", "arigatou", "gozaimasu", "onegaishimasu", "shukriya", "dhanyavad", "ji", "theek", "thik", "xiexie", "xie",
        // Go ahead: "sim pode fazer", "si hazlo", "da davai", "evet tamam", "iya lanjut".
        "pode", "fazer", "faz", "isso", "hazlo", "adelante", "davai", "davay", "tamam", "olur", "lanjut", "boleh", "oke",
    ]

    /// Words that acknowledge what was said rather than take up an offer ("ok thanks", "alright, I see").
    static let acknowledgements: Set<String> = ["thanks", "thank", "thx", "ty", "tysm", "cheers", "understand", "understood", "see",
                                                "know", "noted", "got", "gotcha", "merci", "gracias", "obrigado", "obrigada", "grazie",
                                                "danke", "dank", "bedankt", "dziekuje", "dziękuję", "dzieki", "dzięki", "spasibo",
                                                "arigato", "arigatou", "shukriya", "dhanyavad", "xiexie", "xie"]

    /// The same change said two ways: moving an order out of the list and deleting it for good are one family for a
    /// buyer ("yes delete it" at a permanent deletion).
    static func sameAction(_ a: DialogGoal, _ b: DialogGoal) -> Bool {
        if a == b { return true }
        let deletion: Set<DialogGoal> = [.deleteOrder, .deletePermanently]
        return deletion.contains(a) && deletion.contains(b)
    }

    private static let vowels: Set<Character> = Set("aeiouyáéíóúàèìòùäëïöüâêîôûãõåæøÿ")

    /// What a line of agreement is written with.
    static let agreementCharacters = CharacterSet.letters.union(.whitespaces).union(CharacterSet(charactersIn: ".,!'’-)("))

    /// Longer lines carry more than agreement: the other readings decide them.
    static let agreementLength = 8

    /// Words that agree, in the languages buyers mix into their English.
    static let agreementWords: Set<String> = Set<String>([
        "yes", "yess", "yesss", "yea", "yeah", "yep", "yup", "ya", "ye", "ok", "okay", "okey", "okie", "kk", "sure",
        "alright", "allright", "fine", "absolutely", "definitely", "certainly", "agreed", "perfect", "great", "correct", "right",
        // Hindi "ha" (short for "haan"); the other languages' words: `ConfirmationReader.otherLanguagesYes`.
        "ha",
    ]).union(ConfirmationReader.otherLanguagesYes)

    /// Words that refuse or hold back in those languages ("ja, nee toch niet", "si, pero…", "ok warte").
    static let refusalWords: Set<String> = Set<String>(["nope", "nah", "nee", "nein", "non", "nie", "niet", "nao", "não", "pero", "aber",
                                           "wacht", "espera", "attends", "warte", "stop", "undo", "mistake", "wrong",
                                           "hayir", "hayır", "tidak", "nggak", "gak", "jangan", "nahi", "nyet", "deixa", "dejalo", "déjalo",
                                           // Leaving, dropping or keeping things as they are ("ok bye", "ok leave it", "sure, keep it").
                                           "bye", "goodbye", "cya", "ciao", "adios", "leave", "forget", "nevermind", "skip", "keep",
                                           "rather", "prefer", "nothing", "neither", "pay", "paid", "agent", "human", "person"]).union(ConfirmationReader.foreignHolds)

    /// Words that ask: a line that asks is a question, whatever it opens with.
    static let questionWords: Set<String> = ["what", "whats", "why", "how", "hows", "when", "where", "which", "who", "whom", "whose"]
}
