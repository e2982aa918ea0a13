import ArgumentParser
import ConciergeKit

/// Order, buyer and seller ids on the command line; a leading `#` on an order number is dropped.
extension Identifier: ExpressibleByArgument {
    public init?(argument: String) {
        let text = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
        guard !text.isEmpty else { return nil }
        self.init(rawValue: text)
    }
}
