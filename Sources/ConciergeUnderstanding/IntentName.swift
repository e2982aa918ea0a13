import ConciergeDomain

/// The name of an intent of the catalog. The catalog is data and may declare any name; the
/// static members are the names the code itself depends on.
public struct IntentName: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    public let rawValue: String

    /// A name as written in the catalog.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A name as written in the catalog.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// A name written in code.
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: IntentName, rhs: IntentName) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Not something a marketplace buyer assistant handles.
    public static let outOfScope: IntentName = "out_of_scope"
    public static let cancelOrder: IntentName = "cancel_order"
    public static let cancelPayment: IntentName = "cancel_payment"
    public static let messageSeller: IntentName = "message_seller"
    public static let openDispute: IntentName = "open_dispute"
    public static let orderStatus: IntentName = "order_status"
    public static let refundStatus: IntentName = "refund_status"
    public static let listOrders: IntentName = "list_orders"
    public static let deleteOrder: IntentName = "delete_order"
    public static let restoreOrder: IntentName = "restore_order"
    public static let humanAgent: IntentName = "human_agent"
    public static let greet: IntentName = "greet"
    public static let goodbye: IntentName = "goodbye"
    public static let thanks: IntentName = "thanks"
    public static let help: IntentName = "help"

    /// The top-level intents every catalog must declare.
    public static let required: [IntentName] = [
        .cancelOrder, .cancelPayment, .messageSeller, .openDispute, .orderStatus, .refundStatus, .listOrders,
        .deleteOrder, .restoreOrder, .humanAgent, .greet, .goodbye, .thanks, .help, .outOfScope,
    ]
}

extension Classification {
    /// The top-level intent as a name (`intent` is its raw value).
    public var name: IntentName { IntentName(rawValue: intent) }
    /// The child intent as a name, when a child won.
    public var detailName: IntentName? { detail.map(IntentName.init(rawValue:)) }
}

extension ScoredIntent {
    /// The intent as a name.
    public var name: IntentName { IntentName(rawValue: intent) }
}
