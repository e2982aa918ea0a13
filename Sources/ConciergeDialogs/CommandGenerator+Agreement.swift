import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A yes/no question answered with agreement in the buyer's own words.
///
/// Buyers answer a summary with a word of agreement and then whatever comes to them: thanks in their own language
/// ("yes, merci beaucoup"), the action said again in other words ("ok throw it out"), a remark ("sure, I know").
/// Listing every such word never ends; what decides is the other way round: the line opens with agreement, and
/// nothing in it asks, waits, refuses, changes the request, names another order or asks for another action. Then it
/// is a yes. Anything of those, and the other readings of the line decide as before.
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
        guard !text.contains("?"), !text.contains(":"), !text.contains("\""),
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
        guard slotValues(line, for: context.activeGoal, firstLine: false).isEmpty else { return false }
        // The rest may say the action again ("yes get rid of it"), never another action ("ok message the seller").
        let rest = tokens.drop { Self.agreementWords.contains($0) }.joined(separator: " ")
        // "ok cancel that" at a cancellation's summary may mean "stop this": never a yes.
        if Self.isBareRequestWord(rest) { return false }
        if !rest.isEmpty, let said = explicitGoal(rest), let offered, !Self.sameAction(said, offered) { return false }
        return true
    }

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
    static let agreementWords: Set<String> = [
        "yes", "yess", "yesss", "yea", "yeah", "yep", "yup", "ya", "ye", "ok", "okay", "okey", "okie", "kk", "sure",
        "alright", "allright", "fine", "absolutely", "definitely", "certainly", "agreed", "perfect", "great", "correct", "right",
        // Spanish, Portuguese, Italian, French, German, Dutch, Polish, Russian, Japanese, Hindi, Chinese (pinyin).
        "si", "sí", "sim", "claro", "vale", "dale", "oui", "ja", "jawohl", "jep", "tak", "da", "hai", "haan", "ha", "shi", "hao", "dui",
    ]

    /// Words that refuse or hold back in those languages ("ja, nee toch niet", "si, pero…", "ok warte").
    static let refusalWords: Set<String> = ["nope", "nah", "nee", "nein", "non", "nie", "niet", "nao", "não", "pero", "aber",
                                           "wacht", "espera", "attends", "warte", "stop", "undo", "mistake", "wrong",
                                           // Leaving, dropping or keeping things as they are ("ok bye", "ok leave it", "sure, keep it").
                                           "bye", "goodbye", "cya", "ciao", "adios", "leave", "forget", "nevermind", "skip", "keep",
                                           "rather", "prefer", "nothing", "neither", "pay", "paid", "agent", "human", "person"]

    /// Words that ask: a line that asks is a question, whatever it opens with.
    static let questionWords: Set<String> = ["what", "whats", "why", "how", "hows", "when", "where", "which", "who", "whom", "whose"]
}
