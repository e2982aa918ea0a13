import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite("Intent matcher")
struct IntentMatcherTests {
    @Test("clear requests on the real catalog", arguments: [
        ("I want to cancel my order", "cancel_order"),
        ("operator", "human_agent"),
        ("refund", "refund_status"),
        ("hi there", "greet"),
        ("thanks a lot", "thanks"),
        ("bye", "goodbye"),
        ("what can you do", "help"),
        ("where is my package", "order_status"),
        ("the item arrived broken", "open_dispute"),
        ("show me my orders", "list_orders"),
        ("send a message to the seller", "message_seller"),
    ])
    func clearRequests(text: String, intent: String) {
        let result = TestCatalog.matcher.classify(text)
        #expect(result.intent == intent, "\(text) -> \(result.intent) \(result.confidence)")
    }

    @Test("off-domain requests are rejected", arguments: [
        "what's the weather in paris tomorrow", "set an alarm for 7 am", "tell me a joke about cats",
        "book a table for two tonight",
    ])
    func rejection(text: String) {
        #expect(TestCatalog.matcher.classify(text).intent == IntentCatalog.outOfScope)
    }

    @Test("the seller's side of the marketplace is told from the buyer's", arguments: [
        ("as a vendor what do i do when a parcel comes back", true),
        ("two of my listings were taken down overnight", true),
        ("one of our customers opened a case against me", true),
        ("our store got a bad review", true),
        ("i sell lamps here, how are fees worked out", true),
        ("i'm a small vendor, how do payouts work", true),
        ("im the merchant on that listing", true),
        ("my buyer keeps asking for a discount", true),
        ("the parcel i shipped to a client came back", true),
        ("how do i post it to the customer abroad", true),
        ("i sold a bike, how do i add the tracking", true),
        ("i want to start selling here", true),
        ("the shop never answered my message", false),
        ("my seller refused to cancel", false),
        ("can i talk to your customer service", false),
        ("as soon as a seller replies tell me", false),
        ("put the money back on my store credit", false),
        ("i bought it for my client and she changed her mind, cancel it", false),
        ("does our store credit cover it", false),
        ("i am waiting for the seller to answer", false),
        ("i'm the buyer and the seller won't reply", false),
        ("is my buyer protection still valid", false),
        ("i sent the item back to the seller", false),
        ("as sellers go this one is slow", false),
        ("i sent it back as seller asked", false),
    ])
    func sellerView(text: String, isSeller: Bool) {
        #expect(FeatureExtractor.speaksAsSeller(TextNormalizer().tokens(text)) == isSeller, "\(text)")
    }

    @Test("another company's request is not this marketplace's, a payment method is", arguments: [
        ("my temu parcel is stuck in customs", "out_of_scope"),
        ("can you cancel my hulu plan", "out_of_scope"),
        ("the refund from vinted never reached me", "out_of_scope"),
        ("the refund went to paypal, when will i see it", "refund_status"),
        ("where is my package", "order_status"),
    ])
    func otherService(text: String, intent: String) {
        #expect(TestCatalog.matcher.classify(text).intent == intent, "\(text)")
    }

    @Test("a company's name is neither corrected as a typo nor found inside other words")
    func otherServiceName() {
        #expect(TestCatalog.matcher.classifierTokens("my shein order").contains("shein"))
        #expect(FeatureExtractor.namesOtherService(["my", "temu", "order"]))
        #expect(!FeatureExtractor.namesOtherService(["my", "paypal", "refund"]))
        #expect(!FeatureExtractor.namesOtherService(["amazing", "seller"]))
    }

    @Test("common words of other languages mixed into English are read as what they mean", arguments: [
        ("donde esta mi reembolso", "refund_status"),
        ("danke, tschuss", "goodbye"),
        ("wann kommt mein paket", "order_status"),
    ])
    func foreignWords(text: String, intent: String) {
        #expect(TestCatalog.matcher.classify(text).intent == intent, "\(text)")
    }

    @Test("a word the catalog or English knows is never replaced by a foreign reading")
    func foreignWordsKeepEnglish() {
        #expect(TestCatalog.matcher.classifierTokens("mein rimborso").elementsEqual(["my", "refund"]))
        for (word, _) in ForeignWords.english {
            #expect(!EnglishLexicon.contains(word) || TestCatalog.matcher.classifierTokens(word).first == word, "\(word)")
        }
    }

    @Test("blank, emoji-only or punctuation-only messages are not guessed at", arguments: ["", "   ", "🙂", "???"])
    func unreadable(text: String) {
        let result = TestCatalog.matcher.classify(text)
        #expect(result.intent == IntentCatalog.outOfScope)
        #expect(!result.isAmbiguous)
    }

    @Test("a long story with the request buried still finds it")
    func buriedRequest() {
        let story = "so last month i bought a lamp for my mum's birthday, she moved house in the meantime and the seller has not shipped anything yet, honestly i just want to cancel the order now"
        #expect(TestCatalog.matcher.classify(story).intent == "cancel_order")
    }

    @Test("a child intent is reported as its parent with the child as detail")
    func childDetail() {
        let result = TestCatalog.matcher.classify("how long does a refund take to reach my card")
        #expect(result.intent == "refund_status")
        #expect(result.detail == "refund_timing")
    }

