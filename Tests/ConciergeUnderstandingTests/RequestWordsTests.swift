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

    @Test("a purchase or parcel outside the marketplace is placed elsewhere, a request about an order is not", arguments: [
        ("i got the lamp from a different online shop, can you track it", true),
        ("the vase came from some other app", true),
        ("i paid for it on their own website not through you", true),
        ("the courier lost the box i posted to my nephew", true),
        ("cancel it, i found the lamp cheaper at another shop", false),
        ("is the rug from the other store on its way", false),
        ("i bought the same mixer from a different online store", true),
        ("the seller sent the wrong colour to my address", false),
        ("i sent the broken kettle back to the seller", false),
        ("i have another order from this shop", false),
    ])
    func elsewhere(text: String, isElsewhere: Bool) {
        #expect(FeatureExtractor.placesElsewhere(TextNormalizer().tokens(text)[...]) == isElsewhere, "\(text)")
    }

    @Test("a letter is read without its salutation and sign-off", arguments: [
        ("Dear support team, the garden bench I bought has not come yet. Where is it? Kind regards, Mr. Olu Bakare",
         "the garden bench I bought has not come yet. Where is it"),
        ("Hello, hope you are well. Please cancel my order for the two candles. Thank you kindly, Ines",
         "Please cancel my order for the two candles"),
        ("good morning, could you show me every order I made this spring? thanks",
         "could you show me every order I made this spring"),
        ("Good evening. I hope you can help me. I paid for a rain jacket twice and need one payment back",
         "I paid for a rain jacket twice and need one payment back"),
    ])
    func letters(text: String, body: String) {
        #expect(LetterFraming.body(of: text).map(String.init) == body)
    }

    @Test("a short message or one without a letter's parts is read whole", arguments: [
        "thanks a lot, bye",
        "hello, is anyone there?",
        "Thank you so much for sorting out the refund, bye Maria",
        "where is the order with the garden bench, the one from march",
        "ok thanks. that is all, have a nice day",
    ])
    func notLetters(text: String) {
        #expect(LetterFraming.body(of: text) == nil, "\(text)")
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
