import Foundation
import Yams
import ConciergeDomain

/// Reads the YAML (or JSON) fixture format, naming file, line and field for every problem.
public struct FixtureParser: Sendable {
    public init() {}

    /// Reads a fixture file.
    public func parse(contentsOf url: URL) throws -> Fixture {
        let text: String
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw FixtureError(file: url.path, line: nil, field: "file", problem: "does not exist")
        }
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw FixtureError(file: url.path, line: nil, field: "file", problem: "can't be read as UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// Reads fixture text; `file` names it in errors.
    public func parse(_ text: String, file: String) throws -> Fixture {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw FixtureError(file: file, line: Self.line(of: error), field: "yaml", problem: "is not valid YAML (\(error))")
        }
        guard let root, let top = root.mapping else {
            throw FixtureError(file: file, line: root?.mark?.line, field: "fixture", problem: "must be a mapping with buyers, sellers and orders")
        }
        let reader = NodeReader(file: file)
        try reader.allowOnly(["now", "buyers", "sellers", "orders"], in: top, path: "fixture")
        let now = try top["now"].flatMap { try reader.date($0, "now") }
        let buyers = try reader.list(top["buyers"], "buyers").enumerated().map { index, node in
            let map = try reader.mapping(node, "buyers[\(index)]")
            try reader.allowOnly(["id", "name"], in: map, path: "buyers[\(index)]")
            return Buyer(id: BuyerID(try reader.requiredString(map, "id", "buyers[\(index)]")),
                         name: try reader.requiredString(map, "name", "buyers[\(index)]"))
        }
        let sellers = try reader.list(top["sellers"], "sellers").enumerated().map { index, node in
            let path = "sellers[\(index)]"
            let map = try reader.mapping(node, path)
            try reader.allowOnly(["id", "name", "handling_days"], in: map, path: path)
            let days = try map["handling_days"].map { try reader.int($0, "\(path).handling_days", minimum: 0) }
            return Seller(id: SellerID(try reader.requiredString(map, "id", path)), name: try reader.requiredString(map, "name", path),
                          handlingDays: days ?? PolicyConstants.defaultHandlingDays)
        }
        let orders = try reader.list(top["orders"], "orders").enumerated().map { index, node in
            try reader.order(node, path: "orders[\(index)]")
        }
        let fixture = Fixture(now: now, buyers: buyers, sellers: sellers, orders: orders)
        try validateReferences(fixture, top: top, reader: reader)
        return fixture
    }

    private func validateReferences(_ fixture: Fixture, top: Node.Mapping, reader: NodeReader) throws {
        let orderNodes = top["orders"]?.sequence.map(Array.init) ?? []
        func fail(_ index: Int, _ field: String, _ problem: String) -> FixtureError {
            let node = orderNodes.indices.contains(index) ? orderNodes[index].mapping?[field] ?? orderNodes[index] : nil
            return FixtureError(file: reader.file, line: node?.mark?.line, field: "orders[\(index)].\(field)", problem: problem)
        }
        for (name, ids) in [("buyers", fixture.buyers.map(\.id.rawValue)), ("sellers", fixture.sellers.map(\.id.rawValue))] {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                throw FixtureError(file: reader.file, line: top[name]?.mark?.line, field: "\(name).id", problem: "\(id) appears twice")
            }
        }
        let buyerIDs = Set(fixture.buyers.map(\.id))
        let sellerIDs = Set(fixture.sellers.map(\.id))
        var orderIDs = Set<OrderID>()
        for (index, order) in fixture.orders.enumerated() {
            if !buyerIDs.contains(order.buyerID) { throw fail(index, "buyer", "no buyer \(order.buyerID) in buyers") }
            if !sellerIDs.contains(order.sellerID) { throw fail(index, "seller", "no seller \(order.sellerID) in sellers") }
            if !orderIDs.insert(order.id).inserted { throw fail(index, "id", "order \(order.id) appears twice") }
            if let refund = order.refund, let paid = order.paidAmount, refund.amount > paid {
                throw fail(index, "refund", "refund \(refund.amount) is larger than the payment \(paid)")
            }
            if order.refund != nil, order.payment == nil { throw fail(index, "refund", "a refund needs a payment") }
            if let dispute = order.dispute, let paid = order.paidAmount, dispute.amount > paid {
                throw fail(index, "dispute", "dispute amount \(dispute.amount) is larger than the payment \(paid)")
            }
            if order.status == .awaitingPayment, order.payment != nil {
                throw fail(index, "payment", "an order awaiting payment has no payment yet")
            }
            if order.status.requiresPayment, order.payment == nil {
                throw fail(index, "payment", "status \(order.status.rawValue) needs a payment")
            }
        }
    }

    private static func line(of error: Error) -> Int? {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default:
                return nil
            }
        }
        return nil
    }
}

extension OrderStatus {
    /// Statuses an order can only be in after it was paid.
    var requiresPayment: Bool {
        switch self {
        case .paymentProcessing, .awaitingShipment, .cancellationRequested, .shipped, .delivered, .inDispute: true
        case .awaitingPayment, .frozen, .completed, .cancelled: false
        }
    }
}
