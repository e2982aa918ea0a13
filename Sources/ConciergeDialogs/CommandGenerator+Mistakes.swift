import Foundation
import ConciergeDomain

/// A mistake is about something: "I chose the courier by accident, I want the parcel locker", "my old address was on
/// it by mistake, it has to go to my daughter", "I forgot the voucher code, silly me". "By mistake" and "by accident"
/// read alone as *payment failed / paid by mistake*; when the line says what the mistake was about (the way it is
/// delivered, where it goes, the coupon, the item's size or colour) and nothing about paying, that reason is the one
/// the buyer gave. Said of paying ("I paid twice by mistake", "the wrong card by accident") it stays a payment problem.
extension CommandGenerator {
    /// The more specific reason a line that speaks of a mistake gives, or nil.
    static func mistakeAbout(_ text: String) -> CancellationReason? {
        let tokens = Words(text).tokens
        guard !tokens.contains(where: paymentWords.contains) else { return nil }
        if namesDestination(tokens) { return .changeShippingAddress }
        let told = tokens.filter { !mistakeWords.contains($0) }
        if told.contains(where: itemVersionWords.contains) { return .changeOrder }
        switch OptionMatcher.cancellationReason(told.joined(separator: " ")) {
        case .changeShippingAddress?: return .changeShippingAddress
        case .differentCoupon?: return .differentCoupon
        case .changeDeliveryMethod?: return .changeDeliveryMethod
        case .paymentProblem?, .changeOrder?, .noLongerNeeded?, .other?, nil: return nil
        }
    }

    /// Words of paying: a mistake said with them is a payment problem.
    static let paymentWords: Set<String> = ["pay", "paid", "paying", "payment", "payments", "card", "cards", "charge", "charged",
                                            "charges", "twice", "double", "bank", "checkout", "transaction", "paypal", "balance",
                                            "declined", "failed", "debit", "credit", "money", "installment", "installments"]

    /// Words that only say there was a mistake, not what it was about.
    static let mistakeWords: Set<String> = ["mistake", "mistakes", "mistaken", "mistakenly", "accident", "accidental", "accidentally",
                                            "accidently", "error", "oops", "wrongly", "misclick", "misclicked", "clicked"]

    /// Words of the item's own version: a mistake about them is a change of the order.
    static let itemVersionWords: Set<String> = ["size", "sizes", "colour", "color", "colours", "colors", "model", "variant",
                                                "quantity", "version", "bigger", "smaller", "larger"]
}
