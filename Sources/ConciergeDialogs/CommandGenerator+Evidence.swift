import Foundation

/// "No photos" in the buyer's own grammar: "i not have photos", "no have any picture", "i didnt take pics", "I haven't
/// got images of it". A negation shortly before a word for photos or proof, in the same clause, says there is no
/// evidence, however the verb between is said (or left out).
extension CommandGenerator {
    static func deniesPhotos(_ text: String) -> Bool {
        let words = Words(text)
        let tokens = words.tokens
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

    static let photoNouns: Set<String> = ["photos", "photo", "pictures", "picture", "pics", "pic", "images", "image", "photographs",
                                          "photograph", "evidence", "proof", "screenshots", "screenshot", "fotos", "foto"]
    private static let photoNegators: Set<String> = ["not", "no", "dont", "didnt", "havent", "hasnt", "never", "without", "cant",
                                                     "cannot", "nao", "não", "nicht", "keine", "kein", "pas", "sin", "sem", "nothing"]
    /// Words that may stand between the negation and the photos: the verb of having or taking, and small words.
    private static let linkingWords: Set<String> = ["have", "has", "had", "got", "get", "take", "took", "taken", "make", "made",
                                                    "any", "a", "some", "of", "i", "to", "send", "upload", "show", "attach"]
}
