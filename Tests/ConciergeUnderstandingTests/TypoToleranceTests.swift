import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite("Typo tolerance")
struct TypoToleranceTests {
    @Test("corrects unknown words to close, frequent vocabulary words")
    func corrector() {
        let corrector = SpellCorrector(vocabulary: [
            "cancel": 10, "candle": 1, "order": 20, "refund": 5, "receive": 3, "want": 5, "what": 40,
        ])
        #expect(corrector.correction(for: "wnat") == "want")  // swapped letters beat a likelier word
        #expect(corrector.correction(for: "cancle") == "cancel")
        #expect(corrector.correction(for: "ordr") == "order")
        #expect(corrector.correction(for: "refnud") == "refund")
        #expect(corrector.correction(for: "recieve") == "receive")
        #expect(corrector.correction(for: "order") == nil)  // known
        #expect(corrector.correction(for: "ord") == nil)  // too short to guess
        #expect(corrector.correction(for: "zebra") == nil)  // nothing close
        #expect(corrector.correction(for: "123456") == nil)  // digits are never corrected
    }

    @Test("a correction asked again is the one found the first time, and a word with none stays without")
    func correctionsAskedAgain() {
        let corrector = SpellCorrector(vocabulary: ["parcel": 4, "parcels": 1, "invoice": 2, "voucher": 3])
        for _ in 0..<3 {
            #expect(corrector.correction(for: "parcle") == "parcel")
            #expect(corrector.correction(for: "invocie") == "invoice")
            #expect(corrector.correction(for: "vouchr") == "voucher")
            #expect(corrector.correction(for: "qwxzpt") == nil)
        }
        // A copy of the corrector answers alike.
        let copy = corrector
        #expect(copy.correction(for: "parcle") == "parcel")
    }

    @Test("distance counts transpositions as one edit")
    func distance() {
        #expect(SpellCorrector.distance(Array("teh".utf8), Array("the".utf8), limit: 2) == 1)
        #expect(SpellCorrector.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 5) == 3)
    }

    @Test("misspelled requests reach the right intent", arguments: [
        ("cancle my ordr", "cancel_order"),
        ("were is my refnud", "refund_status"),
        ("i wnat to speek to a humen", "human_agent"),
        ("trak my pakage", "order_status"),
    ])
    func misspelledRequests(text: String, intent: String) {
        #expect(TestCatalog.matcher.classify(text).intent == intent)
    }
}
