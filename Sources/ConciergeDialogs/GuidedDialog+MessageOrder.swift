import Foundation
import ConciergeDomain

/// A message drafted for one order when the buyer then says it is about another ("no sorry, the scarf, not the candles").
extension GuidedDialog {
    /// The draft for the order now meant: the old order's number becomes the new one; a draft that names the old order's
    /// item (a word or size of its title the new title lacks) was about that item, so it is dropped and the message asked again
    /// (nil). A draft that names neither stays as it is.
    static func message(_ draft: String, movedFrom old: Order, to new: Order) -> String? {
        let newWords = titleWords(new)
        let draftWords = Words(draft).tokens
        let namesOldItem = titleWords(old).contains { word in
            !newWords.contains { OrderResolver.sameWord($0, word) } && draftWords.contains { OrderResolver.sameWord($0, word) }
        }
        if namesOldItem { return nil }
        return draft.replacingOccurrences(of: old.id.rawValue, with: new.id.rawValue)
    }

    /// The words of an order's item titles that name something (three letters or more) and their sizes ("39").
    private static func titleWords(_ order: Order) -> [String] {
        let skipped: Set<String> = ["set", "pack", "pair", "size", "with", "and", "for", "the", "pcs", "piece", "pieces", "of"]
        return order.items.flatMap { Words($0.title).tokens }
            .filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) && !skipped.contains($0) || $0.allSatisfy(\.isNumber) && $0.count <= 4 }
    }

    /// A draft written before its order was known ("It's about my order."), with the order's number once it is.
    static func message(_ draft: String, naming order: OrderID) -> String {
        var text = draft
        for (unknown, known) in [("It's about my order.", "It's about order #\(order)."), (" for my order?", " for order #\(order)?"),
                                 ("regarding my order:", "regarding order #\(order):"), (" for my order.", " for order #\(order).")] {
            text = text.replacingOccurrences(of: unknown, with: known)
        }
        return text
    }
}
