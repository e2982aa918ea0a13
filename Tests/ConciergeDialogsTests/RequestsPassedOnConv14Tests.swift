import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Requests passed on for someone else, a later clause asking to write to the seller, an order thrown away in slang,
/// "confirm those" beside "they're fine", the same request again for another order, and a question answered before a
/// summary that waits.
@Suite struct RequestsPassedOnConv14Tests {
    let context = Shop.conversation()
    let nothing = Reader { _ in nil }

    private func starts(_ goal: DialogGoal, _ commands: [DialogueCommand], _ order: OrderID? = nil) -> Bool {
        commands.contains { if case .startFlow(goal, let orders, _) = $0 { order.map { orders == [$0] } ?? true } else { false } }
    }

    @Test func aRequestPassedOnIsTheBuyersRequest() {
        #expect(starts(.cancelOrder, nothing.commands("my dad wants to cancel the portable speaker", context), Shop.paidID))
        #expect(starts(.cancelOrder, nothing.commands("carla says cancel the portable speaker, she found a better one downtown", context), Shop.paidID))
        #expect(starts(.cancelOrder, nothing.commands("Ms Okafor wants the portable speaker cancelled, she found it cheaper", context), Shop.paidID))
        #expect(starts(.deleteOrder, nothing.commands("grandma would like the garden hose order deleted", context), Shop.completedID))
        // What someone said happened, or what a thing "says", is no request.
        #expect(CommandGenerator.withoutReportedFrame("mom asked to cancel it on the 14th") == nil)
        #expect(CommandGenerator.withoutReportedFrame("tracking says delivered but nothing came") == nil)
        #expect(CommandGenerator.withoutReportedFrame("the order says waiting for the seller") == nil)
        #expect(CommandGenerator.withoutReportedFrame("hmm hold on, she says first ask the seller") == "hmm hold on, first ask the seller")
    }

    @Test func aLaterClauseAskingToWriteToTheSellerIsAMessage() {
        let generator = CommandGenerator(context: context)
        #expect(generator.explicitGoal("the lamp i'm keeping but tell the seller to wrap it well") == .messageSeller)
        #expect(generator.explicitGoal("still nothing? can you nudge them, tell them i asked on the 19th") == .messageSeller)
        #expect(generator.explicitGoal("I don't want a complaint. Could you just send them a little note to say sorry") == .messageSeller)
        // Told about, or asking the assistant: no message.
        #expect(generator.explicitGoal("the lamp arrived, tell me when the refund comes") != .messageSeller)
        #expect(generator.explicitGoal("I already told them twice, nothing happened") != .messageSeller)
    }

    @Test func aKeepUnderAConditionTurnsNothingDown() {
        let generator = CommandGenerator(context: context)
        #expect(generator.declinedGoals("ask them if they have it in blue, if yes she'll keep it").isEmpty)
        #expect(generator.declinedGoals("no, I'll keep it").contains(.cancelOrder))
    }

    @Test func throwingAnOrderAwayInSlangTakesItAway() {
        #expect(starts(.cancelOrder, nothing.commands("the ceramic table lamp i never paid, bin it", context), Shop.unpaidID))
        #expect(starts(.cancelOrder, nothing.commands("kill the ceramic table lamp order, never paid it", context), Shop.unpaidID))
        #expect(starts(.deleteOrder, nothing.commands("the garden hose is done, bin it", context), Shop.completedID))
        #expect(!starts(.deleteOrder, nothing.commands("bin the idea of a dispute, where is the compact blender", context)))
    }

    @Test func confirmThoseBesideTheyreFineConfirmsReceipt() {
        let generator = CommandGenerator(context: context)
        #expect(generator.explicitGoal("he has the phone cover on and says its fine, confirm it first") == .confirmReceipt)
        #expect(generator.explicitGoal("the phone cover is broken, confirm it") != .confirmReceipt)
        #expect(generator.explicitGoal("confirm that the refund is coming, all fine") != .confirmReceipt)
    }

