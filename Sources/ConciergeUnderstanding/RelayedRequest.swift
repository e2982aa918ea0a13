import ConciergeDomain
/// Reads a request made for someone else as the request itself: "my husband asked me to find out where his parcel
/// is", "my mother wants to cancel her order", "i'm writing for my grandma, she was charged twice". Who the buyer
/// acts for says nothing about what they ask, yet the catalog names relatives and colleagues almost only in
/// requests Concierge does not handle ("call mom", "send money to my brother"), so the person named pushed a
/// relayed request out of scope. The person ("my husband", "our neighbour", "my mother in law") is left out of the
/// classifier's words, and a third person's possessive before a noun ("his parcel", "her order") is read as the
/// buyer's ("my parcel"): the order is in the buyer's account either way. It applies when a line is classified,
/// not in training (the built-in model stays valid); an out-of-scope request about a person keeps its own words
/// ("call", "send money", "birthday"), and a person who is the object or only acted in the story stays in the line.
enum RelayedRequest {
    /// People a buyer acts for or relays, after "my" or "our" (an "s" of a plural or a possessive is read too).
    static let people: Set<String> = [
        "husband", "wife", "spouse", "partner", "boyfriend", "girlfriend", "fiance", "fiancee",
        "mother", "mom", "mum", "mommy", "mummy", "mama", "mamma", "mam", "ma", "father", "dad", "daddy", "papa", "pa",
        "parent", "parents", "son", "daughter", "kid", "kids", "child", "children", "baby", "stepmother", "stepfather",
        "stepson", "stepdaughter", "grandmother", "grandma", "granny", "nan", "nana", "gran", "grandfather", "grandpa",
        "granddad", "grandad", "grandson", "granddaughter", "grandchild", "grandkids", "grandparents", "aunt", "auntie",
        "uncle", "niece", "nephew", "cousin", "sister", "brother", "sibling", "siblings", "family", "relative",
        "friend", "flatmate", "roommate", "housemate", "neighbour", "neighbor", "colleague", "coworker", "boss",
        "manager", "assistant", "secretary", "mate", "buddy", "bestie",
        "bf", "gf", "hubby", "missus", "wifey", "caregiver", "carer", "patient", "elderly", "teenager", "teen",
    ]
    /// Words that may stand between "my" and the person ("my elderly mother", "my best friend").
    static let describing: Set<String> = [
        "old", "older", "elderly", "little", "younger", "elder", "big", "best", "dear", "late", "new", "ex",
        "grand", "step", "sick", "disabled", "aging", "ageing",
    ]
    /// Possessives of a third person read as the buyer's own before a noun.
    static let thirdPossessives: Set<String> = ["his", "her"]

    /// `tokens` with the people who relay a request left out and, in such a line, a third person's possessive read as
    /// "my". Only a person who asks, wants or says ("my husband asked…", "my mum wants…") is left out: a
    /// person the request is about or for ("a parcel i sent to my cousin", "complain about my neighbour", "call my
    /// mother") is what makes such a line a request Concierge does not handle, and stays.
    static func request(in tokens: [String]) -> [String] {
        // Most lines name nobody: they are found with one pass and no copy.
        guard var start = relayerStart(in: tokens, from: 0) else { return tokens }
        var result: [String] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while true {
            result.append(contentsOf: tokens[index..<start.my])
            index = start.end
            guard let next = relayerStart(in: tokens, from: index) else { break }
            start = next
        }
        result.append(contentsOf: tokens[index...])
        guard !result.isEmpty else { return tokens }
        // "her order", "his parcel": the relayed person's things are in the buyer's account.
        for i in result.indices where thirdPossessives.contains(result[i]) {
            if i + 1 < result.count && !objectFollowers.contains(result[i + 1]) { result[i] = "my" }
        }
        return result
    }

    /// The next relaying person from `from` on: where its "my" or "our" is and where the person ends.
    private static func relayerStart(in tokens: [String], from: Int) -> (my: Int, end: Int)? {
        var index = from
        while index < tokens.count {
            let token = tokens[index]
            if token == "my" || token == "our", let end = personEnd(tokens, after: index + 1), end < tokens.count,
               relayVerbs.contains(tokens[end]), index == 0 || !objectMarkers.contains(tokens[index - 1]) {
                return (index, end)
            }
            index += 1
        }
        return nil
    }

    /// What a relaying person does: asks, wants, says or decides. What they did ("my husband bought one", "my son
    /// ordered it") is a story told around the buyer's own request, often its reason, and is read as written; so is
    /// what someone can or will do ("my landlord won't give back my deposit" is about the landlord).
    static let relayVerbs: Set<String> = [
        "asked", "asks", "ask", "wants", "wanted", "would", "needs", "needed", "says", "said", "told", "tells", "thinks",
        "thought", "decided", "decides", "insists", "insisted", "prefers", "asking", "wondering", "worried", "worries",
    ]
    /// Words before "my" that make the person the request's object ("to my cousin", "about my neighbour").
    static let objectMarkers: Set<String> = [
        "to", "about", "against", "with", "from", "for", "at", "call", "text", "email", "message", "tell", "remind",
        "and", "than", "like", "of", "by",
    ]

    /// Where a person named from `start` ends ("elderly mother in law"), or nil when no person starts there.
    private static func personEnd(_ tokens: [String], after start: Int) -> Int? {
        var index = start
        while index < tokens.count && describing.contains(tokens[index]) && index < start + 2 { index += 1 }
        guard index < tokens.count, isPerson(tokens[index]) else { return nil }
        index += 1
        // "mother in law", "brother in law"
        if index + 1 < tokens.count && tokens[index] == "in" && (tokens[index + 1] == "law" || tokens[index + 1] == "laws") {
            index += 2
        }
        // "my husband s order": a possessive "s" left by the normaliser
        if index < tokens.count && tokens[index] == "s" { index += 1 }
        return index
    }

    private static func isPerson(_ word: String) -> Bool {
        if people.contains(word) { return true }
        // plurals and possessives written without an apostrophe ("my sisters order")
        guard word.hasSuffix("s"), word.utf8.count > 3 else { return false }
        return people.contains(String(word.dropLast()))
    }

    /// Words after which "her" is an object, not a possessive ("tell her to", "asked her if").
    static let objectFollowers: Set<String> = [
        "to", "if", "that", "and", "or", "but", "so", "about", "for", "with", "when", "what", "how", "why", "where",
        "the", "a", "an", "it", "is", "was", "back", "up", "in", "on", "at", "from", "again", "too", "now", "yet",
        "because", "since", "this", "these", "those", "then", "there", "here", "i", "we", "you", "they", "he", "she",
    ]
}
