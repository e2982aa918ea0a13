import Foundation

/// Every time limit and figure of the marketplace rules (domain.md), named once.
public enum PolicyConstants {
    public static let minute: TimeInterval = 60
    public static let hour: TimeInterval = 3600
    public static let day: TimeInterval = 86_400

    /// Right after paying, "Cancel order" and "Cancel payment" still work for this long.
    public static let paymentCancelWindow: TimeInterval = 2 * minute
    /// Payment verification finishes within this time.
    public static let paymentVerification: TimeInterval = 24 * hour
    /// Unpaid orders are closed automatically after this time.
    public static let unpaidAutoClose: TimeInterval = 20 * day
    /// A seller answers a cancellation request within this time (processing "up to 24 hours").
    public static let cancellationProcessing: TimeInterval = 24 * hour
    /// Handling time used when a seller states none.
    public static let defaultHandlingDays = 3
    /// A non-arrival dispute may be opened this long after shipping at the earliest
    /// (domain.md says 5–7 days; we take the conservative end).
    public static let disputeAfterShipping: TimeInterval = 7 * day
    /// The rule as the platform states it, in days after shipping (the upper end is `disputeAfterShipping`).
    public static let disputeAfterShippingDays = 5...7
    /// Buyer protection: the longest delivery time, after which non-arrival is a clear dispute case.
    public static let buyerProtection: TimeInterval = 60 * day
    /// How long a dispute takes to resolve, in days.
    public static let disputeDurationDays = 15...30
    /// Card and PayPal refunds reach the buyer within these business days.
    public static let cardRefundBusinessDays = 3...20
    /// A refund marked refunded may take this long to show on a statement.
    public static let statementDelay: TimeInterval = 15 * day
    /// A refund to card or PayPal moves from pending to processing after this time.
    public static let refundPendingTime: TimeInterval = 1 * day
    /// A refund to card or PayPal is marked refunded after this many business days: the end of
    /// `cardRefundBusinessDays`. The platform cannot know when the bank settles, so it never shows a refund as
    /// done before the longest time the rules allow; a fixture saying "processing" ten business days after the
    /// refund was issued is then a normal state, not one the timers overrule at once.
    public static let refundSettlementBusinessDays = cardRefundBusinessDays.upperBound
}
