import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite("Dialog replies")
struct DialogReplyTests {
    @Test("affirmations", arguments: ["yes", "yep", "sure go ahead", "y", "ok do it", "Yes please!", "go ahead", "yes cancel it"])
    func affirm(text: String) {
        #expect(DialogReply.parse(text) == .affirm)
    }

    @Test("denials", arguments: ["no", "nope", "don't", "no thanks", "nah", "not really"])
    func deny(text: String) {
        #expect(DialogReply.parse(text) == .deny)
    }

    @Test("stops", arguments: ["stop", "never mind", "nevermind", "forget it", "cancel that", "abort", "quit this"])
    func stop(text: String) {
        #expect(DialogReply.parse(text) == .stop)
    }

    @Test("choices", arguments: [("2", 2), ("the 2nd", 2), ("second one", 2), ("#2", 2), ("number 3", 3), ("the first one", 1), ("20", 20)])
    func choice(text: String, value: Int) {
        #expect(DialogReply.parse(text) == .choice(value))
    }

    @Test("more than a short reply, or an order number, is not a reply", arguments: [
        "12345678", "21", "where is my refund for the shoes I returned", "yes but what about my refund", "thanks", "hello",
    ])
    func notAReply(text: String) {
        #expect(DialogReply.parse(text) == nil)
    }
}
