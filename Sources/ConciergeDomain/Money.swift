import Foundation

/// An amount of money in integer minor units (cents) of one currency.
public struct Money: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The amount in minor units, e.g. 2310 for 23.10.
    public var minorUnits: Int
    /// ISO 4217 currency code, e.g. "USD".
    public var currency: String

    /// Creates an amount from minor units.
    public init(minorUnits: Int, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Parses a decimal string such as "23.10" or "23" (at most two decimals).
    public init?(decimal text: String, currency: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              let whole = Int(parts[0]), whole >= 0, !parts[0].isEmpty,
              parts[0].allSatisfy(\.isASCII)
        else { return nil }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(fraction)
            else { return nil }
            cents = fraction.count == 1 ? value * 10 : value
        }
        self.init(minorUnits: whole * 100 + cents, currency: currency)
    }

    /// The amount as a plain decimal string, e.g. "23.10".
    public var decimalString: String {
        let sign = minorUnits < 0 ? "-" : ""
        let absolute = abs(minorUnits)
        let cents = absolute % 100
        return "\(sign)\(absolute / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The amount with its currency, e.g. "23.10 USD".
    public var description: String { "\(decimalString) \(currency)" }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}
