import Foundation

/// The words and phrases `ConfirmationReader` reads a reply by: cues of agreement, refusal, hesitation, turns of mind,
/// negation and additions; the words that may stand beside a decision; each action's own verbs and nouns.
extension ConfirmationReader {
    enum Cue: Equatable {
        /// Agreement, the pending action said again, refusal, hesitation, a turn of mind, a negator, a word that adds to the request ("too", "instead"),
        /// a word that stands beside a decision, a question word.
        case agree, restate, refuse, hesitate, turn, negator, more, neutral, asks
    }

    /// What a reply is written with: letters, digits, spaces and the punctuation of sentences.
    static let replyCharacters = CharacterSet.letters.union(.decimalDigits).union(.whitespaces)
        .union(CharacterSet(charactersIn: ".,;:!?¿¡'’\"“”«»-–—()…#&/+*~"))

    /// Words after which a verb before its subject asks ("and will it", "so do I").
    static let beforeAQuestion: Set<String> = ["and", "so", "but", "then", "also", "please"]

    /// Someone other than the buyer as the subject of saying, agreeing or acting ("he said yes", "the seller must agree",
    /// "they told me to say ok"): their agreement is no decision of the buyer's. The pair found, if any.
    static func someoneElseSpeaks(_ tokens: [String]) -> String? {
        for (index, token) in tokens.enumerated() where otherPeople.contains(token) {
            for next in tokens[(index + 1)..<min(tokens.count, index + 3)] where speaking.contains(next) {
                return "\(token) \(next)"
            }
        }
        return nil
    }
    /// The buyer saying they will do it themselves ("let me write to them", "I'll call the shop"): no go-ahead for the
    /// assistant. The phrase found, if any.
    static func buyerDoesItThemselves(_ tokens: [String]) -> String? {
        for lead in [["let", "me"], ["ill"], ["i", "will"], ["im", "going", "to"], ["i", "am", "going", "to"], ["i", "can"]] {
            for index in tokens.indices where index + lead.count < tokens.count && Array(tokens[index..<index + lead.count]) == lead {
                let after = tokens[(index + lead.count)..<min(tokens.count, index + lead.count + 2)]
                if let doing = after.first(where: doingsOfTheBuyer.contains) { return (lead + [doing]).joined(separator: " ") }
            }
        }
        return nil
    }
    static let doingsOfTheBuyer: Set<String> = ["ask", "tell", "write", "message", "send", "contact", "call", "talk", "speak", "email",
                                                "text", "check", "think", "look", "read", "reread", "sort", "handle", "do"]
    static let otherPeople: Set<String> = ["he", "she", "they", "wife", "husband", "son", "daughter", "mom", "mum", "mother", "dad",
                                           "father", "friend", "boss", "partner", "brother", "sister", "seller", "someone", "somebody",
                                           "everyone", "everybody", "shop", "store", "boyfriend", "girlfriend", "kids", "family"]
    static let speaking: Set<String> = ["said", "says", "say", "told", "tells", "tell", "agree", "agrees", "agreed", "must", "will",
                                        "would", "should", "wants", "thinks", "thought", "replied", "replies", "answered", "answers",
                                        "accepted", "accepts", "approved", "approves", "confirmed", "confirms", "needs", "has", "can",
                                        "decided", "decides", "asked", "asks", "insists", "insisted", "promised", "promises", "ok", "okd"]

    /// What may stand between a negator and the end of its clause, or the agreement it turns ("please don't", "don't
    /// want that", "do not just send it"): other words make it a statement ("I don't want to see it in my list").
    static let negatedPlainly: Set<String> = ["wish", "intend", "plan", "it", "that", "this", "please", "pls", "do", "to", "now", "yet", "for", "me", "you", "just",
                                              "really", "want", "so", "then", "thanks", "thank", "dear", "go", "be", "the",
                                              "them", "anything", "ahead", "yourself", "again", "ever", "at", "all", "any", "i", "we",
                                              "think", "believe", "feel", "like", "say", "said"]

    /// A plea that, said alone, asks to go ahead.
    static let pleading: Set<String> = ["please", "pls", "plz", "bitte", "favor", "plait", "plaît", "prosze", "proszę"]

