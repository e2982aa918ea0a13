import Foundation

/// An amount of money in integer minor units (cents) of one currency.
public struct Money: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The amount in minor units, e.g. 2310 for 23.10.
    public var minorUnits: Int
    /// ISO 4217 currency code, e.g. "USD".
    public var currency: String

    /// The largest amount, either way, Concierge reads from text: 10 000 000 000 000.00.
    /// Far above any order, and far enough below `Int.max` that a sum of a few such amounts cannot overflow.
    public static let largestMinorUnits = 1_000_000_000_000_000

    /// Creates an amount from minor units.
    public init(minorUnits: Int, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Parses a decimal string such as "23.10", "23" or "-5" (ASCII digits only), with at most as many decimals
    /// as the currency has (ISO 4217, `Currency`: none for JPY, so "1200.5" JPY is refused).
    /// A minus sign is kept (callers that need a positive amount refuse it, `isPositive`); text beyond
    /// `largestMinorUnits` is not an amount (nil), never an overflow.
    public init?(decimal text: String, currency: String) {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        let negative = trimmed.hasPrefix("-")
        if negative { trimmed = trimmed.dropFirst() }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Self.digits(parts[0], maxCount: 16) else { return nil }
        let decimals = Currency.decimals(currency)
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard decimals > 0, let value = Self.digits(fraction, maxCount: decimals) else { return nil }
            cents = (fraction.count..<decimals).reduce(value) { scaled, _ in scaled * 10 } // "23.1" USD is 2310
        }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: Currency.minorUnitsPerUnit(currency))
        let magnitude = scaled + cents
        guard !overflow, magnitude <= Self.largestMinorUnits else { return nil }
        self.init(minorUnits: negative ? -magnitude : magnitude, currency: currency)
    }

    /// The value of a run of 1 to `maxCount` ASCII digits, else nil.
    private static func digits(_ text: Substring, maxCount: Int) -> Int? {
        guard (1...maxCount).contains(text.count), text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// Whether the amount is more than zero (refunds, payments and dispute amounts must be).
    public var isPositive: Bool { minorUnits > 0 }

    /// `self × count`, or nil when it would not fit.
    public func times(_ count: Int) -> Money? {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: count)
        return overflow ? nil : Money(minorUnits: product, currency: currency)
    }

    /// `self + other`, or nil when it would not fit.
    public func plus(_ other: Money) -> Money? {
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        return overflow ? nil : Money(minorUnits: sum, currency: currency)
    }

    /// The amount as a plain decimal string with the currency's decimals, e.g. "23.10", "-5.00", "1200" (JPY).
    public var decimalString: String {
        let sign = minorUnits < 0 ? "-" : ""
        let absolute = minorUnits.magnitude // UInt: Int.min has no Int magnitude
        let decimals = Currency.decimals(currency)
        guard decimals > 0 else { return "\(sign)\(absolute)" }
        let unit = UInt(Currency.minorUnitsPerUnit(currency))
        let fraction = String(absolute % unit)
        return "\(sign)\(absolute / unit).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }

    /// The amount with its currency, e.g. "23.10 USD".
    public var description: String { "\(decimalString) \(currency)" }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}
