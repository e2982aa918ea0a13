import Foundation

/// Words that look like a decision, a question or an addition but, in the way they stand, only describe: the register of
/// a full-sentence confirmation ("I confirm the cancellation of this order as described", "all the details are correct")
/// and of a remark beside a yes ("I'm really sorry for the trouble", "it's taking too long"). "What a…" is not read
/// here: it mocks as often as it exclaims ("yes, what a great way to lose my money"), and the yes is asked again,
/// unless a word of feeling follows at once ("what a headache").
///
/// Each reading is a shape, not a phrase list: an apology with its object ("sorry for the hassle") is no turn of mind; "too"
/// before a word of degree ("too long") adds no order; "all" over something that is not an order ("all the details", "all
/// my emails") adds none either; the pending action in another form of its
/// verb ("cancelling", "deletion", "removed") says the action again; "no longer" before a need the buyer denies gives the
/// reason where the action gets rid of something; there too, "the wrong size" after the buyer's own doing ("I ordered…",
/// "I paid with…") tells how the mistake came about, not that the summary is wrong; "as it is" after a go-ahead or a judgement in
/// its clause ("send it as it is", "the reason is fine as it is") describes the thing sent, where after "leave" or
/// "keep" it still refuses; a judgement only of a text to be sent, never of the order ("it's fine as it is" leaves it).
extension ConfirmationReader {
    /// A cue for the word at `index` read by its shape, or nil when the ordinary cues decide.
    func registerCue(_ words: Words, at index: Int) -> (Cue, Int)? {
        let tokens = words.tokens
        let token = tokens[index]
        let inClause: (Int) -> Bool = { $0 < tokens.count && !words.breakBefore[$0] }
        switch token {
        case "sorry":
            // "sorry for the trouble", "sorry about all this": an apology with its object, no turn of mind.
            guard inClause(index + 1), ["for", "about", "to"].contains(tokens[index + 1]) else { return nil }
            var end = index + 2
            while end < min(tokens.count, index + 6), inClause(end) {
                if Self.apologyObjects.contains(tokens[end]) { return (.neutral, end - index + 1) }
                end += 1
            }
            return nil
        case "too":
            // "too long", "way too slow": a degree, not "the lamp too".
            if inClause(index + 1), Self.degreeWords.contains(tokens[index + 1]) { return (.neutral, 2) }
            return nil
        case "all":
            // "all the details", "all my emails", "all of it": everything of something that is not an order.
            var next = index + 1
            while inClause(next), Self.quantifiedLinks.contains(tokens[next]) { next += 1 }
            guard inClause(next) else { return nil }
            let thing = tokens[next]
            if Self.orderish.contains(thing) || Self.adding.contains(thing) || thing.contains(where: \.isNumber) { return nil }
            // Only over the summary's parts, "it", or what is surely no thing bought ("all my emails"): "all my junk", "all
            // the mugs" may be more orders than this one, and widen the request.
            if thing == "it" || Self.summaryParts.contains(thing) || Self.neverBought.contains(thing) {
                return (.neutral, next - index)
            }
            return nil
        case "what":
            // "what a headache", "what a relief": an exclamation only right before a word of feeling; "what a great way to
            // lose my money" mocks, and is read word by word (asked again).
            if inClause(index + 1), ["a", "an"].contains(tokens[index + 1]), inClause(index + 2), Self.feelings.contains(tokens[index + 2]) {
                return (.neutral, 2)
            }
            return nil
        case "youve", "you":
            // "you've been very helpful", "you have been so patient": a compliment to the assistant.
            var next = index + 1
            if token == "you", inClause(next), tokens[next] == "have" { next += 1 }
            guard inClause(next), tokens[next] == "been" else { return nil }
            var end = next + 1
            while end < min(tokens.count, next + 4), inClause(end) {
                if Self.compliments.contains(tokens[end]) { return (.neutral, end - index + 1) }
                end += 1
            }
            return nil
        case "a", "one":
            // "a second teapot", "one second order": a number in order, not "wait a second".
            guard inClause(index + 1), tokens[index + 1] == "second", inClause(index + 2), !Self.neutral.contains(tokens[index + 2]),
                  !["or", "and", "sec", "moment"].contains(tokens[index + 2]) else { return nil }
            return (.neutral, 2)
        case "before":
            // "cancel it before he ships it", "quickly, before the two minutes are over": a time running out urges the go-ahead;
            // only a clause of those few words (anything else, "before you do", "before I ask my wife", is still a hold).
            var end = index + 1
            var runsOut = false
            while end < tokens.count, inClause(end), end - index <= 7 {
                let word = tokens[end]
                guard Self.timeRunningOut.contains(word) || Self.timeRunningOutVerbs.contains(word) || word.allSatisfy(\.isNumber) else { return nil }
                if Self.timeRunningOutVerbs.contains(word) { runsOut = true }
                end += 1
            }
            return runsOut ? (.neutral, end - index) : nil
        case "no":
            // "I no longer need it" where the action gets rid of something: the reason, not a refusal.
            guard negatedRemarksAgree, index > 0, inClause(index + 1), tokens[index + 1] == "longer",
                  Self.buyerSubjects.contains(tokens[index - 1]), inClause(index + 2), Self.deniedNeeds.contains(tokens[index + 2])
            else { return nil }
            // "I no longer need to cancel": the need denied is the action's own, a refusal.
            if tokens[(index + 3)...].prefix(3).contains(where: { actionWords.contains($0) || isActionForm($0) }) { return nil }
            return (.neutral, 2)
        case "wrong", "incorrect":
            // "I ordered the wrong size", "I paid with the wrong card": the buyer's own mistake, told as the reason.
            // Second-language English may drop the article: "I use wrong card".
            guard negatedRemarksAgree, index > 0, ["the", "a", "my"].contains(tokens[index - 1]) || Self.buyersOwnDoings.contains(tokens[index - 1]),
                  inClause(index + 1), !Self.neutral.contains(tokens[index + 1]) else { return nil }
            var back = index
            while back > 0, !words.breakBefore[back] {
                back -= 1
                if Self.buyersOwnDoings.contains(tokens[back]), back > 0, Self.buyerSubjects.contains(tokens[back - 1]) { return (.neutral, 1) }
            }
            return nil
        case "as":
            // "send it as it is", "the reason is fine as it is": said of the thing, after a go-ahead or a judgement.
            guard let tail = [["as", "it", "is"], ["as", "is"], ["as", "it", "stands"]].first(where: { tail in
                tail.indices.allSatisfy { index + $0 < tokens.count && tokens[index + $0] == tail[$0] && ($0 == 0 || inClause(index + $0)) }
            }) else { return nil }
            // A judgement agrees only of a text to be sent ("the wording is fine as it is"); of the order, the payment or "it"
            // it means leave it ("the order is fine as it is", "it's good as it is").
            var back = index
            var goesAhead = false
            var judged = false
            var ofAText = false
            while back > 0, !words.breakBefore[back] {
                back -= 1
                if Self.keepingWords.contains(tokens[back]) { return nil }
                if actionWords.contains(tokens[back]) || Self.goAheadVerbs.contains(tokens[back]) { goesAhead = true }
                if Self.judgements.contains(tokens[back]) { judged = true }
                if Self.textsSent.contains(tokens[back]) { ofAText = true }
            }
            return goesAhead || judged && ofAText ? (.neutral, tail.count) : nil
        default:
            break
        }
        // "cancelling", "deletion", "removed", "restoration": the pending action in another form of its verb.
        if token.count >= 5, isActionForm(token) { return (.restate, 1) }
        return nil
    }

