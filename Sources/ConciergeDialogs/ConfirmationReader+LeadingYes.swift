import Foundation
import ConciergeUnderstanding

/// A yes that opens the line, followed by words that only tell: "yes please, my son pressed the button by accident",
/// "yes i dont need it any more", "oui, je l'ai reçu", "ok, it came in one piece".
///
/// The whole-line reading holds such a yes back because the words after it are not understood. Here the yes opens the
/// line in a run of agreement on its own (agreement, the action said again, words of courtesy), and what follows only
/// remarks: no question, no refusal, hesitation, turn of mind or word that adds to the request, no intention or
/// someone else's say ("let me", "my husband wants"), no number (it may name another order), no condition. A
/// negated remark ("I don't need it") is taken only where the action gets rid of something (cancelling, voiding,
/// deleting): there it gives the reason; where the action keeps or sends something, a "not" may take the yes back.
/// The caller still checks that the remark names no other order and gives no value of the request (`besideRemarks`).
extension ConfirmationReader {
    /// `words` are the words of `text`, as the whole-line reading cut them.
    func yesThenRemark(_ text: String, _ words: Words) -> ConfirmationReading? {
        guard !text.contains("?"), !text.contains("¿"), !text.contains(":"), !text.contains("\"") else { return nil }
        let tokens = words.tokens
        guard tokens.count >= 2, tokens.count <= Self.leadingYesLimit else { return nil }
        // Nowhere in the line: a number (it may name another order), an intention, a condition, a word that adds, or damage
        // (a thing for a dispute, not a reason to go ahead).
        guard !tokens.contains(where: { token in
            token.contains(where: \.isNumber) || ConfirmationReader.intentionInARemark.contains(token)
        }), !says(Self.conditionWords.union(Self.damage), words), !tokens.contains(where: Self.doubtsAndFears.contains),
              !tokens.contains(where: Self.jesting.contains) else { return nil }
        // "it's ok as it stands": an "as it is" its shape does not read as said of a thing sent leaves things as they are.
        if tokens.indices.contains(where: { tokens[$0] == "as" && $0 + 1 < tokens.count && ["is", "it"].contains(tokens[$0 + 1])
            && registerCue(words, at: $0) == nil }) { return nil }
        // The head: the leading run of agreement, the action said again and courtesy, with at least one agreement.
        var index = 0
        var agrees = false
        // The head ends with its clause once it agrees: "yes open it, I'm so annoyed" leaves "I'm so annoyed" to the remark.
        while index < tokens.count, !Self.joining.contains(tokens[index]), !(agrees && words.breakBefore[index]),
              let (cue, length) = match(words, at: index), cue == .agree || cue == .restate || cue == .neutral {
            if cue == .agree { agrees = true }
            index += length
        }
        // "sure, and pigs fly", "Okay. It is my husband's order.": a remark joined on, or in a sentence of its own, may not
        // be about the summary at all.
        // A remark that tells a feeling ("so annoying", "I'm so tired of this seller", "honestly the worst purchase") may
        // open with "so" of degree and stand in a sentence of its own: it tells why, and says nothing of another thing.
        let feels = tokens[index...].contains(where: Self.feelings.contains)
        guard agrees, index < tokens.count, !Self.joining.contains(tokens[index]) || feels && tokens[index] == "so",
              Self.sentences(text).count == 1 || feels else { return nil }
        let head = tokens[0..<index].joined(separator: " ")
        guard decideHead(head) else { return nil }
        // The remark: only words that tell.
        var unread: [String] = []
        var negated = false
        // "yes, not this one": a "not" must have the buyer as its subject ("I don't need it", "we never used it").
        var negatedByTheBuyer = true
        var position = index
        while position < tokens.count {
            if let (cue, length) = match(words, at: position) {
                switch cue {
                case .neutral:
                    break
                case .negator:
                    negated = true
                    if !tokens[max(0, position - 2)..<position].contains(where: Self.buyerSubjects.contains) { negatedByTheBuyer = false }
                case .agree, .restate:
                    if negated { return nil }            // "yes, don't cancel it": a refusal after all
                case .refuse, .hesitate, .turn, .more, .asks:
                    return nil
                }
                position += length
            } else {
                unread.append(tokens[position])
                position += 1
            }
        }
        guard unread.count <= Self.remarkBudget + 2 else { return nil }
        // The remark is about the order or the request ("it", "the parcel", "by mistake", the item's own words), or in a
        // language the reader does not read, a few words with no English in them ("oui, je l'ai reçu"); "yes I got the
        // email" may answer something else.
        let aboutTheOrder = tokens.contains(where: Self.aboutTheRequest.contains)
        let foreign = tokens[..<index].contains(where: Self.foreignYes.contains) && !unread.isEmpty && unread.count <= 4
            && unread.allSatisfy { !EnglishLexicon.contains($0) && !Self.foreignDelays.contains($0) }
        // A feeling is the buyer's own: "my wife is so upset" may be why the buyer hesitates.
        if feels, tokens[index...].contains(where: Self.othersWhoFeel.contains) || Self.someoneElseIs(tokens[index...]) { return nil }
        // "Unfortunately the seller already shipped it", "the seller just offered a refund": news that may undo the request.
        if Self.newsThatUndoes(tokens[index...]) { return nil }
        guard aboutTheOrder || foreign || feels else { return nil }
        // A "not" must deny a need or a wish ("I don't need it", "I never meant to buy it").
        if negated, !negatedRemarksAgree || !tokens[index...].contains(where: Self.deniedNeeds.contains) || !negatedByTheBuyer {
            return nil
        }
        guard !words.containsAny(ConfirmationReader.intentionPhrases), Self.someoneElseSpeaks(tokens) == nil,
              Self.buyerDoesItThemselves(tokens) == nil else { return nil }
        let remark = tokens[index...].joined(separator: " ")
        var reading = ConfirmationReading(decision: .yes, why: "a yes opening the line ('\(head)'), then a remark that asks, doubts and changes nothing ('\(remark)')",
                                          rest: unread.joined(separator: " "))
        reading.besideRemarks = true
        return reading
    }

