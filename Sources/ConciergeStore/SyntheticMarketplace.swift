import Foundation
import ConciergeDomain

/// A made-up marketplace of any size for measuring the store: orders in every status and payment method,
/// with messages, disputes and refunds in plausible proportions, over about one buyer per ten orders and
/// 500 sellers. The same seed gives the same marketplace. About 1% of the orders have a platform timer
/// already due at `now` (the backlog a timer pass finds); every other order's timers lie ahead.
public struct SyntheticMarketplace: Sendable {
    public let orderCount: Int
    public let seed: UInt64
    public let now: Date
    public static let sellerCount = 500

    public init(orders: Int, seed: UInt64, now: Date) {
        self.orderCount = orders
        self.seed = seed
        self.now = now
    }

    /// Buyers: about one per ten orders.
    public var buyerCount: Int { max(1, orderCount / 10) }

    public func buyers() -> [Buyer] {
        (0..<buyerCount).map { Buyer(id: Self.buyerID($0), name: "\(Self.firstNames[$0 % Self.firstNames.count]) \(Self.lastNames[($0 / 7) % Self.lastNames.count])") }
    }

    public func sellers() -> [Seller] {
        (0..<Self.sellerCount).map { Seller(id: Self.sellerID($0), name: "\(Self.shopWords[$0 % Self.shopWords.count]) \(Self.shopKinds[($0 / 11) % Self.shopKinds.count]) \($0)", handlingDays: 2 + $0 % 6) }
    }

    static func buyerID(_ n: Int) -> BuyerID { BuyerID("SB\(String(format: "%07d", n))") }
    static func sellerID(_ n: Int) -> SellerID { SellerID("SS\(String(format: "%04d", n))") }

    /// Calls `body` with each order in turn (never all at once, so a million orders fit in little memory),
    /// with the seller's handling days and the actions a real history would have left in the event log.
    public func forEachOrder(_ body: (Order, _ handlingDays: Int, _ events: [SyntheticEvent]) throws -> Void) rethrows {
        var random = SeededRandom(seed: seed)
        for n in 0..<orderCount {
            let sellerIndex = random.below(Self.sellerCount)
            let handlingDays = 2 + sellerIndex % 6
            let (order, events) = makeOrder(n, buyer: Self.buyerID(random.below(buyerCount)), seller: Self.sellerID(sellerIndex),
                                            handlingDays: handlingDays, &random)
            try body(order, handlingDays, events)
        }
    }

    /// Share of orders per status, in thousandths (a marketplace where most orders are long done).
    private static let statusShares: [(OrderStatus, Int)] = [
        (.completed, 450), (.delivered, 90), (.shipped, 120), (.awaitingShipment, 80), (.awaitingPayment, 50),
        (.paymentProcessing, 20), (.cancellationRequested, 20), (.inDispute, 30), (.frozen, 10), (.cancelled, 130),
    ]
    private static let methodShares: [(PaymentMethod, Int)] = [(.card, 500), (.paypal, 200), (.alipayCard, 150), (.balance, 100), (.coupon, 50)]