    /// Whether `token` is another form of one of the action's own one-word verbs: "-ing", "-ed", "-ion", "-ation", "-al",
    /// with a doubled last letter ("cancelled") or a dropped "e" ("deleting", "deletion", "removal").
    func isActionForm(_ token: String) -> Bool {
        guard !actionWords.contains(token) else { return false }
        for suffix in ["ation", "ion", "ing", "ed", "al"] where token.hasSuffix(suffix) {
            let stem = String(token.dropLast(suffix.count))
            guard stem.count >= 3 else { continue }
            let doubled = stem.count >= 4 && stem.last == stem.dropLast().last ? String(stem.dropLast()) : stem
            for base in [stem, stem + "e", doubled] where actionWords.contains(base) && base.allSatisfy(\.isASCII) { return true }
        }
        return false
    }

    /// Wishes a buyer denies when giving the reason to get rid of something ("I never want to see it again").
    static let deniedWishes: Set<String> = ["want", "wanted", "see", "look", "wish", "care", "miss", "plan", "planned", "intend"]
    /// Words of a doing asked of the assistant: a "not" beside them is about the summary ("I don't want you to").
    static let doingsAsked: Set<String> = ["you", "u", "do", "done", "doing", "go", "proceed", "happen", "anything"]

    /// What runs out in a clause of urging ("before the two minutes are over", "before he ships it", "before the seller sends
    /// it"), and the verbs it runs out with.
    static let timeRunningOut: Set<String> = ["the", "two", "2", "minutes", "minute", "time", "window", "timer", "seconds", "it", "he",
                                              "she", "they", "seller", "shop", "store", "is", "are", "has", "have", "gets", "get",
                                              "its", "already"]
    static let timeRunningOutVerbs: Set<String> = ["ships", "ship", "shipped", "runs", "run", "out", "over", "ends", "expires",
                                                   "expired", "closes", "passes", "passed", "up", "late", "sends", "sent", "dispatches",
                                                   "dispatched", "posts", "posted"]

