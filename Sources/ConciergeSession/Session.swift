import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore

/// One buyer's conversation: every line goes understand → dialog → effects → store → reply here.
public final class Session {
    /// The slash commands a buyer can type (for help and tab completion).
    public static let slashCommands = ["/help", "/orders", "/order", "/whoami", "/quit"]
    /// Lines longer than this are cut before they are understood.
    static let maximumLineLength = 2000

    public let store: any OrderStoring
    public let buyer: Buyer
    public let understander: Understander
    /// The catalog's intents with a written answer: the same for every turn, so read once.
    let answerTopics: Set<String>
    public private(set) var clock: Clock
    /// The conversation's flows: saved with every turn, so it can be continued later.
    public internal(set) var stack = FlowStack()
    /// The flow waiting for the buyer, if any.
    public var dialog: GuidedDialog? { stack.active }
    /// Intents the buyer was asked to choose between, with the line that was unclear.
    var clarifying: (options: [String], line: UnderstoodClause)?
    /// Whether the first line answers "continue where we left off?".
    var offeringToContinue = false
    /// The conversation state as last saved (empty: nothing in progress), so unchanged turns write nothing.
    var savedConversation = Data()
    /// The stack `savedConversation` encodes, so a turn that leaves the stack as it was neither encodes nor writes it.
    var savedStack = FlowStack()
    /// The buyer's lines so far, for a handoff summary.
    var history: [String] = []
    /// The last classification, for traces and transcripts.
    public internal(set) var lastClassification: Classification?
    /// What the last turn understood and did.
    public internal(set) var lastTrace = TurnTrace()
    let sellers: [SellerID: Seller]
    /// The sellers of the buyer's orders, with the seller ids they were picked for: the same turn after turn.
    private var ownSellers: (ids: Set<SellerID>, sellers: [SellerID: Seller]) = ([], [:])
    /// In approve mode a proposed store change waits for an agent instead of running.
    public var requiresApproval = false
    /// The store change waiting for an agent's approval.
    public internal(set) var pendingApproval: OrderCommand?
    /// Who performs store changes: the buyer, or the agent who approved them.
    var actor: Actor

    /// Opens a conversation for `buyerID`; fails when the buyer does not exist.
    public init(store: any OrderStoring, buyerID: BuyerID, understander: Understander, clock: Clock) throws {
        guard let buyer = try store.buyer(id: buyerID) else { throw StoreError.unknownBuyer(buyerID) }
        self.store = store
        self.buyer = buyer
        self.understander = understander
        self.answerTopics = understander.answerTopics
        self.clock = clock
        self.actor = .buyer(buyer.id)
        let sellerList = try store.sellers()
        self.sellers = Dictionary(uniqueKeysWithValues: sellerList.map { ($0.id, $0) })
    }

    /// The sellers of these orders (a line is searched for their names, and a marketplace has thousands), looked up
    /// again only when the orders' sellers change.
    func sellers(of orders: [Order]) -> [SellerID: Seller] {
        let ids = Set(orders.map(\.sellerID))
        if ids != ownSellers.ids {
            ownSellers = (ids, Dictionary(uniqueKeysWithValues: ids.compactMap { id in sellers[id].map { (id, $0) } }))
        }
        return ownSellers.sellers
    }

    /// What the conversation is in the middle of, for the prompt: "cancelling #7300000042", or nil when idle.
    public var activity: String? {
        guard let dialog, !dialog.isFinished else { return nil }
        if case .offer = dialog.expecting { return nil }   // refused: only an offer is open, nothing is in progress
        return "\(dialog.goal.activity) \(dialog.orderID.map { "#\($0)" } ?? "an order")"
    }

    /// The buyer's orders and the clock as flows see them, read when the line arrived.
    var flowContext = FlowContext(orders: [], deletedOrders: [], sellers: [:], now: Date(timeIntervalSince1970: 0))
    /// Reads lines against the orders in `flowContext`; made again whenever they change.
    lazy var lineReader = LineReader(understander: understander, orders: [])
    /// The orders `flowContext` and `lineReader` were made from (nil before the first read).
    var ordersRead: [Order]?

    /// The buyer's last free-text line.
    public var lastBuyerLine: String? { history.last }

    /// The current instant of the conversation.
    public var now: Date { clock.now }

    /// Moves the conversation's clock forward (transcripts, agents on demo databases).
    public func advanceClock(by interval: TimeInterval) { clock.advance(by: interval) }

    /// The buyer's visible order numbers, for tab completion.
    public func orderNumbers() -> [String] {
        ((try? store.orders(buyerID: buyer.id)) ?? []).map(\.id.rawValue)
    }