    @Test("probabilities are calibrated: they sum to at most one, alternatives descend")
    func probabilities() {
        let result = TestCatalog.matcher.classify("cancel my payment")
        let total = result.confidence + result.alternatives.map(\.confidence).reduce(0, +)
        #expect(total <= 1.0001)
        #expect(result.alternatives.map(\.confidence) == result.alternatives.map(\.confidence).sorted(by: >))
        #expect(result.confidence > 0.5)
    }

    @Test("training is deterministic")
    func deterministic() {
        let first = IntentMatcher(catalog: TestCatalog.small)
        let second = IntentMatcher(catalog: TestCatalog.small)
        #expect(first.cacheData() == second.cacheData())  // bit-identical weights
        for text in ["cancel it", "where is my money", "hello?", "how long is the refund"] {
            #expect(first.classify(text) == second.classify(text))
        }
    }

    @Test("inline catalog: in-scope, rejection, child detail")
    func smallCatalog() {
        let matcher = IntentMatcher(catalog: TestCatalog.small)
        #expect(matcher.classify("please cancel my order").intent == "cancel_order")
        #expect(matcher.classify("reverse my payment").intent == "cancel_payment")
        #expect(matcher.classify("tell me a joke").intent == IntentCatalog.outOfScope)
        let timing = matcher.classify("how long does the refund take")
        #expect(timing.intent == "refund_status")
        #expect(timing.detail == "refund_timing")
    }

    @Test("close top two in-scope intents are flagged ambiguous instead of guessed")
    func ambiguity() {
        // In the inline catalog "please cancel it" is taught to both cancel intents alike.
        let matcher = IntentMatcher(catalog: TestCatalog.small)
        let result = matcher.classify("please cancel it")
        #expect(result.isAmbiguous)
        #expect(["cancel_order", "cancel_payment"].contains(result.intent))
        #expect(["cancel_order", "cancel_payment"].contains(result.alternatives.first?.intent ?? ""))
        #expect(!matcher.classify("cancel my order").isAmbiguous)
    }

    @Test("buyer-style development messages (held out from training) are mostly understood")
    func buyerDevelopmentSet() throws {
        let file = Repository.testData.appendingPathComponent("buyer_dev.tsv")
        let contents = try String(contentsOf: file, encoding: .utf8)
        let parsed = LabelledUtterance.parseTSV(contents)
        #expect(parsed.malformed.isEmpty)
        let evaluation = IntentEvaluation(matcher: TestCatalog.matcher, utterances: parsed.utterances)
        #expect(evaluation.inScopeAccuracy >= 0.9)
        #expect(evaluation.outOfScopeRecall >= 0.8)
        #expect(evaluation.falseRejectionRate <= 0.05)
    }

    @Test("the decision rule: out_of_scope wins, weak winners are rejected, near ties are ambiguous")
    func decisionRule() {
        let matcher = IntentMatcher(catalog: TestCatalog.small)
        // labels are sorted: cancel_order, cancel_payment, out_of_scope, refund_status, refund_timing
        let tie = matcher.decide(text: "t", labelProbabilities: [0.45, 0.40, 0.05, 0.05, 0.05])
        #expect(tie.isAmbiguous && tie.intent == "cancel_order")
        let weak = matcher.decide(text: "t", labelProbabilities: [0.30, 0.05, 0.25, 0.20, 0.20])
        #expect(weak.intent == "refund_status" && weak.confidence == 0.40)  // children add up under the parent
        let rejected = matcher.decide(text: "t", labelProbabilities: [0.2, 0.1, 0.5, 0.1, 0.1])
        #expect(rejected.intent == IntentCatalog.outOfScope && !rejected.isAmbiguous)
    }

    @Test("a message made only of in-scope words is rejected only when out_of_scope is sure")
    func familiarWordsRule() {
        let matcher = IntentMatcher(catalog: TestCatalog.small)
        // Given out_of_scope ahead (0.5) of an in-scope intent that holds most of the rest (0.4)
        let probabilities = [0.4, 0.04, 0.5, 0.03, 0.03]
        // When some word is foreign to every in-scope example, the catch-all wins as usual
        #expect(matcher.decide(text: "t", labelProbabilities: probabilities, hasForeignWord: true).intent == IntentCatalog.outOfScope)
        // When every word is an in-scope word, the in-scope intent is kept
        #expect(matcher.decide(text: "t", labelProbabilities: probabilities, hasForeignWord: false).intent == "cancel_order")
        // …unless out_of_scope reaches the floor
        let sure = [0.1, 0.02, 0.85, 0.02, 0.01]
        #expect(matcher.decide(text: "t", labelProbabilities: sure, hasForeignWord: false).intent == IntentCatalog.outOfScope)
    }

    @Test("a cached model is restored only for the same catalog, and classifies the same")
    func cache() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("concierge-test-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let trained = IntentMatcher.cached(catalog: TestCatalog.small, directory: directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.count == 1)
        let data = try #require(FileManager.default.contents(atPath: directory.appendingPathComponent(files[0]).path))
        let restored = try #require(IntentMatcher(cacheData: data, catalog: TestCatalog.small, settings: MatcherSettings()))
        for text in ["cancel my order", "how long for the refund", "play music"] {
            #expect(restored.classify(text) == trained.classify(text))
        }
        var other = TestCatalog.small
        other.fingerprint &+= 1
        #expect(IntentMatcher(cacheData: data, catalog: other, settings: MatcherSettings()) == nil)
        var corrupted = data
        corrupted[corrupted.count / 2] ^= 0xff
        #expect(IntentMatcher(cacheData: corrupted, catalog: TestCatalog.small, settings: MatcherSettings()) == nil)
    }
}
