import Foundation
import Testing
@testable import ConciergeUnderstanding
import ConciergeTestSupport

/// Needs the catalog's paraphrase families cover, each checked with a sentence of its own that no
/// catalog line has: when refunded money arrives (after a cancellation, after a dispute), listing
/// orders by their state, reaching the shop one bought from; and the same kinds of words about
/// somebody else's business, which stay out of scope.
@Suite("Catalog needs read in words no example has")
struct CatalogNeedsTests {
    @Test("each need lands on its intent and, for a child, its detail", arguments: [
        ("how many days until the cash is back after i cancel", "refund_status", "refund_timing"),
        ("i won the dispute, when is the money paid back", "refund_status", "refund_timing"),
        ("which orders are still on their way to me", "list_orders", nil),
        ("where can i find everything i have bought", "list_orders", nil),
        ("how can i contact the shop i bought the lamp from", "message_seller", nil),
        ("who settles it if the seller won't agree in my case", "open_dispute", "dispute_timeline"),
        ("remove the order i already cancelled from the list", "delete_order", nil),
    ] as [(String, String, String?)])
    func need(text: String, intent: String, detail: String?) {
        let result = TestCatalog.matcher.classify(text)
        #expect(result.intent == intent, "\(text) -> \(result.intent) \(result.confidence)")
        #expect(result.detail == detail, "\(text) -> detail \(result.detail ?? "none")")
    }

    @Test("the same words about somebody else's business stay out of scope", arguments: [
        "how do i hide a photo on my phone so my wife won't see it",
        "ask my landlord to fix the boiler",
        "how long does the tax office take to pay back money",
    ])
    func elsewhere(text: String) {
        let result = TestCatalog.matcher.classify(text)
        #expect(result.intent == IntentCatalog.outOfScope, "\(text) -> \(result.intent) \(result.confidence)")
    }
}
