import ConciergeDomain
/// Hashes a token sequence into sparse features: word unigrams, word bigrams (with a start
/// marker), character n-grams inside each word (with `<` `>` boundary markers), and one
/// feature per word never seen in an in-scope example.
struct FeatureExtractor: Sendable {
    /// Placeholder for digit runs of order-number length (the digits themselves carry no intent).
    static let longNumber = "<num>"
    /// Placeholder for shorter numbers (quantities, amounts, ordinals' digits).
    static let shortNumber = "<n>"

    let settings: MatcherSettings

    /// Replaces digit runs by placeholders, leaving words untouched.
    static func classifierToken(_ token: String) -> String {
        var digits = 0
        for byte in token.utf8 {
            guard byte >= 48 && byte <= 57 else { return token }
            digits += 1
        }
        return digits >= 6 ? longNumber : shortNumber
    }

    /// Appends one (hash, weight) pair per feature occurrence.
    func extract(tokens: [String], unknown: [Bool], hashes: inout [UInt64], weights: inout [Float]) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        extract(tokens: tokens[...], unknown: unknown[...], hashes: &hashes, weights: &weights, buffer: &buffer)
    }

    /// `extract` of a part of a message (a window) read in place, with the caller's buffer for a word's bytes.
    func extract(
        tokens: ArraySlice<String>, unknown: ArraySlice<Bool>, hashes: inout [UInt64], weights: inout [Float],
        buffer: inout [UInt8]
    ) {
        if settings.sellerViewWeight > 0 && Self.speaksAsSeller(tokens) {
            hashes.append(Self.sellerViewFeature)
            weights.append(settings.sellerViewWeight)
        }
        if settings.otherServiceWeight > 0 && Self.namesOtherService(tokens) {
            hashes.append(Self.otherServiceFeature)
            weights.append(settings.otherServiceWeight)
        }
        if settings.serviceWeight > 0 && Self.namesService(tokens) {
            hashes.append(Self.serviceFeature)
            weights.append(settings.serviceWeight)
        }
        if settings.elsewhereWeight > 0 && Self.placesElsewhere(tokens) {
            hashes.append(Self.elsewhereFeature)
            weights.append(settings.elsewhereWeight)
        }
        var previous: String = "^"
        for (token, isUnknown) in zip(tokens, unknown) {
            hashes.append(Self.wordFeature(token))
            weights.append(settings.wordWeight)
            hashes.append(Self.bigramFeature(previous, token))
            weights.append(settings.bigramWeight)
            previous = token

            if isUnknown {
                hashes.append(Self.unknownWordFeature)
                weights.append(settings.unknownWordWeight)
            }
            if token.hasPrefix("<") || settings.charWeight == 0 { continue }  // placeholders
            let before = hashes.count
            appendCharGrams(of: token, buffer: &buffer, to: &hashes)
            weights.append(contentsOf: repeatElement(settings.charWeight, count: hashes.count - before))
        }
    }

    /// The word unigram feature of `token`.
    static func wordFeature(_ token: String) -> UInt64 {
        var word = StableHash()
        word.combine(UInt8(ascii: "w"))
        word.combine(bytes: token.utf8)
        return word.finalized
    }

    /// The word bigram feature of `token` after `previous` ("^" at the start).
    static func bigramFeature(_ previous: String, _ token: String) -> UInt64 {
        var bigram = StableHash()
        bigram.combine(UInt8(ascii: "b"))
        bigram.combine(bytes: previous.utf8)
        bigram.combine(0x20)
        bigram.combine(bytes: token.utf8)
        return bigram.finalized
    }

    /// Appends the character n-gram features of `token` (with `<` `>` boundary markers), by start then length;
    /// `buffer` holds the marked word's bytes.
    func appendCharGrams(of token: String, buffer: inout [UInt8], to hashes: inout [UInt64]) {
        let minimum = settings.charGramLengths.lowerBound
        let maximum = settings.charGramLengths.upperBound
        buffer.removeAll(keepingCapacity: true)
        buffer.append(UInt8(ascii: "<"))
        buffer.append(contentsOf: token.utf8)
        buffer.append(UInt8(ascii: ">"))
        let count = buffer.count
        for start in 0..<count {
            var gram = StableHash()
            gram.combine(UInt8(ascii: "c"))
            var length = 0
            while length < maximum && start + length < count {
                gram.combine(buffer[start + length])
                length += 1
                if length >= minimum { hashes.append(gram.finalized) }
            }
        }
    }

    /// Appends the word-vector features: one per dimension, the message's mean word vector
    /// times `embeddingWeight` (added after the sparse features are normalised).
    func appendDense(tokens: [String], hashes: inout [UInt64], weights: inout [Float]) {
        for (d, value) in denseValues(tokens: tokens).enumerated() where value != 0 {
            hashes.append(Self.denseFeature[d])
            weights.append(value)
        }
    }

    /// Each word-vector dimension's feature value for `tokens` (their mean vector times the weight), for training and
    /// classifying alike; empty when the features are off.
    func denseValues(tokens: [String]) -> [Float] {
        var values: [Float] = []
        denseValues(tokens: tokens, into: &values)
        return values
    }

    /// `denseValues` written into the caller's buffer (replacing what it held).
    func denseValues(tokens: [String], into values: inout [Float]) {
        values.removeAll(keepingCapacity: true)
        guard settings.embeddingWeight > 0, let table = WordVectors.builtIn else { return }
        values.append(contentsOf: repeatElement(0, count: table.dimensions))
        table.meanVector(of: tokens, into: &values)
        let weight = settings.embeddingWeight
        for d in values.indices { values[d] *= weight }
    }

    static let denseFeature: [UInt64] = (0..<256).map { d in
        var hash = StableHash()
        hash.combine(UInt8(ascii: "e"))
        hash.combine("\(d)")
        return hash.finalized
    }

    /// What only a seller calls their own, after "my" or "our" ("my listings"); a buyer says "the listing",
    /// "my seller".
    static let sellerOnly: Set<String> = ["storefront", "buyers", "listings", "sales", "inventory"]
    /// What a seller has but a buyer may too ("my store credit", "my customer changed his mind" from a buyer
    /// who buys for others): only after "our", and not as a buyer's account word ("our store credit").
    static let sellerShared: Set<String> = ["shop", "store", "customer", "customers", "buyer", "client", "clients"]
    static let sellerNames: Set<String> = ["seller", "vendor", "merchant"]
    static let buyerAccountWords: Set<String> = ["credit", "balance", "account", "order", "orders", "app", "card", "voucher"]

    /// Whether the message speaks from the seller's side: "as a seller…", "i'm a seller", "our customers
    /// want…", "my listings…", "my buyer says…", "i sell…", "i sold", "start selling", "shipped to a
    /// customer". Such a message asks about selling, which Concierge does not handle, whatever the
    /// request it is framed as; one feature pools the evidence of every such wording.
    static func speaksAsSeller(_ tokens: [String]) -> Bool {
        speaksAsSeller(tokens[...])
    }

    /// `speaksAsSeller` of a part of a message (a window): words before it are not looked at.
    static func speaksAsSeller(_ tokens: ArraySlice<String>) -> Bool {
        for index in tokens.indices {
            let token = tokens[index]
            let next = index + 1 < tokens.endIndex ? tokens[index + 1] : ""
            let after = index + 2 < tokens.endIndex ? tokens[index + 2] : ""
            if (token == "my" || token == "our") && sellerOnly.contains(next) { return true }
            if token == "our" && sellerShared.contains(next) && !buyerAccountWords.contains(after) { return true }
            if token == "i" && (next == "sell" || next == "resell" || next == "sold") { return true }
            if (token == "start" || token == "begin") && next == "selling" { return true }
            // "as seller, what do i do", not "i did as seller asked"
            if token == "as" && sellerNames.contains(next) && !sellerSaid.contains(after) { return true }
            // "as a seller", not "as soon as a seller replies"
            if token == "as" && (next == "a" || next == "the") && sellerNames.contains(after)
                && (index - tokens.startIndex < 2 || tokens[index - 2] != "as") { return true }
            // "i am a seller", "i'm the vendor", "im a new seller here"; not "i am waiting for the seller"
            if token == "i" && next == "am" && (after == "a" || after == "an" || after == "the") {
                let third = index + 3 < tokens.endIndex ? tokens[index + 3] : ""
                let fourth = index + 4 < tokens.endIndex ? tokens[index + 4] : ""
                if sellerNames.contains(third) || sellerNames.contains(fourth) { return true }
            }
            // "my buyer says…" (a buyer has a seller, not a buyer); not "my buyer protection"
            if token == "my" && (next == "buyer" || next == "customers") && !buyerTerms.contains(after) { return true }
            // "shipped it to a customer", "send to the buyer" (the set is looked up only for words that may be in it)
            if token.utf8.count >= 4, let first = token.utf8.first, sendingInitials.contains(first), sendingVerbs.contains(token) {
                var j = index + 1
                while j < tokens.endIndex && j <= index + 4 && tokens[j] != "to" { j += 1 }
                if j + 1 < tokens.endIndex && tokens[j] == "to" {
                    var k = j + 1
                    if ["a", "an", "the", "my", "our"].contains(tokens[k]) && k + 1 < tokens.endIndex { k += 1 }
                    if buyerNames.contains(tokens[k]) { return true }
                }
            }
        }
        return false
    }

    /// What a seller may have told a buyer to do ("as seller asked").
    static let sellerSaid: Set<String> = ["asked", "said", "told", "requested", "suggested", "wanted", "agreed", "instructed", "says", "wants"]
    /// What follows "buyer" in the marketplace's own terms for buyers ("my buyer protection").
    static let buyerTerms: Set<String> = ["protection", "account", "guarantee", "rights", "profile", "status"]
    /// Who a seller ships to.
    static let buyerNames: Set<String> = ["buyer", "buyers", "customer", "customers", "client", "clients"]
    static let sendingVerbs: Set<String> = ["ship", "shipped", "send", "sent", "mail", "mailed", "post", "posted", "deliver", "delivered"]
    /// The first letters of `sendingVerbs`.
    static let sendingInitials: [UInt8] = Array("smpd".utf8)

    static let sellerViewFeature = wholeMessageFeature("seller view")

    /// The hash of a feature that says something of the whole message (a seller's view, a service named), apart from
    /// every word and n-gram feature by its "x" prefix.
    static func wholeMessageFeature(_ name: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(UInt8(ascii: "x"))
        hash.combine(bytes: name.utf8)
        return hash.finalized
    }

    static let unknownWordFeature: UInt64 = {
        var hash = StableHash()
        hash.combine(UInt8(ascii: "x"))
        hash.combine(bytes: "unknown".utf8)
        return hash.finalized
    }()
}
