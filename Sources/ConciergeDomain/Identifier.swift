import Foundation

/// An identifier of one kind of thing (an order, a buyer, a seller): a string that cannot be
/// mixed up with an identifier of another kind or with free text.
public struct Identifier<Kind>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An order's number: digits, as the marketplace shows it.
public typealias OrderID = Identifier<Order>
/// A buyer's account id.
public typealias BuyerID = Identifier<Buyer>
/// A seller's (store's) id.
public typealias SellerID = Identifier<Seller>
