import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// At a message's or a cancellation's summary: "put also: …" adds to the draft, and another action turned down
/// ("and don't message the seller") leaves the reason as it was.
@Suite struct DraftAndSummaryTests {
    // MARK: - Added to a draft

    @Test(arguments: [
        ("put also: does it come with a charger?", "does it come with a charger?"),
        ("Oh and write too that I am away on Monday", "I am away on Monday"),
        ("also put my flat number, it is 4B", "my flat number, it is 4B"),
        ("say as well: the gift note should read Happy Birthday Ana", "the gift note should read Happy Birthday Ana"),
    ])
    func putWriteOrSayWithAlsoAddToTheDraft(line: String, added: String) {
        #expect(MessageDraft.addition(in: line) == added)
    }

    @Test func writeOrPutAloneAddsNothing() {
        #expect(MessageDraft.addition(in: "write: please ship it on Friday") == nil)
        #expect(MessageDraft.addition(in: "put it on hold please") == nil)
    }

    @Test func anAdditionAtTheMessageSummaryIsAddedNotAskedAbout() {
        let stack = Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Will it arrive before the 20th?")])]])
        let context = Shop.conversation(stack.conversationContext())
        #expect(context.expecting == .confirmation)
        let commands = Reader.always("order_status", 0.5).commands("and put also: is the charger included or do i need my own?", context)
        #expect(commands == [.setSlot(.messageAddition("is the charger included or do i need my own?"))])
    }

    // MARK: - Another action turned down at a cancellation's summary

    private var cancelSpeaker: ConversationContext {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.changeOrder, note: nil)])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func turningDownAMessageAtTheSummaryKeepsTheReason() {
        #expect(cancelSpeaker.expecting == .confirmation)
        var entities = Entities()
        entities.cancellationReason = .noLongerNeeded
        let reader = Reader.with(entities, intent: "message_seller")
        for line in ["and no message to the shop please, i don't want to deal with them",
                     "dont write to the seller, i do not want any contact",
                     "and don't contact the store for me, i do not want to talk with them"] {
            let commands = reader.commands(line, cancelSpeaker)
            #expect(!commands.contains { if case .correctSlot(.cancellationReason) = $0 { true } else { false } }, "\(line)")
            // Never a yes; whether a "don't want" is read as a no to the whole summary is the confirmation reader's.
            #expect(!commands.contains(.confirm(true)), "\(line)")
        }
    }

    @Test func turningDownAMessageAtTheSummaryIsAskedAgain() {
        var entities = Entities()
        entities.cancellationReason = .noLongerNeeded
        let commands = Reader.with(entities, intent: "message_seller").commands("dont write to the seller, i do not want any contact", cancelSpeaker)
        #expect(commands == [.repeatQuestion])
    }

    @Test func aReasonInWordsOfItsOwnBesideTheRefusalStillChangesIt() {
        var entities = Entities()
        entities.cancellationReason = .noLongerNeeded
        let commands = Reader.with(entities, intent: "message_seller")
            .commands("dont message them, actually i found it cheaper elsewhere, a better price", cancelSpeaker)
        #expect(commands.contains(.correctSlot(.cancellationReason(.noLongerNeeded, note: nil))))
    }
}
