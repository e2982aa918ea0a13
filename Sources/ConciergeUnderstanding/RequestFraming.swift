import ConciergeDomain
/// Separates a request from its framing: "can you tell me where i can track my parcel",
/// "i want to know if i can cancel", "could you ask someone whether i can see my deliveries"
/// are read as the request inside them, so no intent (and not out_of_scope) learns the
/// framing words, and a framing never hides the request.
enum RequestFraming {
    /// Leading phrases that frame a request, longest first; stripped repeatedly.
    static let framings: [[String]] = [
        "could you please tell me", "can you please tell me", "could you tell me", "can you tell me",
        "would you tell me", "please tell me", "tell me", "i would like to know", "i want to know",
        "i need to know", "i wanted to know", "i would love to know", "do you know", "i was wondering",
        "i wonder", "could you ask someone", "can you ask someone", "could you ask an agent",
        "can you ask an agent", "ask an agent", "ask someone", "could you check", "can you check",
        "could you find out", "can you find out", "help me understand", "can you explain",
        "could you explain", "explain to me", "is it possible to", "is it possible for me to",
        "hi", "hello", "hey", "please", "so", "um", "ok so", "excuse me",
        "where i can", "how i can", "how i could", "whether i can", "whether i could", "if i can",
        "if i could", "if it is possible to", "whether it is possible to", "if", "whether",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Wrappers put around training examples (one per example, in turn) so that words around
    /// a request, seen with every intent and with out-of-scope sentences alike, carry no intent.
    /// Kept apart from `CrossValidation.unseenFramings`, which tests framings never trained on.
    static let trainingWrappers = [
        "can you tell me {}", "i want to know {}", "hello, {}", "{} please", "i need help: {}",
        "excuse me, {}", "one more thing, {}", "{}, thanks in advance", "hi there, {}",
        "i have a problem, {}", "{} ?", "so basically {}", "ok so {}", "hey, {} asap",
        "please help, {}", "question about something: {}", "i wanted to ask, {}", "{} if possible",
        "good afternoon, {}", "not sure who to ask but {}", "urgent: {}", "{}, let me know",
        "i would like some information, {}", "hello again, {}", "{} - thank you",
    ]

    /// `tokens` without their leading framing, unless that would leave fewer than two words
    /// ("hi" stays a greeting, "tell me" stays what it is).
    static func request(in tokens: [String]) -> [String] {
        var start = 0
        var changed = true
        while changed {
            changed = false
            for framing in framings where tokens.count - start - framing.count >= 2 {
                if tokens[start..<(start + framing.count)].elementsEqual(framing) {
                    start += framing.count
                    changed = true
                    break
                }
            }
        }
        return start == 0 ? tokens : Array(tokens[start...])
    }
}