    /// Longest word kept whole; longer runs are noise and are cut.
    static let maximumWordLength = 30

    /// The line as it is understood: terminal sequences removed, cut to a sane length, runaway words shortened.
    package static func tidy(_ rawLine: String) -> String {
        // Sanitizing keeps printable ASCII as it is and looks at nothing before it: when the bytes that can be kept
        // are all printable ASCII, they are the sanitized line's first bytes, and the rest of a pasted 100 KB line is
        // not scanned.
        let printableHead = rawLine.utf8.prefix(maximumLineLength + 1).allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let clean = printableHead ? rawLine : TerminalText.sanitize(rawLine)
        // Sanitized ASCII is printable: a long line or word is cut byte by byte (a pasted 100 KB line, too). Only the
        // bytes kept and the one after them are looked at: when all are ASCII, the first characters are those bytes.
        let head = clean.utf8.prefix(maximumLineLength + 1)
        if head.allSatisfy({ $0 < 0x80 }) {
            var kept: [UInt8] = []
            kept.reserveCapacity(min(head.count, maximumLineLength))
            var run = 0
            for byte in head.prefix(maximumLineLength) {
                run = byte == 0x20 ? 0 : run + 1
                if run <= maximumWordLength { kept.append(byte) }
            }
            guard let first = kept.firstIndex(where: { $0 != 0x20 }), let last = kept.lastIndex(where: { $0 != 0x20 }) else { return "" }
            return String(decoding: kept[first...last], as: UTF8.self)
        }
        let cut = String(clean.prefix(maximumLineLength))
        return cut.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.count > maximumWordLength ? $0.prefix(maximumWordLength) : $0 }
            .joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// Answers one line the buyer typed.
    public func respond(to rawLine: String) -> SessionReply {
        let line = Self.tidy(rawLine)
        lastTrace = TurnTrace()
        let stackBefore = stack
        defer {
            if let flow = stack.lastFlow { lastTrace.dialog = "\(flow.goal.rawValue): \(flow.stateName)" }
            saveConversation()
        }
        do {
            try store.applyTimers(buyerID: buyer.id, at: now)
            if line.hasPrefix("/") { return try command(line) }
            return try converse(line)
        } catch let refusal as Refusal {
            lastTrace.refusals.append(refusal.caseName)
            return SessionReply(lines: [refusal.message])
        } catch {
            // Nothing was written: the conversation goes back to where the turn found it, so saying it again works.
            stack = stackBefore
            lastTrace.writes.append("failed: \(SessionFailure(error).detail)")
            return .storeFailed(error)
        }
    }

    func command(_ line: String) throws -> SessionReply {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch parts.first?.lowercased() ?? "" {
        case "/help":
            return SessionReply(lines: helpLines)
        case "/orders":
            let orders = try store.orders(buyerID: buyer.id)
            if orders.isEmpty { return SessionReply(lines: ["You have no orders."]) }
            return SessionReply(lines: ["Your orders:"] + OrderText.table(orders, indent: "  "))
        case "/order":
            guard parts.count >= 2 else { return SessionReply(lines: ["Usage: /order ORDER_NUMBER"]) }
            let id = OrderID(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "#")))
            guard let order = try store.order(id: id, visibleTo: buyer.id) else {
                return SessionReply(lines: [Refusal.orderNotFound(id).message])
            }
            return SessionReply(lines: OrderText.details(order, seller: try store.seller(id: order.sellerID)))
        case "/whoami":
            return SessionReply(lines: ["You are \(buyer.name) (buyer \(buyer.id))."])
        case "/quit", "/exit":
            return SessionReply(lines: ["Goodbye!"], endsSession: true)
        case let name where AgentDesk.commands.contains(name):
            try store.recordEvent(by: .buyer(buyer.id), action: .agentCommandRefused, buyerID: buyer.id, detail: name, at: now)
            return SessionReply(lines: ["\(name) is a command for support agents; it isn't available in your chat. Commands: \(Self.slashCommands.joined(separator: ", "))."])
        default:
            return SessionReply(lines: ["Unknown command \(parts.first ?? line). Commands: \(Self.slashCommands.joined(separator: ", "))."])
        }
    }

    var helpLines: [String] {
        [
            "I can help with your orders: cancel an order, cancel a payment, message a seller, open a dispute,",
            "check an order or a refund, list, delete or restore orders, or get you a human agent.",
            "Just tell me in your own words. Commands: /orders, /order ID, /whoami, /help, /quit.",
        ]
    }
}
