import Foundation

/// The policy figures as replies say them, each derived from `PolicyConstants` so the words never
/// disagree with the rules ("24 hours", "15–30 days", "3–20 business days").
public enum PolicyText {
    /// "24 hours", "2 minutes", "20 days" for an interval that is a whole number of those units.
    public static func hours(_ interval: TimeInterval) -> String { duration(interval) }

    /// The interval in its largest whole unit: "20 days", "24 hours", "2 minutes".
    public static func duration(_ interval: TimeInterval) -> String {
        let seconds = Int(interval.rounded())
        for (unit, size) in [("day", 86_400), ("hour", 3600), ("minute", 60)] where seconds % size == 0 && seconds >= size {
            // Hours read better than "1 day" for the 24-hour rules of the seeds.
            if unit == "day", seconds / size == 1 { return "24 hours" }
            let count = seconds / size
            return "\(count) \(unit)\(count == 1 ? "" : "s")"
        }
        return "\(seconds) seconds"
    }

    /// "15–30 days".
    public static var disputeDuration: String { range(PolicyConstants.disputeDurationDays, "days") }
    /// "3–20 business days".
    /// "5–7 days": when a dispute about an item that hasn't arrived may be opened after shipping.
    public static var disputeAfterShipping: String { range(PolicyConstants.disputeAfterShippingDays, "days") }
    public static var cardRefundTime: String { range(PolicyConstants.cardRefundBusinessDays, "business days") }
    /// "20 days".
    public static var unpaidAutoClose: String { duration(PolicyConstants.unpaidAutoClose) }
    /// "24 hours".
    public static var paymentVerification: String { duration(PolicyConstants.paymentVerification) }
    /// "2 minutes".
    public static var paymentCancelWindow: String { duration(PolicyConstants.paymentCancelWindow) }
    /// "60 days".
    public static var buyerProtection: String { duration(PolicyConstants.buyerProtection) }
    /// "15 days".
    public static var statementDelay: String { duration(PolicyConstants.statementDelay) }

    private static func range(_ range: ClosedRange<Int>, _ unit: String) -> String {
        "\(range.lowerBound)–\(range.upperBound) \(unit)"
    }
}
