import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge orders list [--buyer ID] [--json]`.
struct OrdersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List one buyer's orders, or every buyer's orders (support use).",
        discussion: "Orders in the buyer's deleted orders are left out unless --include-deleted is given; permanently deleted orders never show."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Only this buyer's orders (default: every buyer's).", valueName: "id"))
    var buyer: BuyerID?

    @Flag(name: .long, help: "Also list orders in deleted orders.")
    var includeDeleted = false

    @Flag(name: .long, help: "Print a JSON array of order objects (the shape of orders show --json).")
    var json = false

    func run() throws {
        try reportingFailures {
            let store = try database.open(now: Date())
            let buyers: [Buyer]
            if let buyer {
                guard let found = try store.buyer(id: buyer) else { throw StoreError.unknownBuyer(buyer) }
                buyers = [found]
            } else {
                buyers = try store.buyers()
            }
            var orders: [Order] = []
            for buyer in buyers { orders += try store.orders(buyerID: buyer.id, includeDeleted: includeDeleted) }
            let output = Console.standardOutput
            if json {
                let objects = try orders.map { OrderJSON.showObject($0, sellerName: try store.seller(id: $0.sellerID)?.name) }
                output.raw(try OrderJSON.text(objects))
            } else if orders.isEmpty {
                output.plain("No orders.")
            } else {
                for line in OrderText.table(orders, prefix: { [$0.buyerID.rawValue] }) { output.plain(line) }
            }
        }
    }
}