    /// Words that praise the assistant ("you've been very helpful").
    static let compliments: Set<String> = ["helpful", "kind", "great", "amazing", "patient", "wonderful", "brilliant", "lovely",
                                           "fantastic", "star", "lifesaver", "best", "nice", "quick", "clear", "good"]

    /// What a buyer apologises for.
    static let apologyObjects: Set<String> = ["trouble", "hassle", "bother", "bothering", "inconvenience", "confusion", "mess", "delay",
                                              "fuss", "this", "that", "all", "forth", "questions", "time", "wait", "waiting"]
    /// Words of degree after "too".
    static let degreeWords: Set<String> = ["long", "late", "slow", "slowly", "much", "many", "expensive", "pricey", "small", "big", "large",
                                           "early", "far", "high", "low", "bad", "complicated", "little", "short", "hard", "often",
                                           "costly", "cheap", "tight", "loose", "heavy", "risky", "final", "soon", "quick", "fast"]
    /// Words between "all" and what it quantifies.
    static let quantifiedLinks: Set<String> = ["the", "my", "of", "these", "those", "your", "our", "this", "that"]
    /// Things that are orders or requests: "all" over them adds to the request.
    static let orderish: Set<String> = ["order", "orders", "item", "items", "purchase", "purchases", "them", "ones", "one", "those", "these",
                                        "things", "stuff", "parcels", "packages", "payments", "charges", "disputes", "messages", "sellers",
                                        "shops", "stores", "requests", "other", "others", "rest", "else", "three", "two", "four", "both"]
    /// What "all" may be said of without meaning things bought ("they ignored all my emails").
    static let neverBought: Set<String> = ["emails", "calls", "attempts", "efforts", "patience", "help", "trouble", "questions", "answers",
                                           "replies", "complaints", "reminders"]
    /// The parts of a summary a buyer judges ("all the details are correct").
    static let summaryParts: Set<String> = ["details", "detail", "summary", "description", "information", "info", "wording", "words",
                                            "text", "points", "facts", "above", "fields"]
    /// Doings of the buyer that a mistake is told with ("I ordered the wrong size", "we picked the wrong colour").
    static let buyersOwnDoings: Set<String> = ["ordered", "bought", "paid", "used", "picked", "chose", "selected", "entered", "typed",
                                               "clicked", "order", "buy", "pay", "use", "pick", "choose", "select"]
    /// Words that keep things as they are ("leave it as it is").
    static let keepingWords: Set<String> = ["leave", "keep", "stay", "stays", "remain", "remains", "let"]
    /// The texts a summary sends, which a buyer may judge fine as they are.
    static let textsSent: Set<String> = ["message", "wording", "text", "reason", "note", "words", "draft", "description"]
    /// Words that judge a thing right ("the reason is fine as it is").
    static let judgements: Set<String> = ["fine", "good", "ok", "okay", "right", "correct", "perfect", "great", "accurate"]
}
