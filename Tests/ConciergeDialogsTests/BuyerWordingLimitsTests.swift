import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Where the buyer-wording rules stop: lines that share their words but mean something else keep their own reading.
@Suite struct BuyerWordingLimitsTests {
    private func started(_ commands: [DialogueCommand]) -> [[OrderID]] {
        commands.compactMap { command -> [OrderID]? in
            if case .startFlow(_, let orders, _) = command { orders } else { nil }
        }
    }

    // MARK: - Two orders named, one title inside the other

    @Test func anOrderNamedOnItsOwnBesideALongerTitleIsNotDropped() {
        let bowls = [TestData.order(.awaitingShipment, id: "7300000031", title: "Bamboo bowl"),
                     TestData.order(.awaitingShipment, id: "7300000032", title: "Bamboo bowl set")]
        let commands = Reader.always("cancel_order", 0.9).commands("please cancel the bowl and the bowl set, they are not needed",
                                                                   Shop.conversation(orders: bowls))
        // Both asked about (the flow asks which), or both requested: never the set alone.
        #expect(started(commands).flatMap { $0 }.contains("7300000031"), "\(commands)")
    }

    // MARK: - "the other …" after a turn about one of the orders

    @Test func theOtherItemIsNotTheOneJustTalkedAbout() {
        let teas = [TestData.order(.awaitingShipment, id: "7300000041", title: "Jasmine tea"),
                    TestData.order(.awaitingShipment, id: "7300000042", title: "Earl grey tea")]
        var base = ConversationContext()
        base.lastOrderID = "7300000041"
        for line in ["cancel the other tea please", "cancel another tea", "not that one, cancel the second tea",
                     "i mean a different tea, cancel it"] {
            let commands = Reader.always("cancel_order", 0.9).commands(line, Shop.conversation(base, orders: teas))
            #expect(started(commands) != [["7300000041"]], "\(line): \(commands)")
        }
    }

    // MARK: - A charge taken twice, and lines that only share its words

    @Test func questionsAndOtherTwicesAreNoDoubleCharge() {
        #expect(!CommandGenerator.saysChargedTwice("is there an extra charge for express delivery on the floor lamp?"))
        #expect(!CommandGenerator.saysChargedTwice("will i be charged again if i order the floor lamp again?"))
        #expect(!CommandGenerator.saysChargedTwice("i wrote to the seller twice, 4 days ago and this morning, about the candles"))
        #expect(!CommandGenerator.saysChargedTwice("the seller wants an extra payment by bank transfer for the candles"))
        #expect(!CommandGenerator.saysChargedTwice("the parcel scan for the blanket changed twice 3 days ago"))
        #expect(!CommandGenerator.saysChargedTwice("i was not charged twice for the blanket, i only ask when it ships"))
        #expect(!CommandGenerator.saysChargedTwice("there is a second charge for gift wrap on the candles?"))
        // A charge the buyer tells of stays one.
        #expect(CommandGenerator.saysChargedTwice("they charged me twice for the candles"))
        #expect(CommandGenerator.saysChargedTwice("my card shows twice $14.50 for one blanket"))
    }

    @Test func aQuestionAboutAnExtraChargeIsNoVoidedPayment() {
        let commands = Reader.always("order_status", 0.8).commands("is there an extra charge for express delivery on the portable speaker?",
                                                                   Shop.conversation())
        #expect(!commands.contains { if case .startFlow(.cancelPayment, _, _) = $0 { true } else { false } }, "\(commands)")
    }

    // MARK: - A greeting before small talk

