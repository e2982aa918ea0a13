import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge orders show ID [--buyer ID] [--json]`.
struct OrdersShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one order.",
        discussion: """
            With --buyer, only that buyer's orders are found: another buyer's order number gets the same \
            message and exit code (1) as one that does not exist. Without --buyer any order is shown, \
            whoever placed it: this is for support staff, not for buyers.
            """
    )

    @Argument(help: ArgumentHelp("The order number, e.g. 7300000042.", valueName: "order-id"))
    var id: OrderID

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Look only at this buyer's orders.", valueName: "id"))
    var buyer: BuyerID?

    @Flag(name: .long, help: "Print the order as one JSON object.")
    var json = false

    func run() throws {
        try reportingFailures {
            let store = try database.open(now: Date())
            let number = id
            let order: Order?
            if let buyer {
                guard try store.buyer(id: buyer) != nil else { throw StoreError.unknownBuyer(buyer) }
                order = try store.order(id: number, visibleTo: buyer)
            } else {
                order = try store.order(id: number)
            }
            guard let order else { throw CommandFailure.orderNotFound(id: number, buyerID: buyer) }
            let seller = try store.seller(id: order.sellerID)
            let output = Console.standardOutput
            if json {
                output.raw(try OrderJSON.text(OrderJSON.showObject(order, sellerName: seller?.name)))
            } else {
                for line in OrderText.details(order, seller: seller) { output.plain(line) }
            }
        }
    }
}
