import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite("Text normalisation")
struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test("lower-cases and drops punctuation")
    func caseAndPunctuation() {
        #expect(normalizer.normalize("Where IS my Order?!") == "where is my order")
        #expect(normalizer.normalize("refund... now!!!") == "refund now")
    }

    @Test("folds accents, widths and curly apostrophes")
    func unicode() {
        #expect(normalizer.normalize("Café crème") == "cafe creme")
        #expect(normalizer.normalize("I don’t need it") == "i do not need it")
        #expect(normalizer.normalize("ＣＡＮＣＥＬ") == "cancel")
        #expect(normalizer.normalize("Straße") == "strasse")
    }

    @Test("expands contractions with and without apostrophes", arguments: [
        ("don't", "do not"), ("can't", "can not"), ("won't", "will not"), ("I'm", "i am"),
        ("it's", "it is"), ("they've", "they have"), ("dont", "do not"), ("cant", "can not"),
        ("didnt", "did not"), ("seller's", "seller"), ("pls", "please"), ("u", "you"),
    ])
    func contractions(input: String, expected: String) {
        #expect(normalizer.normalize(input) == expected)
    }

    @Test("keeps digits exact and splits them from glued words")
    func digits() {
        #expect(normalizer.tokens("order#1234567") == ["order", "1234567"])
        #expect(normalizer.tokens("the 2nd one") == ["the", "2nd", "one"])
        #expect(normalizer.tokens("$12.50") == ["12", "50"])
    }

    @Test("empty and symbol-only text has no tokens")
    func empty() {
        #expect(normalizer.tokens("").isEmpty)
        #expect(normalizer.tokens("?!… 🙂").isEmpty)
    }

    @Test("a text is never given the tokens of another text that Swift calls equal but spells with other bytes")
    func canonicallyEquivalentTextsKeepTheirOwnTokens() {
        let acute = "so I don\u{00B4}t want the lamp"
        let oxia = "so I don\u{1FFD}t want the lamp"
        #expect(acute == oxia)
        let oxiaAlone = normalizer.tokens(oxia)
        for filler in ["alpha one", "beta two", "gamma three", "delta four", "epsilon five"] { _ = normalizer.tokens(filler) }
        let acuteTokens = normalizer.tokens(acute)
        #expect(acuteTokens != oxiaAlone)
        #expect(normalizer.tokens(oxia) == oxiaAlone)
    }

    @Test("a text read once gets the tokens a text read twice gets")
    func readOnceMatchesKept() {
        for text in ["Pls CANCEL my lamp, I dont need it", "thx, where's my pkg?", "Où est ma commande n°2", "wont u help"] {
            #expect(normalizer.tokensReadOnce(text) == normalizer.tokens(text), "\(text)")
        }
    }

    @Test("shorthand is expanded by its exact bytes: longer or shorter words that start alike stay as typed")
    func shorthandByBytes() {
        #expect(normalizer.tokens("plz thnx ty") == ["please", "thanks", "thank", "you"])
        #expect(normalizer.tokens("plzz thnxx tyy") == ["plzz", "thnxx", "tyy"])
        #expect(normalizer.tokens("pl thn t") == ["pl", "thn", "t"])
        #expect(normalizer.tokens("IDK") == ["i", "do", "not", "know"])
    }
}
