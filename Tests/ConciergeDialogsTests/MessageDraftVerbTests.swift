import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// Chat verbs of messaging ("msg", "dm", "text", "email") ask for a message as "message" does, and a question asked
/// "if they can …" is put to the seller as "if you can …".
@Suite struct MessageDraftVerbTests {
    @Test func chatVerbsOfMessagingDraftTheMessage() {
        let asked = MessageDraft.draft(from: "pls msg them and ask if they can ship it by friday", orderID: "7300000002")
        #expect(asked == "Hello, could you tell me if you can ship it by friday? It's about order #7300000002. Thank you.")
        #expect(MessageDraft.draft(from: "dm the seller to hold it until monday", orderID: "7300000002")
                == "Hello, could you please hold it until monday for order #7300000002? Thank you.")
        #expect(MessageDraft.draft(from: "email the shop that i will be away all week", orderID: "7300000002")?.contains("I will be away all week") == true)
    }

    @Test func theWordTextThatNamesNoOneIsNoMessage() {
        #expect(MessageDraft.draft(from: "the text on the box is wrong", orderID: "7300000002") == nil)
    }

    @Test func onlyASubjectPronounOpeningTheQuestionIsTheSeller() {
        #expect(MessageDraft.secondPerson("they can ship it by friday") == "you can ship it by friday")
        #expect(MessageDraft.secondPerson("the earbuds fit, i need them soon") == "the earbuds fit, i need them soon")
    }
}
