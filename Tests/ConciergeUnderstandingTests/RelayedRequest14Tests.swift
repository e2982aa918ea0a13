import Foundation
import Testing
@testable import ConciergeUnderstanding

@Suite("A request relayed for someone else is read as the request")
struct RelayedRequest14Tests {
    private func read(_ text: String) -> String {
        RelayedRequest.request(in: TextNormalizer().tokens(text)).joined(separator: " ")
    }

    @Test("the person who asks, wants or says is left out, and their things are the buyer's")
    func relayerLeftOut() {
        #expect(read("my husband asked me to find out where his parcel is") == "asked me to find out where my parcel is")
        #expect(read("My elderly mother wants to cancel her order") == "wants to cancel my order")
        #expect(read("my mother in law says her refund never came") == "says my refund never came")
    }

    @Test("a person the request is about, or who only did something in the story, stays", arguments: [
        "i sent a parcel to my cousin and it is lost",
        "call my mother",
        "how do i complain about my neighbour",
        "i don't need it anymore, my husband bought one",
        "my landlord won't give back my deposit",
        "she wants to cancel her order",
    ])
    func othersStay(text: String) {
        #expect(read(text) == TextNormalizer().tokens(text).joined(separator: " "))
    }

    @Test("the built-in model reads relayed requests as the buyer's own", arguments: [
        ("my husband asked me to find out where his parcel is", "order_status"),
        ("my boss needs to know how long his refund will take", "refund_status"),
        ("my mother wants to cancel her order, she changed her mind", "cancel_order"),
    ])
    func builtInModel(text: String, intent: String) throws {
        let matcher = try Understander.load().matcher
        #expect(matcher.classify(text).intent == intent, "\(text)")
    }
}