    // One function, longer than most: each field depends on those drawn before it (status, age, payment,
    // shipping, cancellation, dispute, messages), and this one order of draws is what a seed reproduces.
    private func makeOrder(_ n: Int, buyer: BuyerID, seller: SellerID, handlingDays: Int,
                           _ random: inout SeededRandom) -> (Order, [SyntheticEvent]) {
        let day = PolicyConstants.day
        let overdue = random.below(1000) < 10
        var status = random.pick(Self.statusShares)
        if overdue { status = random.below(2) == 0 ? .awaitingPayment : .awaitingShipment }
        let currency = random.pick([("USD", 80), ("EUR", 12), ("GBP", 8)])
        let items = (0..<(1 + random.below(3))).map { _ in
            OrderItem(title: Self.products[random.below(Self.products.count)], quantity: 1 + random.below(3) / 2,
                      price: Money(minorUnits: 300 + random.below(14_700), currency: currency))
        }
        let total = items.reduce(0) { $0 + $1.price.minorUnits * $1.quantity }
        // How long ago the order was placed, so that its timers lie ahead unless it is one of the overdue ones.
        let age: TimeInterval = switch status {
        case .awaitingPayment: overdue ? (21 + Double(random.below(5))) * day : Double(random.below(19 * 24)) * 3600
        case .paymentProcessing: Double(random.below(20 * 60)) * 60
        case .awaitingShipment, .cancellationRequested:
            overdue ? Double(handlingDays + 1 + random.below(3)) * day : Double(random.below(max(1, handlingDays - 1) * 24)) * 3600
        case .shipped: Double(3 + random.below(20)) * day
        case .delivered, .inDispute, .frozen: Double(10 + random.below(40)) * day
        case .completed, .cancelled: Double(10 + random.below(355)) * day
        }
        let placedAt = now.addingTimeInterval(-age)
        var order = Order(id: OrderID(String(6_000_000_000 + n)), buyerID: buyer, sellerID: seller, items: items, currency: currency,
                          status: status, placedAt: placedAt)
        var events: [SyntheticEvent] = []
        let paidAt = placedAt.addingTimeInterval(Double(1 + random.below(60)) * 60)
        let method = random.pick(Self.methodShares)
        if status != .awaitingPayment, status != .cancelled || random.below(10) < 6 {
            order.payment = Payment(method: method, amount: Money(minorUnits: total, currency: currency), paidAt: paidAt,
                                    duplicateCharge: random.below(500) == 0)
        }
        switch status {
        case .shipped, .delivered, .completed, .inDispute:
            order.shippedAt = paidAt.addingTimeInterval(Double(1 + random.below(handlingDays)) * day)
            order.tracking = "TRK\(100_000_000 + n)"
            if status != .shipped { order.deliveredAt = order.shippedAt?.addingTimeInterval(Double(2 + random.below(8)) * day) }
            if status == .completed {
                order.completedAt = order.deliveredAt?.addingTimeInterval(Double(random.below(5)) * day)
                if random.below(3) == 0, let at = order.completedAt { events.append(SyntheticEvent(at: at, actor: .buyer(buyer), action: .order(.confirmReceipt), before: .delivered, after: .completed)) }
                if random.below(100) < 4 { order.deletion = .deleted }
            }
        case .frozen:
            order.statusBeforeFreeze = .awaitingShipment
        case .cancellationRequested:
            order.cancellation = Cancellation(reason: random.pick(CancellationReason.allCases.map { ($0, 1) }), at: paidAt.addingTimeInterval(3600))
            events.append(SyntheticEvent(at: paidAt.addingTimeInterval(3600), actor: .buyer(buyer), action: .order(.cancelOrder), before: .awaitingShipment, after: .cancellationRequested))
        case .cancelled:
            let at = placedAt.addingTimeInterval(Double(1 + random.below(48)) * 3600)
            order.cancellation = Cancellation(reason: random.pick(CancellationReason.allCases.map { ($0, 1) }), at: at, answer: order.payment == nil ? nil : .accepted)
            if let payment = order.payment {
                order.refund = Refund(amount: payment.amount, stage: PlatformTimers().refundStage(method: payment.method, issuedAt: at, now: now), at: at)
            }
            events.append(SyntheticEvent(at: at, actor: .buyer(buyer), action: .order(.cancelOrder), before: order.payment == nil ? .awaitingPayment : .awaitingShipment, after: .cancelled))
        case .awaitingPayment, .paymentProcessing, .awaitingShipment:
            break
        }
        if status == .inDispute || (status == .completed && random.below(100) < 3), let payment = order.payment, let delivered = order.deliveredAt {
            let openedAt = delivered.addingTimeInterval(day)
            order.dispute = Dispute(reason: random.pick(DisputeReason.allCases.map { ($0, 1) }), outcome: .fullRefund, amount: payment.amount,
                                    description: "The parcel was not what I ordered.", evidence: random.below(2) == 0 ? [] : ["photo-\(n).jpg"], openedAt: openedAt)
            events.append(SyntheticEvent(at: openedAt, actor: .buyer(buyer), action: .order(.openDispute), before: .delivered, after: .inDispute))
        }
        if random.below(100) < 20 {
            for k in 0..<(1 + random.below(3)) {
                order.messages.append(Message(author: k % 2 == 0 ? .buyer : .seller, text: Self.messageTexts[random.below(Self.messageTexts.count)],
                                              at: placedAt.addingTimeInterval(Double(k + 1) * 3 * 3600)))
            }
        }
        return (order, events)
    }

    static let products = ["Wireless earbuds", "Phone case", "USB-C cable", "Desk lamp", "Ceramic mug", "Camping stove", "Rain jacket",
                           "Paperback atlas", "Screwdriver set", "Yoga mat", "Water bottle", "Bluetooth speaker", "Wool scarf",
                           "LED strip", "Kitchen scale", "Backpack", "Sunglasses", "Notebook set", "Wall clock", "Plant pot"]
    static let messageTexts = ["Hi, when will this ship?", "It shipped today, thanks for waiting.", "Can you send it to my office instead?",
                               "The tracking number doesn't work yet.", "Sorry for the delay, it leaves tomorrow.", "Is the colour as in the photo?"]
    static let firstNames = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jun", "Kira", "Leo", "Mona"]
    static let lastNames = ["Alvarez", "Brook", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan"]
    static let shopWords = ["Harbor", "Maple", "Northwind", "Lumen", "Cedar", "Summit", "Coral", "Pioneer", "Willow", "Atlas", "Ember"]
    static let shopKinds = ["Gadgets", "Home Goods", "Outdoor", "Lighting", "Books", "Kitchen", "Apparel"]
}

/// An action the synthetic history records in the event log.
public struct SyntheticEvent: Sendable {
    public var at: Date
    public var actor: Actor
    public var action: AuditAction
    public var before: OrderStatus
    public var after: OrderStatus
}

/// The synthetic marketplace's generator: SplitMix64 started one step along, with draws shaped for making data.
struct SeededRandom {
    private var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }

    mutating func next() -> UInt64 { generator.next() }

    /// A whole number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// One of the values, each as likely as its weight.
    mutating func pick<T>(_ weighted: [(T, Int)]) -> T {
        var roll = below(weighted.reduce(0) { $0 + $1.1 })
        for (value, weight) in weighted {
            if roll < weight { return value }
            roll -= weight
        }
        return weighted[weighted.count - 1].0
    }
}
