import Foundation

/// "No photos" in the buyer's own grammar: "i not have photos", "no have any picture", "i didnt take pics", "I haven't
/// got images of it". A negation shortly before a word for photos or proof, in the same clause, says there is no
/// evidence, however the verb between is said (or left out).
extension CommandGenerator {
    static func deniesPhotos(_ text: String) -> Bool {
        let words = Words(text)
        let tokens = words.tokens
        // "can't send photo now, later ok?", "can I add pictures later?": a question or a later time asks, and is answered.
        guard !text.contains("?"), !tokens.contains(where: photosLater.contains), !words.containsAny(["can i", "could i"]) else { return false }
        // "no screenshots but I have photos": a clause that has photos says there is evidence after all.
        guard !hasPhotos(words) else { return false }
        return tokens.indices.contains { index in
            guard photoNouns.contains(tokens[index]) else { return false }
            var back = index - 1
            // Up to three words back, within the clause: "not have any photos", "didnt take photos", "no photos".
            while back >= 0, index - back <= 4 {
                if words.breakBefore[back + 1] { return false }
                if photoNegators.contains(tokens[back]) { return true }
                guard linkingWords.contains(tokens[back]) else { return false }
                back -= 1
            }
            return false
        }
    }

    /// Whether a clause has photos: a verb of having or taking shortly before a word for photos, with no negation between.
    private static func hasPhotos(_ words: Words) -> Bool {
        let tokens = words.tokens
        return tokens.indices.contains { index in
            guard photoNouns.contains(tokens[index]) else { return false }
            var back = index - 1
            var had = false
            while back >= 0, index - back <= 4, !words.breakBefore[back + 1] {
                if photoNegators.contains(tokens[back]) { return false }
                if havingVerbs.contains(tokens[back]) { had = true }
                guard linkingWords.contains(tokens[back]) || havingVerbs.contains(tokens[back]) else { break }
                back -= 1
            }
            return had
        }
    }

    private static let havingVerbs: Set<String> = ["have", "has", "got", "took", "taken", "attached", "uploaded", "sent"]
    private static let photosLater: Set<String> = ["later", "tonight", "tomorrow", "yet", "soon", "afterwards", "after"]

    static let photoNouns: Set<String> = ["photos", "photo", "pictures", "picture", "pics", "pic", "images", "image", "photographs",
                                          "photograph", "evidence", "proof", "screenshots", "screenshot", "fotos", "foto"]
    private static let photoNegators: Set<String> = ["not", "no", "dont", "didnt", "havent", "hasnt", "never", "without", "cant",
                                                     "cannot", "nao", "não", "nicht", "keine", "kein", "pas", "sin", "sem", "nothing"]
    /// Words that may stand between the negation and the photos: the verb of having or taking, and small words.
    private static let linkingWords: Set<String> = ["have", "has", "had", "got", "get", "take", "took", "taken", "make", "made",
                                                    "any", "a", "some", "of", "i", "to", "send", "upload", "show", "attach"]
}
