import ConciergeDomain
extension FeatureExtractor {
    /// What marks a shop or service as not this marketplace when it comes before the place ("another store",
    /// "a different shopping website", "some other app", "a competitor's site", "their own website").
    static let elsewhereMarks: Set<String> = ["another", "other", "different", "competitor", "competitor's", "competitors", "own"]
    /// Places a buyer buys at or through. Not "shop" or "store" alone: this marketplace's sellers are shops too
    /// ("is my kettle from the other shop alright", "found it cheaper in another store, cancel it"); only "another
    /// online shop" is elsewhere.
    static let elsewherePlaces: Set<String> = [
        "site", "sites", "website", "websites", "webshop", "app", "apps", "marketplace", "marketplaces",
        "platform", "platforms", "retailer", "retailers", "company", "companies",
    ]
    /// A shop that is a place of its own only with "online" before it.
    static let onlineShops: Set<String> = ["store", "stores", "shop", "shops"]
    /// People a buyer may send a parcel of their own to ("i posted a box to my cousin").
    static let ownRecipients: Set<String> = [
        "friend", "friends", "mum", "mom", "mother", "dad", "father", "parents", "brother", "sister", "cousin",
        "aunt", "uncle", "grandma", "grandmother", "grandpa", "grandfather", "nan", "granny", "son", "daughter",
        "wife", "husband", "partner", "boyfriend", "girlfriend", "niece", "nephew", "family", "colleague",
        "neighbour", "neighbor", "grandson", "granddaughter", "kids", "child",
    ]
    /// Verbs of sending a parcel oneself (after "i").
    static let ownSendingVerbs: Set<String> = ["sent", "send", "posted", "post", "mailed", "mail", "shipped", "ship", "couriered"]

    /// Whether the message places what it asks about outside this marketplace without naming a company: a
    /// purchase at "another store" or "a different website", "not through you", or a parcel the buyer sent
    /// themselves ("the courier lost the box i sent to my mum"). Such a message is worded as an order's
    /// request but is another business's; one feature pools the wordings.
    static func placesElsewhere(_ tokens: ArraySlice<String>) -> Bool {
        for index in tokens.indices {
            let token = tokens[index]
            if token == "i" || token == "not" {
                // below
            } else if token.utf8.count < 3 || !elsewhereMarks.contains(token) {
                continue
            }
            if elsewhereMarks.contains(token) {
                // "another online store", "a different shopping website": the place within two words.
                var j = index + 1
                while j < tokens.endIndex && j <= index + 2 {
                    if elsewherePlaces.contains(tokens[j]) { return true }
                    if onlineShops.contains(tokens[j]) && tokens[j - 1] == "online" { return true }
                    j += 1
                }
            } else if token == "not" && index + 2 < tokens.endIndex {
                // "not through you", "not on here", "not from this site"
                let next = tokens[index + 1], after = tokens[index + 2]
                if (next == "through" || next == "via") && (after == "you" || after == "here" || after == "this") { return true }
                if (next == "on" || next == "from") && (after == "here" || after == "this") {
                    if after == "here" { return true }
                    if index + 3 < tokens.endIndex && elsewherePlaces.contains(tokens[index + 3]) { return true }
                }
            } else if token == "i" && index + 1 < tokens.endIndex && ownSendingVerbs.contains(tokens[index + 1]) {
                // "i sent a parcel to my cousin", "i posted it to my friend"
                var j = index + 2
                while j < tokens.endIndex && j <= index + 6 && tokens[j] != "to" { j += 1 }
                if j + 1 < tokens.endIndex && tokens[j] == "to" {
                    var k = j + 1
                    if ["a", "my", "our"].contains(tokens[k]) && k + 1 < tokens.endIndex { k += 1 }
                    if ownRecipients.contains(tokens[k]) { return true }
                }
            }
        }
        return false
    }

    static let elsewhereFeature = wholeMessageFeature("elsewhere")
}
