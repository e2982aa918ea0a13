import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A question asked at a summary is about the request the summary shows.
///
/// "how long will this take?", "and when do I get my money back?", "will the coupon come back?": at a summary, the
/// buyer is deciding on that request, and what they ask about time or money is what a yes leads to (how long the
/// seller has, where the money goes and how fast). That is answered, and the summary asked again; nothing is taken as
/// a new value or as another request, and the order's status is not shown instead.
extension CommandGenerator {
    func questionAboutPendingRequest(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard case .confirmation = context.expecting, let goal = context.activeGoal, Self.yesSaysTimeAndMoney.contains(goal),
              Words.asksSomething(line.text) || Words.looksLikeQuestion(line.text) else { return nil }
        let words = Words(line.text)
        guard Self.asksAboutTime(line.text) || words.containsAny(Self.moneyWords + Self.whereMoneyGoes),
              // "or should I open a dispute instead?": another way is weighed, not this one asked about. "how many days do
              // I have to pay?" asks about the buyer's own payment, not what the request does.
              !words.tokens.contains(where: { ["instead", "rather", "or", "other", "another", "pay", "paying"].contains($0) }),
              // "until when can it stay unpaid?", "when will it ship?": the order's own course, which its status tells.
              !words.tokens.contains(where: Self.orderCourseWords.contains),
              explicitGoal(line.text).map({ Self.sameAction($0, goal) }) ?? true,
              mentions(line.text).meant.allSatisfy({ $0 == context.activeOrder }), mentions(line.text).unknownNumbers.isEmpty
        else { return nil }
        var out = GeneratedCommands()
        out.add(.repeatQuestion, "a question about time or money at the summary: what a yes leads to")
        return out
    }

    /// The requests whose summary's "what a yes leads to" tells how long it takes and where the money goes.
    static let yesSaysTimeAndMoney: Set<DialogGoal> = [.cancelOrder, .cancelPayment, .openDispute, .confirmReceipt]

    /// Words of the order's own course rather than the request's.
    static let orderCourseWords: Set<String> = ["unpaid", "stay", "ship", "ships", "shipped", "shipping", "arrive", "arrives", "arrival",
                                                "deliver", "delivered", "delivery", "tracking", "dispatch", "dispatched"]

    /// Words that ask where money goes back to.
    static let whereMoneyGoes = ["back", "coupon", "balance", "card", "paypal", "alipay", "bank", "charged", "charge"]
}