    @Test func aGreetingBeforeSmallTalkIsKeptWithIt() {
        #expect(CommandGenerator.afterAcknowledgement("hi, how are you?") == nil)
        #expect(CommandGenerator.afterAcknowledgement("hello, is somebody there?") == nil)
        #expect(CommandGenerator.afterAcknowledgement("hey, what is your name?") == nil)
        // A request after the greeting is still read on its own.
        #expect(CommandGenerator.afterAcknowledgement("hello, the candles never arrived, what now?") == "the candles never arrived, what now?")
        #expect(CommandGenerator.afterAcknowledgement("hi, i would like to send a friendly note to the man who carved my spoons")
                == "i would like to send a friendly note to the man who carved my spoons")
    }

    // MARK: - A reason naming the address in passing

    @Test func aReasonNamingTheSameAddressIsNoChangeOfAddress() {
        var entities = Entities()
        entities.cancellationReason = .changeOrder
        let reader = Reader.with(entities)
        for line in ["i want another scent instead, to the same address as usual, i will order again",
                     "i want to change my order to a bigger bottle, same street address",
                     "i will pick a different type, the address is correct"] {
            #expect(CommandGenerator.cancellationReason(reader.clause(line), or: nil) == .changeOrder, "\(line)")
        }
        // An error tied to the address is still one.
        #expect(CommandGenerator.cancellationReason(reader.clause("the street name is wrong, i will order again"), or: nil) == .changeShippingAddress)
    }

    // MARK: - "is ok" in a question or a mixed report

    @Test func okInAQuestionOrBesideAProblemIsNoAllIsWell() {
        let reader = Reader.always("open_dispute", 0.9)
        #expect(!CommandGenerator.saysAllIsWell(reader.clause("is ok to open a dispute for the phone cover?")))
        #expect(!CommandGenerator.saysAllIsWell(reader.clause("the box is ok, the cover inside smells of smoke")))
        #expect(!CommandGenerator.saysAllIsWell(reader.clause("its ok if i ask for a refund for the cover?")))
        let commands = reader.commands("is ok to open a dispute for the phone cover?", Shop.conversation())
        #expect(commands.contains { if case .startFlow(.openDispute, _, _) = $0 { true } else { false } }, "\(commands)")
        // An item said to have arrived well is still no problem.
        #expect(CommandGenerator.saysAllIsWell(reader.clause("the phone cover arrived ok")))
        #expect(CommandGenerator.saysAllIsWell(reader.clause("the phone cover looks good")))
    }

    // MARK: - A value swap and a pronoun

    @Test func aPersonTakenBackIsNoValueSwap() {
        let draft = "please let me know when it ships, it is a present"
        #expect(MessageEdit.apply(MessageEdit.edits(in: "it is for my sister, not me"), to: draft) != "please let sister know when it ships, it is a present")
        #expect(!MessageEdit.edits(in: "it is for my sister, not me").contains(where: { if case .replace = $0 { true } else { false } }))
        #expect(!MessageEdit.edits(in: "the code is for them, not you").contains(where: { if case .replace = $0 { true } else { false } }))
        // A number for a word is no swap either; a code for a code still is.
        #expect(!MessageEdit.edits(in: "the size is 42, not large").contains(where: { if case .replace = $0 { true } else { false } }))
        #expect(MessageEdit.edits(in: "the flat is 7C, not 9C") == [.replace(old: "9c", new: "7c")] ||
                MessageEdit.edits(in: "the flat is 7C, not 9C") == [.replace(old: "9C", new: "7C")])
    }

    // MARK: - A question about the seller's message

    @Test func aQuestionAboutWhatTheSellerSendsStartsNoMessage() {
        #expect(!CommandGenerator.startsMessage("will the seller send a message to confirm the candles shipped?", sellers: [:]))
        #expect(!CommandGenerator.startsMessage("did the seller send a message to me about the blanket?", sellers: [:]))
        #expect(!CommandGenerator.startsMessage("ask you if the seller got my new address", sellers: [:]))
        #expect(!CommandGenerator.startsMessage("tell support that the seller never answers", sellers: [:]))
        // The buyer sending a note is still a message.
        #expect(CommandGenerator.startsMessage("send a quick note to the seller about the candles", sellers: [:]))
        #expect(CommandGenerator.startsMessage("can i send a message to the seller of the blanket", sellers: [:]))
        #expect(CommandGenerator.startsMessage("please drop them a line about the late candles", sellers: [:]))
        #expect(CommandGenerator.startsMessage("can i send a very short message to the potter", sellers: [:]))
    }

    // MARK: - A request after a refusal

    @Test func aRequestAfterARefusalIsTheRequest() {
        var base = ConversationContext()
        base.hasRefusal = true
        base.lastOrderID = Shop.deliveredID
        let reader = Reader.always("open_dispute", 0.8)
        let commands = reader.commands("i want to know what i can do with a cover that smells, open a dispute please", Shop.conversation(base))
        #expect(!commands.contains(.explainRefusal), "\(commands)")
        // A question about the refusal alone is still that.
        #expect(reader.commands("why i cannot cancel? i did nothing wrong", Shop.conversation(base)) == [.explainRefusal])
    }

    @Test func whatAWordOfTheRefusalMeansIsAskedInManyWays() {
        #expect(CommandGenerator.asksAboutRefusal(Words("hm, what does closed mean here?")))
        #expect(CommandGenerator.asksAboutRefusal(Words("sorry what is meant by frozen")))
        #expect(CommandGenerator.asksAboutRefusal(Words("ok but what means locked")))
        #expect(!CommandGenerator.asksAboutRefusal(Words("what does the seller say about the clock")))
    }
}
