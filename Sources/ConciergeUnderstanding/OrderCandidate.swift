import Foundation
import ConciergeDomain

/// What entity extraction knows of one of the buyer's orders.
public struct OrderCandidate: Sendable, Equatable {
    /// The order number.
    public var id: OrderID
    /// Titles of the order's items, matched against what the buyer calls them.
    public var itemTitles: [String] {
        didSet { titleWords = EntityExtractor.itemWords(itemTitles) }
    }
    /// The titles' words as item references are matched against them, worked out once per candidate.
    private(set) var titleWords: [EntityExtractor.ItemWord]
    /// When the order was placed (the latest is "my last order").
    public var placedAt: Date

    /// Creates a candidate.
    public init(id: OrderID, itemTitles: [String], placedAt: Date) {
        self.id = id
        self.itemTitles = itemTitles
        self.placedAt = placedAt
        titleWords = EntityExtractor.itemWords(itemTitles)
    }
}