    @Test func theSameRequestAgainForAnotherOrder() {
        var after = context
        after.lastGoal = .cancelOrder
        after.lastOrderID = Shop.unpaidID
        after.lastSlots = [.cancellationReason(.changeOrder, note: nil)]
        // "same reason" keeps the reason; without it the request asks again.
        let same = nothing.commands("same for the portable speaker, same reason", after)
        #expect(same.contains(.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.changeOrder, note: nil)])))
        #expect(nothing.commands("and the portable speaker too", after).contains(.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])))
        // A question about another order repeats nothing.
        #expect(!starts(.cancelOrder, nothing.commands("and the portable speaker from the same day, what happens if i never pay", after)))

        var messaged = context
        messaged.lastGoal = .messageSeller
        messaged.lastOrderID = Shop.unpaidID
        messaged.lastSlots = [.message("Please hold order #7300000001 until the 28th.")]
        #expect(nothing.commands("same message on the portable speaker too pls", messaged)
            .contains(.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Please hold order #7300000002 until the 28th.")])))
    }

    @Test func aQuestionBesideARequestThatWaitsIsAnsweredFirst() {
        let reader = Reader { text in
            text.contains("where") ? ("order_status", 0.95, nil) : ("cancel_order", 0.95, nil)
        }
        let commands = reader.commands("cancel the ceramic table lamp, and wheres my compact blender at?", context)
        let status = commands.firstIndex { if case .startFlow(.orderStatus, _, _) = $0 { true } else { false } }
        let cancel = commands.firstIndex { if case .startFlow(.cancelOrder, _, _) = $0 { true } else { false } }
        #expect(status != nil && cancel != nil && status! < cancel!)
        // Put in sequence by the buyer: kept in order.
        let sequenced = reader.commands("cancel the ceramic table lamp and then tell me where my compact blender is", context)
        let later = sequenced.firstIndex { if case .startFlow(.orderStatus, _, _) = $0 { true } else { false } }
        let first = sequenced.firstIndex { if case .startFlow(.cancelOrder, _, _) = $0 { true } else { false } }
        #expect(later == nil || first! < later!)
    }

    @Test func anAnnouncementIsNoPartOfTheFirstRequest() {
        #expect(LineReader.withoutAnnouncement("morning! two things — where is my lamp, and cancel the hose") == "where is my lamp, and cancel the hose")
        #expect(LineReader.withoutAnnouncement("2 things: kill the lamp order and msg the seller") == "kill the lamp order and msg the seller")
        #expect(LineReader.withoutAnnouncement("two things went wrong with the lamp") == nil)
    }

    @Test func messageDraftsKeepOnlyWhatIsForTheSeller() {
        let id: OrderID = "7300000002"
        #expect(MessageDraft.draft(from: "can you nudge them, tell them i asked on the 19th and still waiting", orderID: id)?
            .contains("I asked on the 19th and still waiting") == true)
        #expect(MessageDraft.draft(from: "ask the seller if they have the 10 inch set. send them that", orderID: id)?.contains("send them that") == false)
        #expect(MessageDraft.draft(from: "message the fan heater seller for my dad and ask them where his heater is", orderID: id, naming: ["fan", "heater"])?
            .contains("where his heater is") == true)
    }

    @Test func twoQuestionsAboutTwoOrdersAreTwoAnswers() {
        let status = Reader.always("order_status", 0.95)
        let commands = status.commands("where's the portable speaker, why is the compact blender still not here?", context)
        #expect(commands.contains(.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])))
        #expect(commands.contains(.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])))
    }

    @Test func whatWouldHappenToAnOrderIsItsStatus() {
        let torn = Reader { _ in ("message_seller", 0.3, nil) }
        #expect(torn.commands("and if the seller does not ship the portable speaker in time what happen?", context)
            == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        // An action asked outright stays that action.
        #expect(!torn.commands("cancel the portable speaker, what happens then?", context).contains(.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])))
    }

    @Test func aLaterClauseOpeningADisputeAsksForOne() {
        #expect(CommandGenerator.laterClauseOpensDispute("it never arrived, its been 17 days. open a dispute for not received, full refund pls"))
        #expect(CommandGenerator.laterClauseOpensDispute("open a dispute for not received, full refund"))
        #expect(!CommandGenerator.laterClauseOpensDispute("can i open a dispute, or is it too early?"))
        #expect(!CommandGenerator.laterClauseOpensDispute("the lamp is fine, i opened my dispute last week"))
    }
}
