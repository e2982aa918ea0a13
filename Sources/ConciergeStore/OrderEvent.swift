import Foundation
import ConciergeDomain

/// One row of the append-only event log.
public struct OrderEvent: Equatable, Sendable, Codable {
    public var id: Int64
    public var at: Date
    public var actor: String
    public var action: AuditAction
    public var orderID: OrderID?
    public var buyerID: BuyerID?
    public var beforeStatus: OrderStatus?
    public var afterStatus: OrderStatus?
    public var detail: String
}
