import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Where a cancellation's reason is asked, a destination named is a change of address and another version of the item
/// is a change of the order, with none of the options' words, however surely the classifier reads another request.
@Suite struct ReasonShapeTests {
    private let asDispute = Reader.always("open_dispute", 0.9)

    private var reasonPrompt: ConversationContext {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])]])
        return Shop.conversation(stack.conversationContext())
    }

    private func reason(_ line: String) -> CancellationReason? {
        for command in asDispute.commands(line, reasonPrompt) {
            if case .setSlot(.cancellationReason(let reason, _)) = command { return reason }
        }
        return nil
    }

    @Test func aDestinationNamedIsAChangeOfAddress() {
        #expect(reasonPrompt.expecting == .reason)
        #expect(reason("it has to go to my grandmas, not to me") == .changeShippingAddress)
        #expect(reason("please have it sent to my office") == .changeShippingAddress)
    }

    @Test func anotherVersionOfTheItemIsAChangeOfTheOrder() {
        #expect(reason("i would like a different speaker") == .changeOrder)
        #expect(reason("want a quieter one tbh") == .changeOrder)
    }

    @Test func aPersonOrAnotherThingNamedWithoutThoseShapesIsNeither() {
        #expect(reason("talked to my sister about it and we agreed") != .changeShippingAddress)
        #expect(reason("the other seller was quicker") != .changeOrder)
    }

    @Test func aStoryOfTheItemWithToOrAtIsNoChangeOfAddress() {
        #expect(reason("i wanted to give it to my neighbour but she has one already") != .changeShippingAddress)
        #expect(reason("tried it at my cousins house and it is too loud") != .changeShippingAddress)
        #expect(reason("dont send it to my office anymore, i quit") != .changeShippingAddress)
    }
}

