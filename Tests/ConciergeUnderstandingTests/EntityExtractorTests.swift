import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite("Entity extraction")
struct EntityExtractorTests {
    let extractor = EntityExtractor()
    let orders = [
        OrderCandidate(id: "73000001", itemTitles: ["Wireless Earbuds Pro", "Charging Case"], placedAt: Date(timeIntervalSince1970: 1_000)),
        OrderCandidate(id: "73000002", itemTitles: ["Ceramic Table Lamp"], placedAt: Date(timeIntervalSince1970: 2_000)),
        OrderCandidate(id: "73000003", itemTitles: ["Running Shoes"], placedAt: Date(timeIntervalSince1970: 3_000)),
    ]

    @Test("order numbers are digit runs of 6 to 20, with or without #")
    func orderNumbers() {
        #expect(extractor.extract(from: "cancel #123456 and 98765432101234567890", orders: []).orderNumbers
            == ["123456", "98765432101234567890"])
        #expect(extractor.extract(from: "order12345678 please", orders: []).orderNumbers == ["12345678"])
        #expect(extractor.extract(from: "12345 is too short", orders: []).orderNumbers.isEmpty)
        #expect(extractor.extract(from: "123456789012345678901 is too long", orders: []).orderNumbers.isEmpty)
        #expect(extractor.extract(from: "I paid 1234567.50", orders: []).orderNumbers.isEmpty)
    }

    @Test("a wrong digit never matches an order: numbers are exact and never fuzzy")
    func wrongDigit() {
        let entities = extractor.extract(from: "cancel order 73000004", orders: orders)
        #expect(entities.orderNumbers == ["73000004"])
        #expect(!orders.map(\.id).contains(entities.orderNumbers[0]))
        #expect(entities.orderReference == nil)
        // digits are not words: a near-miss number does not match titles either
        #expect(extractor.extract(from: "the 7300001 one", orders: orders).orderReference == nil)
    }

    @Test("references to the latest order")
    func latest() {
        for text in ["cancel my last order", "where is my latest one", "my most recent purchase", "newest order"] {
            #expect(extractor.extract(from: text, orders: []).orderReference == .latest, "\(text)")
        }
        #expect(extractor.extract(from: "I ordered it last week", orders: []).orderReference == nil)
    }

    @Test("ordinal references", arguments: [
        ("the second one", 2), ("2nd", 2), ("number 3", 3), ("the first order", 1), ("option 4", 4),
        ("the #2 please", 2),
    ])
    func ordinals(text: String, position: Int) {
        #expect(extractor.extract(from: text, orders: []).orderReference == .ordinal(position))
    }

    @Test("item words are matched against the buyer's titles, typos and plurals included")
    func items() {
        #expect(extractor.extract(from: "where are the earbuds", orders: orders).orderReference
            == .items(matchedOrderIDs: ["73000001"], phrase: "earbuds"))
        #expect(extractor.extract(from: "cancel the earbds", orders: orders).orderReference
            == .items(matchedOrderIDs: ["73000001"], phrase: "earbds"))
        #expect(extractor.extract(from: "the lamps never came", orders: orders).orderReference
            == .items(matchedOrderIDs: ["73000002"], phrase: "lamps"))
        #expect(extractor.extract(from: "where is the earbuds", orders: []).orderReference == nil)
    }

    @Test("cancellation reasons map onto the domain's list", arguments: [
        ("I don't need it anymore", CancellationReason.noLongerNeeded),
        ("changed my mind", .noLongerNeeded),
        ("the mood has changed", .noLongerNeeded),
        ("found it cheaper elsewhere", .noLongerNeeded),
        ("I ordered the wrong size", .changeOrder),
        ("I want to add items to the order", .changeOrder),
        ("wrong address", .changeShippingAddress),
        ("we moved last week", .changeShippingAddress),
        ("forgot to use my coupon", .differentCoupon),
        ("I want express shipping", .changeDeliveryMethod),
        ("I paid twice", .paymentProblem),
        ("the payment failed", .paymentProblem),
        ("ordered it by mistake", .paymentProblem),
    ])
    func cancellationReasons(text: String, reason: CancellationReason) {
        #expect(extractor.extract(from: text, orders: []).cancellationReason == reason)
    }

    @Test("dispute reasons", arguments: [
        ("it never arrived", DisputeReason.notReceived),
        ("I have not recieved my package", .notReceived),
        ("the screen is cracked", .damaged),
        ("it doesn't work", .damaged),
        ("looks nothing like the picture", .notAsDescribed),
        ("this is a fake", .notAsDescribed),
        ("they sent the wrong item", .wrongItem),
        ("missing parts", .missingParts),
        ("the seller refused to cancel", .sellerRefusedCancellation),
        ("they shipped it after I cancelled", .sellerRefusedCancellation),
    ])
    func disputeReasons(text: String, reason: DisputeReason) {
        #expect(extractor.extract(from: text, orders: []).disputeReason == reason)
    }

    @Test("dispute outcomes", arguments: [
        ("I want a full refund", DisputeOutcome.fullRefund),
        ("all my money back", .fullRefund),
        ("a partial refund is fine", .partialRefund),
        ("some money back as compensation", .partialRefund),
        ("I want to return it", .returnAndRefund),
        ("can I send it back", .returnAndRefund),
    ])
    func outcomes(text: String, outcome: DisputeOutcome) {
        #expect(extractor.extract(from: text, orders: []).disputeOutcome == outcome)
    }

    @Test("amounts in minor units, never order numbers", arguments: [
        ("refund $12.50", [1250]), ("12.50 usd please", [1250]), ("give me 12 dollars", [1200]),
        ("a 10 refund would do", [1000]), ("€5 back", [500]), ("order 12345678 cost 30 dollars", [3000]),
        ("wait 3 days", []),
    ])
    func amounts(text: String, expected: [Int]) {
        #expect(extractor.extract(from: text, orders: []).amounts == expected)
    }

    @Test("entities render as JSON with sorted snake_case keys")
    func json() {
        let json = extractor.extract(from: "cancel #123456789, changed my mind", orders: []).jsonString()
        #expect(json == #"{"amounts":[],"cancellation_reason":"no_longer_needed","dispute_outcome":null,"dispute_reason":null,"order_numbers":["123456789"],"order_reference":null}"#)
    }

    @Test("rules tried only where a word matches their first step find what every rule tried in order finds")
    func ruleSetsMatchTheRulesInOrder() {
        let lines = [
            "the blender came with a cracked lid and I want my money back", "i was billed two times for the kettle",
            "seller shipped the rug even though I cancelled it", "changed my mind about the desk lamp",
            "found the same chair cheaper at another shop", "please send me a partial refund, keep the item",
            "the scarf is nothing like the photos", "it never arrived, still waiting", "wrong size socks",
            "return and refund please", "i would like to update the address", "my card payment failed twice",
            "hello there", "", "cancel cancel cancel", "not what i ordered at all, i want to send it back",
        ]
        let lexicon = EntityExtractor.ruleLexicon
        let cancellation = TokenRules(EntityExtractor.cancellationRules, lexicon: lexicon)
        let dispute = TokenRules(EntityExtractor.disputeRules, lexicon: lexicon)
        let outcome = TokenRules(EntityExtractor.outcomeRules, lexicon: lexicon)
        for line in lines {
            let readings = EntityExtractor.wordReadings.values(of: TextNormalizer().tokens(line), EntityExtractor.WordReading.init)
            let tokens = readings.map(\.rule)
            var firstSteps = EntityExtractor.WordReading.FirstSteps()
            for reading in readings { firstSteps.formUnion(reading.firstSteps) }
            #expect(EntityExtractor.compiledCancellationRules.firstMatch(tokens, candidates: firstSteps.cancellation)
                == cancellation.firstMatch(tokens), "\(line)")
            #expect(EntityExtractor.compiledDisputeRules.firstMatch(tokens, candidates: firstSteps.dispute)
                == dispute.firstMatch(tokens), "\(line)")
            #expect(EntityExtractor.compiledOutcomeRules.firstMatch(tokens, candidates: firstSteps.outcome)
                == outcome.firstMatch(tokens), "\(line)")
        }
        // Every rule is tried when every first step is a candidate.
        let all = EntityExtractor.wordReadings.values(of: ["i", "paid", "twice"], EntityExtractor.WordReading.init).map(\.rule)
        #expect(EntityExtractor.compiledCancellationRules.firstMatch(all, candidates: .max) == .paymentProblem)
        #expect(EntityExtractor.compiledCancellationRules.firstMatch(all, candidates: 0) == nil)
    }

    @Test("a word's reading kept from an earlier line is the reading the word makes afresh")
    func keptReadings() {
        let words = ["teh", "second", "2nd", "number", "3", "latest", "recieved", "cancelation", "café", "order"]
        let first = EntityExtractor.wordReadings.values(of: words, EntityExtractor.WordReading.init)
        let again = EntityExtractor.wordReadings.values(of: words) { _ in
            Issue.record("a kept word was made again")
            return EntityExtractor.WordReading("")
        }
        let fresh = words.map(EntityExtractor.WordReading.init)
        for (i, word) in words.enumerated() {
            for readings in [again, fresh] {
                #expect(readings[i].rule.word == first[i].rule.word && readings[i].rule.prefixes == first[i].rule.prefixes, "\(word)")
                #expect(readings[i].traits == first[i].traits && readings[i].position == first[i].position, "\(word)")
                #expect(readings[i].positionAfterLead == first[i].positionAfterLead, "\(word)")
            }
        }
        #expect(first[1].position == 2 && first[2].position == 2 && first[4].positionAfterLead == 3)
        #expect(first[3].traits.contains(.positionLead) && first[5].traits.contains(.latest))
    }

    @Test("words Swift calls equal but spelled with other bytes are each read as themselves")
    func readingsByBytes() {
        let composed = "caf\u{00E9}", decomposed = "cafe\u{0301}"
        #expect(composed == decomposed)
        let memo = WordMemo<Int>(capacity: 16)
        #expect(memo.values(of: [composed, decomposed, composed]) { $0.utf8.count } == [5, 6, 5])
    }
}
