import Foundation
import ConciergeDomain

extension OrderText {
    /// Orders as aligned rows, "#7300000042  Wireless earbuds  23.10 USD  awaiting shipment", amounts right-aligned;
    /// `prefix` cells come first (e.g. the buyer, in a list of every buyer's orders).
    public static func table(_ orders: [Order], indent: String = "", prefix: (Order) -> [String] = { _ in [] }) -> [String] {
        let rows = orders.map { order in
            prefix(order) + ["#\(order.id)", TerminalText.sanitize(order.shortTitle), "\(order.total)",
                             order.status.label + (order.deletion == .deleted ? " (in deleted orders)" : "")]
        }
        let amountColumn = (orders.first.map { prefix($0).count } ?? 0) + 2
        return TextColumns.align(rows, rightAligned: [amountColumn]).map { indent + $0 }
    }
}
