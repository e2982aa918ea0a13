import Foundation
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// The buyer's orders the flow tests talk about: one of each interesting status, each with its own item,
/// all placed by buyer B1 at seller S1 (Harbor Gadgets) unless a test says otherwise.
enum Shop {
    static let unpaidID: OrderID = "7300000001"
    static let paidID: OrderID = "7300000002"
    static let shippedID: OrderID = "7300000003"
    static let deliveredID: OrderID = "7300000004"
    static let completedID: OrderID = "7300000005"
    static let frozenID: OrderID = "7300000006"

    static let unpaid = TestData.order(.awaitingPayment, id: unpaidID, title: "Ceramic table lamp")
    static let paid = TestData.order(.awaitingShipment, id: paidID, title: "Portable speaker")
    static let shipped = TestData.order(.shipped, id: shippedID, title: "Compact blender")
    static let delivered = TestData.order(.delivered, id: deliveredID, title: "Phone cover")
    static let completed = TestData.order(.completed, id: completedID, title: "Garden hose")
    static let frozen = TestData.order(.frozen, id: frozenID, title: "Desk fan")

    static let all = [unpaid, paid, shipped, delivered, completed, frozen]
    static let sellers: [SellerID: Seller] = ["S1": Seller(id: "S1", name: "Harbor Gadgets", handlingDays: 5)]

    /// A flow stack after these commands, one buyer line's commands per argument, applied in `context`.
    static func stack(_ lines: [[DialogueCommand]], in context: FlowContext = Shop.context()) -> FlowStack {
        var stack = FlowStack()
        for line in lines { _ = stack.apply(line, context, texts: texts) }
        return stack
    }

    /// What a flow sees: these orders (or all of them) at `TestData.now`.
    static func context(_ orders: [Order] = all, deleted: [Order] = []) -> FlowContext {
        FlowContext(orders: orders, deletedOrders: deleted, sellers: sellers, now: TestData.now)
    }

    /// What the command generator sees, given the stack's view of the conversation.
    static func conversation(_ base: ConversationContext = ConversationContext(), orders: [Order] = all,
                             sellers: [SellerID: Seller] = sellers, topics: Set<String> = ["refund_timing", "no_cancel_button"]) -> ConversationContext {
        var context = base
        context.orders = orders
        context.sellers = sellers
        context.answerTopics = topics
        context.now = TestData.now
        return context
    }

    /// The stack's outside words, recognisable in assertions.
    static let texts = StackTexts(
        answer: { topic, order, _ in [.say("ANSWER \(topic)\(order.map { " #\($0.id)" } ?? "")")] },
        outOfScope: { count in [.say("OUT OF SCOPE \(count)")] },
        help: [.say("HELP")],
        nothingPending: [.say("NOTHING PENDING")])

    static func usd(_ minorUnits: Int) -> Money { Money(minorUnits: minorUnits, currency: "USD") }

    /// "Ceramic table lamp, 23.10 USD": how summaries name an order.
    static func named(_ order: Order) -> String { "order #\(order.id) (\(order.shortTitle), \(order.total))" }

    /// "order #7300000001 (Ceramic table lamp)": how questions name an order.
    static func asked(_ id: OrderID) -> String {
        let title = [unpaid, paid, shipped, delivered, completed, frozen].first { $0.id == id }?.shortTitle ?? ""
        return "order #\(id) (\(title))"
    }

    /// An unpaid order's cancel is summarised at once: no reason is asked for.
    static func unpaidSummary(_ id: OrderID) -> [Effect] {
        let order = [unpaid, paid, shipped, delivered, completed, frozen].first { $0.id == id } ?? unpaid
        return [.say("Summary: cancel order #\(id) (\(order.shortTitle), \(order.total)); it isn't paid, so it closes at once."), goAhead]
    }

    /// The seven reasons offered when the flow asks why, numbered.
    static func reasonQuestion(_ id: OrderID) -> [Effect] {
        [.say("Why do you want to cancel \(asked(id))? Pick one or tell me in your own words:")]
            + CancellationReason.allCases.enumerated().map { .say("  \($0 + 1). \($1.label)") }
    }

    static let goAhead = Effect.say("Shall I go ahead? (yes/no)")

    /// An order as the store leaves it after a cancellation (at once, or a request to the seller).
    static func cancelled(_ order: Order, requested: Bool) -> Order {
        var after = order
        after.status = requested ? .cancellationRequested : .cancelled
        after.cancellation = Cancellation(reason: .noLongerNeeded, at: TestData.now)
        return after
    }
}

/// Buyer lines as the session hands them to the command generator: the whole line and its clauses,
/// each with a hand-made classification (the classifier is not under test here), order numbers found
/// the way the entity extractor finds them (digit runs of 6–20), and the short-reply reading.
struct Reader {
    /// Intent, confidence and child intent for a piece of text; out of scope when nil.
    var classify: (String) -> (intent: String, confidence: Double, detail: String?)?
    var extra: (String) -> Entities = { _ in Entities() }

    func clause(_ text: String) -> UnderstoodClause {
        let reading = classify(text)
        let classification = Classification(
            text: text, intent: reading?.intent ?? IntentCatalog.outOfScope, detail: reading?.detail,
            confidence: reading?.confidence ?? 0.9, alternatives: [], isAmbiguous: false)
        var entities = extra(text)
        let numbers = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { (6...20).contains($0.count) && $0.allSatisfy(\.isNumber) }.map { OrderID($0) }
        entities.orderNumbers += numbers.filter { !entities.orderNumbers.contains($0) }
        return UnderstoodClause(text: text, classification: classification, entities: entities, reply: DialogReply.parse(text))
    }

    /// The commands for a line, cut into clauses the way the session cuts it.
    func commands(_ text: String, _ context: ConversationContext) -> [DialogueCommand] {
        let whole = clause(text)
        let rest = CommandGenerator.afterStopLead(text).flatMap { $0.isEmpty ? nil : $0 }
        let pieces = ClauseSplitter.pieces(rest ?? text)
        let clauses: [UnderstoodClause] = rest == nil && pieces.count <= 1 ? [whole] : pieces.map { piece in
            var clause = clause(piece.text)
            clause.sequenced = piece.sequenced
            return clause
        }
        return CommandGenerator(context: context).commands(for: whole, clauses: clauses).commands
    }

    /// Every piece read as `intent` with the same entities.
    static func with(_ entities: Entities, intent: String = "cancel_order") -> Reader {
        Reader(classify: { _ in (intent, 0.9, nil) }, extra: { _ in entities })
    }

    /// Every piece read as the same intent.
    static func always(_ intent: String, _ confidence: Double = 0.9, detail: String? = nil) -> Reader {
        Reader { _ in (intent, confidence, detail) }
    }

    /// Pieces read by the first keyword they contain (lowercased); out of scope when none.
    static func keywords(_ table: [(String, String, Double)]) -> Reader {
        Reader { text in
            let lowered = text.lowercased()
            return table.first { lowered.contains($0.0) }.map { ($0.1, $0.2, nil) }
        }
    }
}

extension Effect {
    /// The words of a `say`, for assertions on wording alone.
    var line: String? { if case .say(let text) = self { text } else { nil } }
}
