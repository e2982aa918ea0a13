import Foundation

/// The words of other languages a reply to a summary is read by, in one place: the words that say yes alone (read by the
/// whole-line reader, the agreement rule and the leading yes alike), the Tagalog a line may be written in, and the verbs
/// of sending a request off and the words of "forever" buyers mix into their English.
extension ConfirmationReader {
    /// Words that say yes alone in the languages buyers mix into their English: Spanish, Portuguese, Italian, French,
    /// German, Dutch, Polish, Russian, Japanese, Hindi, Chinese (pinyin), Turkish, Indonesian, Hungarian, Estonian, Finnish,
    /// Tagalog ("opo", "sige"), Swahili, Vietnamese. Not Tagalog "oo" said anywhere (in an English line it is "ooh"): see
    /// `tagalogYes`; not Czech "ano" (Tagalog "what").
    static let otherLanguagesYes: Set<String> = [
        "si", "sí", "sì", "sim", "claro", "vale", "dale", "oui", "ja", "jawohl", "jep", "jo", "tak", "da", "hai", "haan", "shi", "hao",
        "dui", "evet", "tamam", "iya", "certo", "davai", "dobrze", "igen", "jah", "kylla", "kyllä", "opo", "sige", "ndiyo", "vâng", "vang",
    ]
    /// Of those, the ones whose languages' words of later, wait, but and no the reader knows (`foreignHolds`): after one, a short
    /// remark in no English may be in the same language. Not Swahili or Vietnamese ("ndiyo, kesho" puts the yes off).
    static let foreignYes: Set<String> = otherLanguagesYes.subtracting(["ndiyo", "vâng", "vang"])

    /// Words that mark a line as Tagalog: there "oo" is yes and "na" (already, now) is no refusal ("Oo po, i-send na").
    static let tagalogMarkers: Set<String> = ["po", "opo", "sige", "ninyo", "nyo", "niyo", "salamat", "yung", "ang", "lang", "naman",
                                              "talaga", "yun", "ng", "mga", "pakiusap"]
    /// Tagalog words that stand beside a decision: particles, articles, thanks.
    static let tagalogNeutral: Set<String> = ["po", "ninyo", "nyo", "niyo", "yung", "ang", "lang", "naman", "talaga", "ito", "iyan", "yan",
                                              "yun", "ko", "mo", "sa", "ng", "mga", "na", "pakiusap", "salamat"]
    /// Whether the line is written in Tagalog: a Tagalog word besides "oo" and "na".
    static func isTagalog(_ tokens: [String]) -> Bool {
        tokens.contains(where: tagalogMarkers.contains) || tokens.contains { $0.hasPrefix("paki") && $0.count > 5 }
    }
    /// The reading of a Tagalog word at `index` of a Tagalog line, or nil: "oo" agrees, "na" and the particles stand beside
    /// the decision, "pakidelete" says the action ("paki-" is please do).
    func tagalogCue(_ tokens: [String], at index: Int) -> (Cue, Int)? {
        let token = tokens[index]
        guard ["oo", "na"].contains(token) || Self.tagalogNeutral.contains(token) || token.hasPrefix("paki"), Self.isTagalog(tokens) else { return nil }
        if token == "oo" { return (.agree, 1) }
        if Self.tagalogNeutral.contains(token) { return (.neutral, 1) }
        if let verb = Self.tagalogPlease(token), actionWords.contains(verb) || Self.phrases[verb]?.contains(where: { $0.0 == [verb] && $0.1 == .agree }) == true {
            return (.restate, 1)
        }
        return nil
    }

    /// Tagalog "paki-" (please do): "pakidelete", "pakisend" say the verb after it.
    static func tagalogPlease(_ token: String) -> String? {
        guard token.hasPrefix("paki"), token.count > 5 else { return nil }
        return String(token.dropFirst(4)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// Verbs of sending the request off in the languages buyers mix in: at any summary they go ahead, as "send" does
    /// ("Ja, bitte abschicken", "mande la solicitud").
    static let sendingVerbs = ["abschicken", "absenden", "schicken", "senden", "envoyer", "envoyez", "envoie", "enviar", "envie", "envíe",
                               "envía", "envia", "mande", "manda", "mandar", "invia", "inviare", "wyślij", "wyslij", "verstuur", "gönder",
                               "gonder", "kirim", "ipadala", "isend"]
    /// "Forever" in those languages: beside a permanent deletion it says the action again ("usuń na zawsze").
    static let foreverPhrases: Set<String> = ["na zawsze", "para siempre", "para sempre", "pour toujours", "für immer", "fur immer",
                                              "per sempre", "voor altijd", "navsegda", "selamanya", "habang buhay"]
    /// Tagalog refusals, put-offs, turns and hesitations: "hindi" (no), "huwag" (don't), "mamaya" (later), "bukas" (tomorrow),
    /// "pero" (but), "teka", "sandali" (wait), "muna" (first, for now), "siguro", "baka" (maybe).
    static let tagalogRefusing = ["hindi", "huwag", "wag", "ayaw", "ayoko", "mamaya", "bukas", "hindi pa", "huwag muna", "wag muna"]
    static let tagalogTurning = ["teka", "sandali"]
    static let tagalogHesitating = ["muna", "siguro", "baka"]

    /// The summary judged right in those languages ("está perfeito", "alles in Ordnung", "tudo certo").
    static let judgedRight = ["está perfeito", "esta perfeito", "está perfecto", "esta perfecto", "tudo certo", "tudo bem", "todo bien",
                              "todo correcto", "todo está bien", "alles in ordnung", "alles gut", "alles richtig", "cest parfait", "tout est bon",
                              "tutto bene", "tutto giusto", "wszystko dobrze", "wszystko się zgadza", "okay na", "ayos na", "tama"]

    /// "The request" in those languages.
    static let requestNouns: Set<String> = ["solicitud", "pedido", "solicitação", "solicitacao", "anfrage", "antrag", "demande", "richiesta",
                                            "verzoek", "prośbę", "prosbe", "zahtev", "talep"]
}