    /// Words that may lead into a "no" that answers ("oh no", "so no", "and no").
    static let leadIns: Set<String> = ["oh", "ah", "hmm", "um", "umm", "uh", "well", "so", "and", "then", "but", "sorry", "actually", "i", "say",
                                       "said", "dear", "thanks", "thank", "you", "ok", "okay", "pero", "mais", "aber", "ma", "maar", "mas"]

    /// What follows "if" in a condition of courtesy, longest first ("yes, quickly if you can").
    static let courtesyTails: [[String]] = [
        "you would be so kind", "its not too much trouble", "it is not too much trouble", "you dont mind", "you do not mind",
        "that is possible", "thats possible", "it is possible", "its possible", "that is ok", "thats ok", "that is okay",
        "thats okay", "thats alright", "that is alright", "thats all right", "you can", "you could", "you would", "you please",
        "you may", "possible", "you will", "u can", "u could", "you havent already", "you havent done it already",
        "you have not done it already", "you havent done so already", "not done already", "its not done already",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Things of other actions a buyer turns down beside a yes ("yes cancel it, no messages", "no dispute, just cancel").
    static let otherThings: Set<String> = ["message", "messages", "note", "notes", "chat", "chatting", "dispute", "disputes",
                                           "complaint", "complaints", "photo", "photos", "pictures", "fuss"]

    /// The things of `otherThings` by kind, with the words of the actions they belong to: "no chat" where a message waits
    /// turns the message down.
    static let kindsOfThings: [Set<String>] = [
        ["message", "messages", "note", "notes", "chat", "chatting", "text", "send", "write", "ask", "tell"],
        ["dispute", "disputes", "complaint", "complaints", "claim", "claims", "case", "open", "file", "raise"],
        ["photo", "photos", "pictures"],
    ]

    /// Turns of mind that set up a contrast: with nothing decided after them the line is open.
    static let contrasting: Set<String> = ["but", "however", "although", "though", "then", "aber", "pero", "mais", "mas", "ma", "maar", "except"]

    /// Turns of mind that put the action off ("wait", "hold on"), and the refusals some of them carry ("no wait").
    static let holding: Set<String> = ["wait", "hold", "hang", "espera", "attends", "warte", "wacht"]
    static let refusingInTurns: Set<String> = ["no", "nah", "nope"]

    /// Verbs of a hedge ("I think", "I suppose") said without an object.
    static let hedging: Set<String> = ["think", "suppose", "believe", "reckon", "guess", "hope"]

    /// Two-letter words one slip from "no" that say something else.
    static let notANo: Set<String> = ["np", "yo", "so", "go", "do", "to", "on", "oh", "ni", "nu", "ny"]

    /// Time words that may time the buyer's own later doing (`laterDoings`).
    static let timeOfDoing: Set<String> = ["afterwards", "afterward", "later", "after", "then"]

    /// Words of agreement a slip of the keyboard still shows ("yse", "yeha", "plese", "snd").
    static let typoTargets: Set<String> = ["yes", "yeah", "yep", "okay", "sure", "send", "please", "proceed", "confirm"]
    /// Real words one slip from those: never read as agreement.
    static let realWordsNearAgreement: Set<String> = ["yet", "yen", "yew", "eyes", "ayes", "yeas", "cure", "pure", "lure", "sore", "surf",
                                                      "sue", "suer", "sent", "end", "ends", "sand", "seed", "lend", "bend", "mend", "tend",
                                                      "vend", "fend", "spend", "sends", "pleas", "conform", "kay", "obey", "send", "yea", "year", "yard", "yeast"]

    /// The word with each run of one letter written once ("noooo" → "no", "okkk" → "ok").
    static func squeezed(_ word: String) -> String {
        var out = ""
        for character in word where character != out.last { out.append(character) }
        return out
    }

    /// Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours.
    static func oneSlipApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x == y { return false }
        if x.count == y.count {
            let diff = x.indices.filter { x[$0] != y[$0] }
            if diff.count == 1 { return true }
            return diff.count == 2 && diff[1] == diff[0] + 1 && x[diff[0]] == y[diff[1]] && x[diff[1]] == y[diff[0]]
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        return short[i...].elementsEqual(long[(i + 1)...])
    }

    /// Cue phrases by their first word, longest first.
    static let phrases: [String: [([String], Cue)]] = {
        var table: [String: [([String], Cue)]] = [:]
        func add(_ list: [String], _ cue: Cue) {
            for phrase in list {
                let words = phrase.split(separator: " ").map(String.init)
                table[words[0], default: []].append((words, cue))
            }
        }
        add(agreeing + Array(otherLanguagesYes) + sendingVerbs, .agree)
        add(tagalogRefusing, .refuse)
        add(tagalogTurning, .turn)
        add(tagalogHesitating, .hesitate)
        add(Array(foreverPhrases) + Array(requestNouns), .neutral)
        add(judgedRight, .agree)
        add(refusing, .refuse)
        add(hesitating, .hesitate)
        add(turning, .turn)
        add(negating, .negator)
        add(adding, .more)
        add(neutralPhrases, .neutral)
        add(asking, .asks)
        return table.mapValues { $0.sorted { $0.0.count > $1.0.count } }
    }()

    /// Agreement, in English and in the languages buyers mix in (apostrophes dropped: "let's" is "lets").
    static let agreeing = [
        "yes", "yess", "yesss", "yeah", "yeh", "yea", "yep", "yup", "ya", "yah", "ye", "yh", "yas", "aye", "y", "k", "kk", "ok", "okay",
        "okey", "okie", "okies", "oki", "okk", "okay then", "ok then", "okey dokey", "okie dokie", "okidoki",
        // "ys": a yes typed without its vowel, as "pls" and "thx" are; the okey-dokey family as buyers spell it.
        "ys", "oki doki", "okey doke", "okie doke", "okey dokie", "okee dokee", "okey dokey then", "alrighty", "sure",
        "surely", "sure thing", "for sure", "alright", "allright", "aight", "all right", "fine", "correct", "right", "exactly",
        "absolutely", "definitely", "certainly", "indeed", "affirmative", "agreed", "agree", "i agree", "confirm", "confirmed",
        "i confirm", "proceed", "please proceed", "you may proceed", "go ahead", "go ahead with it", "go on", "carry on", "go for it",
        "do it", "do so", "please do", "do that", "just do it", "lets do it", "lets do that", "let us do it", "let us do that",
        "lets go", "lets go ahead", "lets proceed", "make it so", "you may", "you can", "sounds good", "sounds great", "sounds fine",
        "sounds right", "sounds lovely", "sounds perfect", "looks good", "looks right", "looks fine", "looks correct", "looks great",
        "looks perfect", "that would be lovely", "that would be great", "that would be good", "that would be fine",
        "that would be perfect", "that would be wonderful", "that would be nice", "that would be helpful", "that would be best",
        "would be lovely", "would be great", "would be good", "lovely", "great", "good", "perfect", "wonderful", "brilliant",
        "excellent", "splendid", "fantastic", "awesome", "nice", "cool", "super", "marvellous", "terrific", "ideal", "fab",
        "wouldnt say no", "would not say no", "cant say no", "couldnt say no", "nah yeah", "yeah nah yeah",
        "thats fine", "that is fine", "thats ok", "that is ok", "thats okay", "that is okay", "thats good", "that is good",
        "fine by me", "fine with me", "ok by me", "ok with me", "okay by me", "okay with me", "good by me", "good with me",
        "works for me", "that works", "thats what i want", "that is what i want", "that is what i would like",
        "thats what i would like", "that is what i wanted", "thats what i wanted", "what i want to say", "what i wanted to say", "thats what i want to say", "that is what i want to say",
        "what i want to send", "exactly what i want", "what i want", "what i would like", "what i wanted",
        "i would like that", "id like that", "i want that", "i would appreciate that", "i would appreciate it", "yes please",
        "by all means", "of course", "ofc", "no problem", "no prob", "no probs", "not a problem", "no worries", "no objection",
        "no objections", "dont mind", "do not mind", "why not", "i dont see why not",
        // "No problem" and "why not" in Indonesian and Hindi: a "not" that agrees ("iya tidak apa-apa", "haan kyun nahi").
        "tidak apa apa", "tidak apa-apa", "tidak papa", "gak apa apa", "gak apa-apa", "gak papa", "nggak apa apa", "nggak apa-apa",
        "nggak papa", "ga apa apa", "ga papa", "gapapa", "kyun nahi", "kyon nahi", "kyu nahi", "i suppose so", "i guess so", "i think so",
        "i believe so", "so be it", "very well", "all good", "all set", "thats it", "that is it", "thats right", "that is right",
        "that is correct", "thats correct", "thats true", "that is true", "you got it", "right away", "green light", "go", "go go",
        "i do", "i am sure", "im sure", "i am certain", "positive", "please go ahead", "be my guest", "send", "send it", "send it off",
        "submit", "submit it", "continue", "i want to proceed", "i want to continue", "please continue", "get it done",
        "lets get it done", "i accept", "accept", "accepted", "approved", "approve", "i approve", "done", "deal", "roger",
        "roger that", "yes sir", "it is fine", "its fine", "it is ok", "its ok", "its okay", "it is okay", "no issue", "no issues",
        "no changes", "no change", "nothing to change", "nothing to add", "all correct", "im fine with that", "im ok with that",
        "im okay with that", "im good with that", "i am fine with that", "i am ok with that", "fine with that", "ok with that",
        "happy with that", "happy with it", "im happy with that", "i am happy with that",
        // A judgement that accepts what was said: "fair enough", "that makes sense", "that reads right".
        "fair enough", "that seems fair", "seems fair", "that sounds fair", "sounds fair", "that seems reasonable",
        "seems reasonable", "that sounds reasonable", "sounds reasonable", "that makes sense", "makes sense", "that reads right",
        "reads right", "that reads well", "reads well", "spot on", "just the job", "that will do", "thatll do", "thats everything",
        "that is everything", "off it goes", "off you go", "send it on", "pass it on",
        // The summary judged true in the formal register, and urging: "everything above is accurate", "that is exactly what
        // happened", "the sooner the better".
        "obviously", "say less", "before i change my mind", "says it perfectly", "says it all", "says exactly what i wanted",
        "puts it perfectly", "put it perfectly", "perfectly", "what i wanna say", "thats what i wanna say", "what i wanted to write",
        "accurate", "all accurate", "i request", "i hereby request", "i authorise", "i authorize", "i consent", "i give my consent", "exactly what happened", "thats what happened", "that is what happened", "the sooner the better",
        "the faster the better", "the quicker the better", "as soon as possible",
        // Spanish, Portuguese, Italian, French, German, Dutch, Polish, Russian, Japanese, Hindi, Chinese (pinyin).
        "si", "sí", "sì", "sim", "claro", "claro que si", "claro que sí", "claro que sim", "vale", "dale", "por supuesto", "de acuerdo",
        "perfecto", "bueno", "esta bien", "está bien", "ta bom", "tá bom", "pode", "pode ser", "certo", "va bene", "daccord", "oui",
        "bien sur", "bien sûr", "parfait", "ja", "jawohl", "genau", "klar", "natürlich", "naturlich", "gerne", "gern", "einverstanden",
        "doe maar", "prima", "jep", "jo", "tak", "da", "konechno", "khorosho", "horosho", "hai", "haan", "ji haan", "theek hai",
        "thik hai", "shi", "hao", "dui", "hao de", "xing",
        // Go ahead, said with the verb of doing or going on in those languages and in Turkish and Indonesian: "sim pode
        // fazer", "si hazlo", "da davai", "ja mach das", "oui vas-y", "evet tamam", "iya lanjut".
        "pode fazer", "pode mandar", "pode enviar", "pode seguir", "pode continuar", "pode ir", "faz isso", "faça isso", "faca isso",
        "vai em frente", "hazlo", "házlo", "hagalo", "hágalo", "adelante", "procede", "sigue", "fallo", "procedi", "vai pure",
        "davai", "davay", "delai", "mach das", "mach es", "mach schon", "nur zu", "vas y", "vas-y", "allez y", "allez-y",
        "fais le", "fais-le", "evet", "tamam", "olur", "iya", "boleh", "lanjut", "oke", "kar do", "kardo",
        // Tagalog, Swahili, Indonesian and Malay, Vietnamese: "opo", "ndiyo", "ya sudah". Not Tagalog "oo": in an English line
        // it is "ooh" ("oo I see"); not Arabic "naam", "aiwa": its "la" (no) is a filler elsewhere ("naam, la").
        "opo", "sige", "ndiyo", "tafadhali", "silakan", "vâng", "vang", "ừ",
    ]

    /// Refusal, putting off and leaving things as they are.
    static let refusing = [
        "no", "nope", "nopes", "nop", "nah", "na", "naw", "nay", "noo", "nooo", "n", "negative", "no thanks", "no thank you", "not now",
        "not yet", "not today", "not at the moment", "not right now", "not for now", "maybe later", "later", "another time",
        "some other time", "another day", "some other day", "tomorrow", "tonight", "next week", "rather not", "id rather not",
        "i would rather not", "i had rather not", "prefer not", "id prefer not", "i would prefer not", "better not", "lets not",
        "let us not", "leave it", "leave it as it is", "leave it be", "leave it alone", "let it be", "lets leave it",
        "let us leave it", "leave the order", "leave my order", "leave everything", "leave things", "keep it", "ill keep it",
        "i will keep it", "keep it as it is", "keep the order", "keep my order", "keep everything", "keep things", "forget it",
        "forget about it", "forget that", "forget", "never mind", "nevermind", "nvm", "changed my mind", "change my mind",
        "changed mind", "change of mind", "changing my mind", "had second thoughts", "having second thoughts",
        "have second thoughts", "change of heart", "stop", "abort", "dont bother", "no need",
        "ill pass", "i will pass", "i pass", "hold off", "scrap that", "scrap it", "drop it", "wrong", "incorrect",
        "not right", "not correct", "no way", "not really", "i dont think so", "dont think so", "i do not think so",
        "absolutely not", "definitely not", "certainly not", "of course not", "no go", "skip it", "not anymore", "no longer",
        "not interested", "not that", "no sorry", "sorry no", "let it go", "mistake", "a mistake", "dont touch", "do not touch", "not at this time", "not at this point",
        "not at this stage", "let me check", "think about it",
        "still deciding", "still thinking", "still considering", "sleep on it", "think it over", "think it through", "get back to you",
        "come back", "check with", "ask my", "talk to my", "first", "id rather", "i would rather", "id prefer", "i would prefer", "i prefer", "ne", "do nothing", "please do nothing", "dont do anything",
        "do not do anything", "not worth it", "as it is", "as is", "not this time", "hold it", "hold that", "hold this", "hold everything", "park it", "park that", "park this",
        "leave that", "leave this", "call it off", "stay as it is",
        // Spanish, Portuguese, Italian, French, German, Dutch, Polish, Russian, Japanese, Hindi, Chinese (pinyin).
        "não", "nao", "no gracias", "mejor no", "todavía no", "todavia no", "ahora no", "ainda não", "ainda nao", "agora não",
        "agora nao", "non", "non merci", "pas maintenant", "pas encore", "nein", "nein danke", "noch nicht", "lieber nicht", "nicht jetzt",
        "nee", "liever niet", "nog niet", "nie", "niet", "net", "nyet", "iie", "nahi", "nahin", "bu", "bu yao", "buyao", "no grazie",
        "doch nicht", "toch niet", "plus tard", "más tarde", "mas tarde", "mais tarde", "später", "spater", "più tardi", "piu tardi",
        "potem", "pozhe", "ato de", "no ahora", "no todavía", "no todavia",
        // Leave it, in those languages and in Turkish and Indonesian: "não, deixa", "déjalo", "lass es", "ne nado", "hayır".
        "deixa", "deixa pra la", "deixa pra lá", "esquece", "dejalo", "déjalo", "olvidalo", "olvídalo", "lass es", "lass mal",
        "ne nado", "laisse tomber", "pas besoin", "lascia stare", "lascia perdere", "hayir", "hayır", "istemiyorum", "vazgectim",
        "vazgeçtim", "tidak", "nggak", "gak", "jangan", "nahi chahiye", "zostaw", "zostaw to", "nie trzeba", "hindi na", "huwag",
        "hapana", "la shukran",
        "undo", "undo it", "undo that", "skip", "skip that", "lets skip", "lets skip it", "lets skip that", "dont worry about it",
        "do not worry about it", "handle it myself", "deal with it myself", "sort it out myself", "keep the payment",
        "keep my payment", "keep the charge", "next year", "next month",
    ]

    /// Hesitation: nothing may be done on it.
    static let hesitating = [
        "maybe", "perhaps", "not sure", "im not sure", "i am not sure", "unsure", "dont know", "i dont know", "do not know", "idk",
        "one moment", "a moment", "one sec", "a sec", "a second", "one second", "give me a minute", "give me a second",
        "not so sure", "i wonder", "no idea", "not certain", "hesitant", "unless", "if", "i guess", "might", "i might",
        "in a minute", "in a moment", "in a sec", "in a second", "in a bit", "in a while", "in an hour", "after", "afterwards",
        "before", "once", "ill", "i will", "im going to", "i am going to", "until", "vielleicht", "peut être", "peut etre", "bye",
        "goodbye", "cya", "ciao", "adios", "cancel that", "cancel this", "quizás", "quizas", "tal vez", "talvez", "forse",
        "misschien", "może", "moze", "chotto matte", "matte", "brb",
        // Someone else acting, or a time to come: "great, they said they would send it this afternoon".
        "they said", "they say", "they will", "they would", "theyll", "theyd", "he said", "she said", "he will", "she will",
        "seller said", "seller says", "the seller will", "they are", "theyre", "this afternoon", "this evening", "after lunch",
        "probably", "let me think", "need to think", "i need to think",
        // Agreement said in mockery: "yeah right", "sure sure", "as if".
        "yeah right", "yea right", "ya right", "yeh right", "sure sure", "as if",
        // Conditions: "yes as long as it's free", "ok provided the seller agrees".
        "as long as", "so long as", "provided", "providing", "assuming", "on condition", "only if", "depends", "it depends",
        // "I don't know" in the languages of `refusing`: not a refusal.
        "nie wiem", "no se", "no sé", "não sei", "nao sei", "je ne sais pas", "ne sais pas", "sais pas", "weiss nicht", "weiß nicht",
        "keine ahnung", "non lo so", "non so", "weet niet", "weet ik niet",
        // A day to come: "sure, on Friday".
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
    ]

    /// A turn of mind: what follows may take back what came before.
    static let turning = [
        "wait", "no wait", "oh wait", "nah wait", "wait no", "actually", "actually no", "on second thought", "on second thoughts",
        "second thought", "second thoughts", "then again", "but", "however", "although", "though", "hold on", "hang on", "oops",
        "scratch that", "i mean", "sorry", "hmm actually", "aber", "pero", "mais", "mas", "ma", "maar", "espera", "attends", "warte",
        "wacht",
    ]

    /// Negators: they turn the agreement after them in their clause.
    static let negating = [
        "not", "dont", "do not", "please dont", "please do not", "never", "cant", "cannot", "wont", "will not", "shouldnt", "should not", "wouldnt", "didnt", "doesnt",
        "isnt", "arent", "hasnt", "havent", "hadnt", "wasnt", "werent", "aint", "nor", "neither", "nicht", "pas", "kein", "nunca",
        "jamais",
    ]

    /// Words that ask for more than the summary: another order, another thing too.
    static let adding = ["too", "also", "as well", "instead", "other", "another", "both orders", "both items", "all orders", "plus", "additionally", "and the", "rather than",
                         "change", "add", "edit", "modify", "rewrite", "replace", "different", "but make", "translate", "all my", "all the",
                         "all of", "every", "others", "them all", "not just", "not only"]

    /// Words that add to a request, when what they add is already covered by it ("yes, both of them, the lamp as well").
    static let coveredAdditions: Set<String> = ["too", "also", "as well", "both orders", "both items", "all orders", "them all", "all of",
                                                "and the", "other", "another", "plus"]

    /// Phrases that stand beside a decision without making one ("by mistake", "I'm good").
    static let neutralPhrases = ["long enough", "waited long enough", "not very good with computers", "not good with computers",
                                 "not very good with technology", "not good with technology", "not good with these things",
                                 "for being so patient", "for your patience", "as described", "as summarised", "as summarized",
                                 "as stated", "as written", "as shown", "as outlined", "as listed", "as discussed", "as requested",
                                 "as mentioned", "as above", "as you wrote", "as you said", "as you described", "as you summarised",
                                 "as you summarized", "as agreed", "any more", "any longer", "as it was written", "fingers crossed", "thank goodness",
                                 "thank god", "thank heavens", "thank heaven", "no rush", "no hurry", "no further questions", "no more questions", "no questions", "no doubt",
                                 "no doubt about it", "at once", "after all", "by mistake", "made up my mind", "my mind is made up", "ive decided", "i have decided", "im good", "i am good", "im fine", "i am fine", "im ok", "im okay", "thank you"]

    /// Question words opening a clause.
    static let asking = [
        "what", "whats", "why", "how", "hows", "when", "where", "which", "who", "whom", "whose", "can i", "will i", "do i", "does it",
        "is it", "is there", "will it", "will the", "would it", "does the", "is the", "are there", "should i", "could i", "shall i",
        "would i", "am i", "did you", "do you", "have you", "can you tell", "could you tell",
    ]

    /// Words that stand beside a decision without changing it: courtesy, fillers, the request's plain nouns.
    static let neutral: Set<String> = Set([
        "i", "im", "ive", "id", "ill", "it", "its", "that", "thats", "this", "the", "a", "an", "my", "me", "you", "youre", "we", "us",
        "then", "just", "so", "well", "oh", "ah", "ahh", "hmm", "hm", "hmmm", "um", "umm", "uh", "er", "erm", "mm", "really", "very",
        "much", "lot", "lots", "dear", "sir", "madam", "maam", "mate", "buddy", "friend", "honey", "love", "pal", "please", "pls",
        "plz", "thanks", "thank", "thx", "ty", "tysm", "cheers", "kindly", "now", "all", "and", "for", "with", "to", "is", "be", "was",
        "of", "on", "order", "request", "one", "item", "purchase", "thing", "everything", "anything", "quite", "totally", "completely",
        "fully", "again", "ahead", "there", "here", "sounds", "looks", "seems", "guess", "suppose", "think", "am", "are", "will",
        "would", "should", "could", "can", "may", "want", "like", "happy", "glad", "ready", "as", "said", "understood", "understand",
        "see", "know", "noted", "appreciated", "appreciate", "kind", "helpful", "help", "your", "god", "lord", "gosh", "let", "have", "has", "had", "do", "does", "today", "asap", "quick", "quickly", "fast", "soon", "straight",
        "away", "immediately", "at", "once", "already", "both", "hi", "hello", "hey", "finally", "honestly", "truly", "sincerely", "mind",
        "get", "gets", "in", "it", "them", "ok", "need",
        // Courtesy and small words in the languages of `agreeing` and `refusing`.
        "merci", "beaucoup", "sil", "vous", "plait", "plaît", "gracias", "muchas", "mil", "por", "favor", "obrigado", "obrigada",
        "muito", "grazie", "mille", "danke", "schön", "schon", "sehr", "bitte", "dank", "bedankt", "graag", "hoor", "dziekuje",
        "dziękuję", "dzieki", "dzięki", "bardzo", "dobrze", "prosze", "proszę", "spasibo", "arigato", "arigatou", "gozaimasu",
        "onegaishimasu", "shukriya", "dhanyavad", "ji", "xiexie", "xie", "senor", "señor", "señora", "senhor", "senhora", "madame",
        "monsieur", "e", "et", "und", "en", "ya", "já", "lo", "la", "el", "le", "les", "los", "las", "il", "o", "die", "das", "der",
        "den", "de", "del", "al", "zu", "es", "est",
        // The formal register of a confirmation: "I hereby confirm…", "all the details", "removed from my list", "I wish to…".
        "hereby", "details", "detail", "summary", "description", "information", "info", "wording", "above", "from", "wish",
        "anymore", "formally", "anyway", "anyways", "lol",
        // Thanks, please and blessings in the languages buyers mix in: "yes pls, salamat", "ok, inshallah", "lütfen".
        "salamat", "po", "terima", "kasih", "makasih", "tolong", "lütfen", "lutfen", "teşekkürler", "tesekkurler", "tesekkür",
        "sağol", "sagol", "shukran", "inshallah", "insha", "allah", "inshaallah", "mashallah", "asante", "cảm", "ơn", "cam",
        "xin", "dhanyavaad", "kripya", "meherbani", "favour",
    ])
}