    /// Whether the line says one of `these` words beyond phrases its cues read as standing beside a decision ("too long" is
    /// no "too", "all my emails" no "all", "I paid with the wrong card" no damage).
    func says(_ these: Set<String>, _ words: Words) -> Bool {
        var index = 0
        while index < words.tokens.count {
            // A phrase read as standing beside the decision, or a word read by its shape; a single word of the lists still counts.
            if let (cue, length) = match(words, at: index), cue == .neutral,
               length > 1 || registerCue(words, at: index) != nil {
                index += length
                continue
            }
            if these.contains(words.tokens[index]) { return true }
            index += 1
        }
        return false
    }

    /// Words that tell how the buyer feels about the order or the seller, or judge what happened: a remark with one tells
    /// why, and asks nothing. No word of doubt or fear ("nervous", "worried", "scared"): those hold a yes back.
    static let feelings: Set<String> = [
        "annoyed", "annoying", "fed", "tired", "sick", "frustrated", "frustrating", "disappointed", "disappointing", "angry", "mad",
        "furious", "upset", "stressed", "stressful", "panicked", "panicking", "panic", "freaking", "relieved", "relief", "grateful",
        "thankful", "sad", "ugh", "argh", "sigh", "ridiculous", "terrible", "awful", "horrible", "worst", "waste", "headache",
        "nightmare", "hassle", "unbelievable", "regret", "shame", "pity", "unfortunately", "sadly", "phew", "lol", "lmao",
        "haha", "hahaha", "sucks", "goodness", "hopefully", "useless", "scam", "ripoff", "rubbish", "garbage", "junk", "fingers",
        "ignoring", "ignored", "honestly", "seriously", "literally", "impulse", "cheaper", "overpriced", "forever", "ages",
    ]

    /// Feelings of doubt or fear: a remark with one holds the yes back ("yes, I'm so nervous about this").
    static let doubtsAndFears: Set<String> = ["nervous", "worried", "worry", "worries", "scared", "afraid", "anxious", "doubt", "doubts",
                                              "hesitant", "risky", "scary", "fear", "concerned", "uneasy", "unsure", "confused", "torn"]
    /// Whether the remark says how someone other than the buyer is ("my client is furious", "the recipient is disappointed"):
    /// the subject of its "is", "are", "feels" is neither the buyer nor the order, the seller or the request.
    static func someoneElseIs(_ remark: ArraySlice<String>) -> Bool {
        for position in remark.indices.dropFirst() where copulas.contains(remark[position]) {
            let subject = remark[position - 1]
            if !(buyerSubjects.contains(subject) || aboutTheRequest.contains(subject) || orderish.contains(subject)
                 || thingsNotPeople.contains(subject)) { return true }
        }
        return false
    }
    /// Whether the remark tells that something already happened that may undo the request: "already" or "just" shortly
    /// before a doing of the seller, the bank or the parcel.
    static func newsThatUndoes(_ remark: ArraySlice<String>) -> Bool {
        for position in remark.indices where ["already", "just"].contains(remark[position]) {
            if remark[(position + 1)...].prefix(3).contains(where: undoingNews.contains) { return true }
        }
        return false
    }
    static let copulas: Set<String> = ["is", "are", "was", "were", "feels", "felt", "seems", "seemed", "gets", "got", "looks", "sounds"]
    /// Subjects of "is" that are no person: a remark judging them tells the buyer's own view ("this is so annoying").
    static let thingsNotPeople: Set<String> = ["which", "what", "thing", "service", "delivery", "experience", "situation", "process",
                                               "whole", "app", "site", "website", "wait", "waiting", "quality", "price", "there", "here"]
    /// Doings that, already done, may undo the request ("the seller already shipped it", "the bank already reversed it").
    static let undoingNews: Set<String> = ["shipped", "dispatched", "sent", "posted", "offered", "refunded", "reversed", "issued",
                                           "processed", "cancelled", "canceled", "been", "resolved", "fixed", "replaced"]
    /// Words that take what was said back as a joke ("yes haha just kidding", "ok lol jk"): no yes.
    static let jesting: Set<String> = ["kidding", "kid", "joking", "joke", "jk", "jking", "jokes", "jokin", "kiddin", "trolling", "jest",
                                           // Saying the opposite: "psych", "in your dreams", "sarcasm".
                                           "psych", "sike", "syke", "dreams", "sarcasm", "sarcastic"]
    /// People other than the buyer and the seller, whose feelings may decide for the buyer.
    static let othersWhoFeel: Set<String> = ["he", "she", "wife", "husband", "son", "daughter", "mom", "mum", "mother", "dad", "father",
                                             "friend", "boss", "partner", "brother", "sister", "boyfriend", "girlfriend", "kids", "family",
                                             "hes", "shes"]

