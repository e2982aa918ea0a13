import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs
@testable import ConciergeSession
import ConciergeTestSupport

/// How buyers open and shape their lines: a greeting before the request, a seller named with the item, a message
/// labelled as such where one is asked, a reason told in other words at the step that asks for it, an item's name
/// said twice in one story.
@Suite struct BuyerOpeningsTests {
    // MARK: - A greeting before the request

    @Test func aGreetingThatOpensALineIsSetAsideForTheRequest() {
        #expect(CommandGenerator.afterAcknowledgement("Good evening, hello. My camping lantern never came and I want to know why")
                == "My camping lantern never came and I want to know why")
        #expect(CommandGenerator.afterAcknowledgement("hi there! could you cancel the lantern for me?") == "could you cancel the lantern for me?")
        // A greeting alone, or one run into a short line without a clause mark, is small talk as it stands.
        #expect(CommandGenerator.afterAcknowledgement("hello, good morning") == nil)
        #expect(CommandGenerator.afterAcknowledgement("hi how are you") == nil)
        // "goodness" greets nobody.
        #expect(CommandGenerator.afterAcknowledgement("goodness, the lantern is late again, what now") == nil)
    }

    // MARK: - The seller named with the item, or by the first word of its name

    @Test func theSellerNamedAfterAnItemStillAsksForAMessage() {
        #expect(CommandGenerator.startsMessage("tell the garden hose seller it leaks at the tap", sellers: [:]))
        #expect(CommandGenerator.startsMessage("ask the blue rug seller when it ships", sellers: [:]))
        // "tell me …" asks the assistant, whoever it mentions.
        #expect(!CommandGenerator.startsMessage("tell me why the seller said no", sellers: [:]))
    }

    @Test func aSellerCalledByTheFirstWordOfItsNameIsTheSeller() {
        let draft = MessageDraft.draft(from: "msg harbor about my lantern. ask is the battery included",
                                       orderID: "7300000001", naming: ["lantern"], sellerNames: ["Harbor Gadgets"])
        #expect(draft?.contains("is the battery included?") == true, "\(draft ?? "nil")")
        #expect(draft?.lowercased().contains("harbor") == false, "\(draft ?? "nil")")
    }

    // MARK: - A labelled message where one is asked

    @Test func aLabelledMessageIsTheMessageWhateverItTalksAbout() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Linen tablecloth")])
        c.say("I need to write to the seller of the linen tablecloth")
        #expect(c.session.dialog?.expecting == .message)
        let reply = c.say("message: please ship it this week, otherwise I will cancel the order and buy it elsewhere")
        #expect(c.session.dialog?.goal == .messageSeller, "\(reply)")
        #expect(reply.contains("otherwise i will cancel the order"), "\(reply)")
        #expect(try c.order()?.status == .awaitingShipment)
    }

    // MARK: - A reason in other words at the step that asks for it

    @Test func aReasonAboutTheListingAtTheReasonStepIsNotAMissingParcel() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Bamboo cutting board")])
        c.say("I want to open a dispute for the bamboo cutting board")
        #expect(c.session.dialog?.expecting == .disputeReason)
        let reply = c.say("the colour is not how their listing showed it")
        #expect(reply.contains("not as described"), "\(reply)")
        #expect(!reply.contains("not received"), "\(reply)")
    }

    // MARK: - Two items named, each by its own words

    @Test func twoItemsNamedEachByItsOwnWordsAreBothRequests() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Rooibos tea 100 g"),
                                  TestData.order(.awaitingShipment, id: "7300000002", title: "Tea strainer")])
        c.say("cancel the rooibos tea and the tea strainer, I changed my mind")
        c.say("yes")
        let reply = c.say("yes")
        #expect(try c.order()?.status == .cancellationRequested, "\(reply)")
        #expect(try c.order("7300000002")?.status == .cancellationRequested, "\(reply)")
    }
}
