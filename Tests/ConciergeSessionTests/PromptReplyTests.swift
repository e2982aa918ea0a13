import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs
@testable import ConciergeSession
import ConciergeTestSupport

/// Replies at a pending step, read for what they mean there: a yes or thanks at an offer that already said the whole change, a
/// yes or no in the buyer's own language, thanks at a pick list, a mistake that says what it was about, "no photos" in
/// the buyer's own grammar, and a word of another order's title that only names a part of the item in dispute.
@Suite struct PromptReplyTests {
    private func deletedOrder(_ title: String) -> Order {
        var order = TestData.order(.completed, title: title)
        order.deletion = .deleted
        return order
    }

    // MARK: - An offer that says the whole change

    @Test(arguments: ["yes", "yes please", "ok sure", "sure, put it back"])
    func aYesToARestoreOfferLeadsToItsSummaryFirst(_ yes: String) throws {
        let c = try Conversation([deletedOrder("Picnic blanket")])
        let offer = c.say("please remove the picnic blanket from my orders")
        #expect(offer.contains("restore order #7300000001 now"), "\(offer)")
        let summary = c.say(yes)
        #expect(summary.contains("shall i go ahead"), "\(yes): \(summary)")
        #expect(try c.order()?.deletion == .deleted, "\(yes): \(summary)")
        c.say("yes")
        #expect(try c.order()?.deletion == Deletion.none, "\(yes)")
    }

    @Test(arguments: ["okay, thank you", "yes I know that", "oh right, noted", "yes understood", "ok?"])
    func anAcknowledgementAtARestoreOfferNeitherRestoresNorAsksToRestore(_ line: String) throws {
        let c = try Conversation([deletedOrder("Picnic blanket")])
        c.say("get rid of the picnic blanket order")
        let reply = c.say(line)
        #expect(!reply.contains("shall i go ahead"), "\(line): \(reply)")
        #expect(!reply.contains("back in your order list") || reply.contains("would you like"), "\(line): \(reply)")
        #expect(try c.order()?.deletion == .deleted, "\(line): \(reply)")
        #expect(try c.events().isEmpty, "\(line): \(reply)")
    }

    @Test func aNoToARestoreOfferLeavesTheOrderWhereItIs() throws {
        let c = try Conversation([deletedOrder("Picnic blanket")])
        c.say("hide the picnic blanket order")
        c.say("no leave it there")
        #expect(try c.order()?.deletion == .deleted)
        #expect(try c.events().isEmpty)
    }

    @Test func anOfferThatStillNeedsWordsAsksForThem() throws {
        let c = try Conversation([TestData.order(.shipped, title: "Bird feeder")])
        c.say("cancel the bird feeder")
        let reply = c.say("yes")
        #expect(reply.contains("what would you like to tell the seller"), "\(reply)")
        #expect(try c.order()?.messages.isEmpty == true)
    }

    // MARK: - Yes and no in the buyer's own language

    @Test(arguments: ["evet tamam", "sim, pode fazer", "si hazlo", "da davai", "ja mach das", "iya lanjut"])
    func aGoAheadInAnotherLanguageIsAYes(_ yes: String) throws {
        let c = try Conversation([TestData.order(.awaitingPayment, title: "Rowing gloves")])
        let summary = c.say("cancel the rowing gloves")
        #expect(summary.contains("shall i go ahead"), "\(summary)")
        let reply = c.say(yes)
        #expect(try c.order()?.status == .cancelled, "\(yes): \(reply)")
    }

    @Test(arguments: ["hayır, vazgeçtim", "não, deixa", "nyet, ne nado", "tidak usah", "lass es"])
    func aLeaveItInAnotherLanguageIsANo(_ no: String) throws {
        let c = try Conversation([TestData.order(.awaitingPayment, title: "Rowing gloves")])
        c.say("cancel the rowing gloves")
        c.say(no)
        c.say("yes")
        #expect(try c.order()?.status == .awaitingPayment, "\(no)")
    }

    // MARK: - A mistake about something

