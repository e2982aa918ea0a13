import Foundation
import Testing
@testable import ConciergeUnderstanding
import ConciergeTestSupport

/// How the classifier reads what surrounds a request: amounts, services that are not orders, and the request
/// words of other languages.
@Suite("Request words")
struct RequestWordsTests {
    @Test("the currency of an amount is left out, a currency without a number is kept", arguments: [
        ("cancel the drill 54 dollars", "cancel the drill 54"),
        ("usd 12 back on my card", "12 back on my card"),
        ("the 7 euro one", "the 7 one"),
        ("change dollars to euros", "change dollars to euros"),
        ("a pound of flour", "a pound of flour"),
    ])
    func amounts(text: String, read: String) {
        let tokens = TextNormalizer().tokens(text)
        #expect(AmountWords.read(tokens).joined(separator: " ") == read)
    }

    @Test("a booking, membership or bill is named as a service, an item is not", arguments: [
        ("cancel my yoga studio membership", true),
        ("refund for the concert tickets", true),
        ("cancel the table lamp", false),
        ("where is my water bottle", false),
    ])
    func services(text: String, isService: Bool) {
        #expect(FeatureExtractor.namesService(TextNormalizer().tokens(text)[...]) == isService, "\(text)")
    }

    @Test("a request written half in another language reads as its English words", arguments: [
        ("quero cancelar o pedido", ["want", "cancel"]),
        ("recebi o item errado", ["received", "wrong"]),
        ("ich habe es nicht erhalten", ["not", "received"]),
    ])
    func foreignRequestWords(text: String, words: [String]) {
        let tokens = TestCatalog.matcher.classifierTokens(text)
        for word in words { #expect(tokens.contains(word), "\(text) -> \(tokens)") }
    }
}
