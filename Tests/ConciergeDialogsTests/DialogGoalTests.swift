import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs

@Suite struct DialogGoalTests {
    @Test func everyGoalThatChangesAnOrderMapsToThePolicyAction() {
        let changing = DialogGoal.allCases.filter { $0 != .orderStatus && $0 != .refundStatus }
        #expect(changing.allSatisfy { $0.action != nil })
        #expect(DialogGoal.orderStatus.action == nil && DialogGoal.refundStatus.action == nil)
        #expect(DialogGoal.cancelOrder.action == .cancelOrder)
        #expect(DialogGoal.deleteOrder.action == .delete)
    }

    @Test func everyGoalNamesWhatIsGoingOnForThePrompt() {
        let activities = DialogGoal.allCases.map(\.activity)
        #expect(Set(activities).count == DialogGoal.allCases.count)
        #expect(DialogGoal.cancelOrder.activity == "cancelling")
    }
}