    @Test(arguments: [
        ("ticked express post by accident, the normal parcel is fine", CancellationReason.changeDeliveryMethod),
        ("i put my old street by mistake, it must go to my uncle instead", .changeShippingAddress),
        ("chose the wrong size by accident", .changeOrder),
        ("paid with my partners card by mistake", .paymentProblem),
        ("ordered it by accident", .paymentProblem),
    ])
    func aMistakeIsAboutWhatItNames(_ line: String, _ reason: CancellationReason) throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Rowing gloves")])
        c.say("cancel the rowing gloves")
        let summary = c.say(line)
        #expect(summary.contains(reason.label.lowercased()), "\(line): \(summary)")
    }

    // MARK: - No photos, in the buyer's grammar

    @Test func noPhotosSaidInTheBuyersGrammar() {
        #expect(CommandGenerator.deniesPhotos("i not have photos"))
        #expect(CommandGenerator.deniesPhotos("sorry no have any picture"))
        #expect(CommandGenerator.deniesPhotos("i didnt take pics of it"))
        #expect(!CommandGenerator.deniesPhotos("it is not like the photos"))
        #expect(!CommandGenerator.deniesPhotos("no, photos will follow tomorrow"))
        #expect(!CommandGenerator.deniesPhotos("i have no idea how to take photos"))
    }

    @Test(arguments: ["no pictures of the box but I got photos of the dent", "no screenshot, I have pics of the lid though",
                      "I can't upload photos right now, tomorrow?", "can i not send photos now and add them after", "no photos yet"])
    func aLineThatHasPhotosOrAsksAboutThemIsNoDenial(_ line: String) {
        #expect(!CommandGenerator.deniesPhotos(line), "\(line)")
    }

    @Test func aDisputeToldInOneLineWithNoPhotosInOwnGrammarReachesItsSummary() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Camping stove")])
        let reply = c.say("open dispute for camping stove, it arrive broken, the knob is cracked, i want full refund, i not have photo")
        #expect(reply.contains("shall i go ahead"), "\(reply)")
    }

    // MARK: - A part of the item named with another order's word

    @Test func aPartNamedWithAnotherOrdersWordStaysOnTheOrderInDispute() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Espresso machine"),
                                  TestData.order(.delivered, id: "7300000002", title: "Glass tumblers")])
        c.say("open a dispute for the espresso machine")
        #expect(c.session.dialog?.expecting == .disputeReason)
        let reply = c.say("it came damaged, the glass jug was cracked")
        #expect(c.session.dialog?.orderID == "7300000001", "\(reply)")
        #expect(!reply.contains("7300000002"), "\(reply)")
    }

    @Test func anotherOrderSaidToBeDamagedIsStillThatOrder() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Espresso machine"),
                                  TestData.order(.delivered, id: "7300000002", title: "Glass tumblers")])
        c.say("open a dispute for the espresso machine")
        c.say("sorry no, the tumblers arrived cracked")
        #expect(c.session.dialog?.orderID == "7300000002")
    }

    @Test(arguments: ["evet ama bir dakika", "haan lekin ruko", "haan, kal karna", "tamam, bekle biraz", "iya, tapi nanti",
                      "khorosho, podozhdite"])
    func aYesInAnotherLanguageHeldBackInThatLanguageSendsNothing(_ line: String) throws {
        let c = try Conversation([TestData.order(.awaitingPayment, title: "Rowing gloves")])
        let summary = c.say("cancel the rowing gloves")
        #expect(summary.contains("shall i go ahead"), "\(summary)")
        let reply = c.say(line)
        #expect(try c.order()?.status == .awaitingPayment, "\(line): \(reply)")
        #expect(try c.events().isEmpty, "\(line): \(reply)")
    }

    @Test(arguments: ["iya, gak apa-apa", "oke tidak papa", "haan, kyon nahi"])
    func noProblemAndWhyNotInAnotherLanguageAreAYes(_ yes: String) throws {
        let c = try Conversation([TestData.order(.awaitingPayment, title: "Rowing gloves")])
        c.say("cancel the rowing gloves")
        let reply = c.say(yes)
        #expect(try c.order()?.status == .cancelled, "\(yes): \(reply)")
    }

    @Test(arguments: ["ok, um, the swim goggles actually", "yes er I meant order 7300000002"])
    func aCorrectionAfterAHesitantYesMovesTheRequest(_ line: String) throws {
        let c = try Conversation([TestData.order(.awaitingPayment, title: "Rowing gloves"),
                                  TestData.order(.awaitingPayment, id: "7300000002", title: "Swim goggles")])
        let summary = c.say("cancel the rowing gloves")
        #expect(summary.contains("shall i go ahead"), "\(summary)")
        let reply = c.say(line)
        #expect(c.session.dialog?.orderID == "7300000002", "\(line): \(reply)")
        #expect(try c.events().isEmpty, "\(line): \(reply)")
    }

    // MARK: - A question at an offer

    @Test func aQuestionAtARestoreOfferExplainsItAndKeepsIt() throws {
        let c = try Conversation([deletedOrder("Picnic blanket")])
        c.say("delete the picnic blanket")
        let reply = c.say("hm, what would restoring it do?")
        #expect(reply.contains("back in your order list"), "\(reply)")
        #expect(c.session.dialog?.expecting == .offer(.restoreOrder), "\(reply)")
        c.say("yes")
        #expect(try c.order()?.deletion == .deleted)
        c.say("yes")
        #expect(try c.order()?.deletion == Deletion.none)
    }

    @Test func aQuestionAtAMessageOfferKeepsItAndSendsNothing() throws {
        let c = try Conversation([TestData.order(.shipped, title: "Bird feeder")])
        c.say("cancel the bird feeder")
        c.say("would they even answer me?")
        #expect(c.session.dialog?.expecting == .offer(.messageSeller))
        c.say("no")
        #expect(try c.order()?.messages.isEmpty == true)
        #expect(c.session.dialog == nil)
    }

    // MARK: - A declined cancellation, told with the status

    @Test func theStatusOfAShippedOrderWhoseCancellationWasDeclinedSaysSo() throws {
        var order = TestData.order(.shipped, title: "Bird feeder")
        order.cancellation = Cancellation(reason: .changeOrder, at: TestData.ago(days: 3), answer: .declined)
        let lines = StatusText().status(order, handlingDays: 5, now: TestData.now).joined(separator: " ")
        #expect(lines.contains("declined"), "\(lines)")
        #expect(lines.contains("open a dispute now"), "\(lines)")
        var plain = TestData.order(.shipped, title: "Bird feeder")
        plain.cancellation = nil
        #expect(!StatusText().status(plain, handlingDays: 5, now: TestData.now).joined().contains("declined"))
    }

    // MARK: - Leaving a step for a request

    @Test func leavingTheDisputeStepForAnotherOrdersDeletionStartsTheDeletion() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Rain boots"),
                                  TestData.order(.completed, id: "7300000002", title: "Umbrella stand")])
        c.say("open a dispute for the rain boots")
        #expect(c.session.dialog?.expecting == .disputeReason)
        c.say("leave this, first remove the umbrella stand order")
        #expect(c.session.dialog?.goal == .deleteOrder)
        #expect(c.session.dialog?.orderID == "7300000002")
    }

    // MARK: - A yes held back

    @Test(arguments: ["Yes. Hmm.", "ok umm", "sure... erm, let me see"])
    func aHesitationAfterTheYesHoldsItBack(_ line: String) throws {
        let c = try Conversation([TestData.order(.awaitingPayment, title: "Rowing gloves")])
        c.say("cancel the rowing gloves")
        let reply = c.say(line)
        #expect(try c.order()?.status == .awaitingPayment, "\(line): \(reply)")
        #expect(reply.contains("shall i go ahead"), "\(line): \(reply)")
        c.say("yes")
        #expect(try c.order()?.status == .cancelled)
    }

    @Test func aHesitationBeforeTheYesLeavesItAYes() throws {
        let c = try Conversation([TestData.order(.awaitingPayment, title: "Rowing gloves")])
        c.say("cancel the rowing gloves")
        c.say("hmm ok yes")
        #expect(try c.order()?.status == .cancelled)
    }

    @Test func cancelTheRequestAtACancellationsSummaryIsAskedAgain() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Rowing gloves")])
        c.say("cancel the rowing gloves, i dont need them")
        c.say("ok cancel the request")
        #expect(try c.order()?.status == .awaitingShipment)
        #expect(c.session.dialog?.expecting == .confirmation)
    }

    // MARK: - An offer turned down

    @Test func anOfferTurnedDownWithAQuestionEndsItAndSaysTheOtherWays() throws {
        let c = try Conversation([TestData.order(.shipped, title: "Bird feeder")])
        c.say("cancel the bird feeder")
        let reply = c.say("i dont want to write to the seller. any other options?")
        #expect(reply.contains("refuse the parcel"), "\(reply)")
        #expect(c.session.dialog == nil, "\(reply)")
        c.say("yes")
        #expect(try c.order()?.messages.isEmpty == true)
    }

    @Test func anOfferTurnedDownWithoutAQuestionIsNoOutOfScopeReply() throws {
        let c = try Conversation([TestData.order(.shipped, title: "Bird feeder")])
        c.say("cancel the bird feeder")
        let reply = c.say("no message and no dispute for me")
        #expect(!reply.contains("outside what i can help with"), "\(reply)")
        #expect(try c.order()?.messages.isEmpty == true)
    }

    // MARK: - Another request where the reason is asked; an option turned down

    @Test func aPlainRequestOfAnotherKindAtTheReasonIsThatRequest() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Rowing gloves")])
        c.say("cancel the rowing gloves")
        #expect(c.session.dialog?.expecting == .reason)
        c.say("could you ask the seller to send them sooner, i need them for a regatta")
        #expect(c.session.dialog?.goal == .messageSeller)
        c.say("yes")
        #expect(try c.order()?.status == .awaitingShipment)
    }

    @Test func anOptionTurnedDownAtAClarificationIsNotChosen() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Rowing gloves")])
        // The question "check the order's status, or cancel the order?" pending on a line about the gloves.
        c.session.clarifying = (["order_status", "cancel_order"], c.session.understand("the rowing gloves are slow"))
        let reply = c.say("i do NOT want to cancel them")
        #expect(c.session.dialog?.goal != .cancelOrder, "\(reply)")
        #expect(!reply.contains("outside what i can help with"), "\(reply)")
        c.say("yes")
        #expect(try c.order()?.status == .awaitingShipment)
    }
}