    /// Whether the head alone reads as a plain yes.
    private func decideHead(_ head: String) -> Bool {
        var reader = self
        reader.leadingYes = false
        return reader.read(head).decision == .yes
    }

    /// Words that join a remark on rather than tell it.
    static let joining: Set<String> = ["and", "so", "or", "but", "then", "plus", "n"]
    /// Words of a remark about the order or the request itself.
    static let aboutTheRequest: Set<String> = ["it", "its", "this", "that", "them", "they", "one", "order", "item", "items", "parcel",
                                               "package", "box", "payment", "paid", "pay", "purchase", "bought", "ordered", "money",
                                               "charge", "charged", "refund", "seller", "shop", "mistake", "accident", "accidentally",
                                               "anymore", "needed", "arrived", "came", "received", "delivered"]
    /// The buyer as the subject of a negated remark.
    static let buyerSubjects: Set<String> = ["i", "we", "im", "ive", "id"]
    /// Words of damage: a remark with one belongs to a dispute.
    static let damage: Set<String> = ["broken", "damaged", "damage", "cracked", "smashed", "missing", "faulty", "defective", "fake",
                                      "wrong", "ripped", "torn", "leaking", "dead"]
    /// What a negated remark denies when it gives the reason for getting rid of something.
    static let deniedNeeds: Set<String> = ["need", "needed", "use", "used", "like", "mean", "meant", "anymore", "longer", "buy", "ordered"]
    /// Words of other languages that put a yes off ("mañana", "später"): a foreign remark with one is no yes.
    static let foreignDelays: Set<String> = Set<String>(["manana", "mañana", "despues", "después", "luego", "demain", "apres", "après", "plus", "tard",
                                             "morgen", "spater", "später", "nachher", "domani", "dopo",
                                             "jutro", "potem", "pozniej", "później", "ashita", "mingtian"]).union(foreignHolds)
    /// "But", "wait", "later", "stop" and "not" in the languages whose yes-words the cues know beyond the first ones
    /// (Turkish, Russian, Hindi, Indonesian, Portuguese): "evet ama", "da, podozhdi", "haan, par baad mein" hold the yes back.
    static let foreignHolds: Set<String> = [
        // Turkish.
        "ama", "fakat", "ancak", "lakin", "bekle", "bekleyin", "dur", "durun", "sonra", "yarin", "yarın", "degil", "değil", "yok",
        "hayir", "hayır",
        // Russian (transliterated).
        "no", "odnako", "podozhdi", "podozhdite", "pogodi", "pogodite", "potom", "pozzhe", "pozhe", "stoi", "stoy", "stop", "ne", "net",
        "nyet", "zavtra",
        // Hindi (transliterated).
        "par", "pur", "lekin", "magar", "baad", "baadmein", "ruko", "rukiye", "ruk", "kal", "nahi", "nahin", "mat",
        // Indonesian.
        "tapi", "tetapi", "namun", "tunggu", "nanti", "besok", "belum", "tidak", "bukan", "jangan", "gak", "nggak", "enggak", "ga",
        // Portuguese.
        "mas", "porem", "porém", "espera", "espere", "depois", "amanha", "amanhã", "nao", "não",
        // Tagalog.
        "pero", "hindi", "huwag", "wag", "ayaw", "ayoko", "mamaya", "bukas", "muna", "teka", "sandali", "siguro", "baka",
    ]
    /// At most this many words in a line read this way: a longer line is a story, asked again.
    static let leadingYesLimit = 18
    /// Words that make the remark a condition or a time to wait for.
    static let conditionWords: Set<String> = ["if", "unless", "when", "once", "until", "till", "after", "before", "only", "still", "again",
                                              "instead", "other", "another", "too", "also", "except", "while",
                                              "both", "all", "each", "every", "either", "neither"]
}
