import ConciergeDomain
/// How a buyer points at one of their orders without its number.
public enum OrderReference: Sendable, Equatable {
    /// "my last order", "the latest one", "my most recent purchase".
    case latest
    /// "the second one", "2nd", "number 3": a position in the list the assistant showed.
    case ordinal(Int)
    /// "the earbuds": the orders whose item titles match the buyer's words, and those words.
    case items(matchedOrderIDs: [OrderID], phrase: String)

    /// A JSON-ready description, e.g. `{"kind": "ordinal", "position": 2}`.
    public var jsonObject: [String: Any] {
        switch self {
        case .latest:
            return ["kind": "latest"]
        case .ordinal(let position):
            return ["kind": "ordinal", "position": position]
        case .items(let ids, let phrase):
            return ["kind": "items", "matched_order_ids": ids.map(\.rawValue), "phrase": phrase]
        }
    }
}
