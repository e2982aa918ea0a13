import Foundation
import ConciergeDomain

/// Orders named by what they cost: "the 56 dollar one", "the order of 289.90 reais", "BRL 59.90".
extension OrderResolver {
    /// Words that name money: a number beside one is an amount, in any of the currencies buyers pay in ("289.90 reais",
    /// "4500 yen", "BRL 59.90").
    static let currencyWords: Set<String> = [
        "dollar", "dollars", "usd", "euro", "euros", "eur", "pound", "pounds", "gbp", "bucks", "quid",
        "real", "reais", "brl", "yen", "jpy", "won", "krw", "rupee", "rupees", "inr", "peso", "pesos", "mxn", "ars", "cop", "clp",
        "zloty", "zlotys", "pln", "franc", "francs", "chf", "krona", "kronor", "krone", "kroner", "sek", "nok", "dkk", "aud", "cad",
        "nzd", "sgd", "hkd", "lira", "rand", "zar", "dirham", "dirhams", "aed", "yuan", "rmb", "cny", "baht", "thb", "ringgit", "myr",
        "lei", "ron", "czk", "huf", "forint", "rub", "ruble", "rubles", "rouble", "roubles", "dong", "vnd", "php", "idr", "rupiah",
        "shekel", "shekels", "ils", "kwd", "dinar", "dinars", "riyal", "riyals", "sar", "egp", "tl",
    ]
    /// Verbs a price follows when the buyer names an order by it: "paid 89 for", "it cost 45", "spent 60 on".
    static let costVerbs: Set<String> = ["paid", "payed", "pay", "cost", "costs", "costed", "spent", "spend"]
    /// "the 56 dollar one", "$56.90", "the €12 one": orders whose total or payment is that amount.
    func priceSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        var spans: [(start: Int, ids: [OrderID])] = []
        for (index, word) in words.tokens.enumerated() {
            guard let whole = Int(word), word.count <= 6, !words.isDateOrDuration(at: index) else { continue }
            let next = index + 1 < words.count ? words.tokens[index + 1] : ""
            let cents = Int(next).flatMap { next.count == 2 ? $0 : nil }
            let afterCents = index + 2 < words.count ? words.tokens[index + 2] : ""
            let previous = index > 0 ? words.tokens[index - 1] : ""
            // "BRL 59.90", "eur 45": the currency may come first.
            let hasCurrency = Self.currencyWords.contains(next) || (cents != nil && Self.currencyWords.contains(afterCents))
                || Self.currencyWords.contains(previous)
            // "the 56 one", "the 56 dollar order": a price named as a reference, not any number in a sentence.
            // "my 19.60 comes back when?", "the order of 289.90": an amount to the cent is the buyer's own figure, read
            // off the order or the bank statement, and names the order wherever it stands (unless it is money asked for).
            // "the one I paid 89 for", "the order that cost 45": the price said with the verb of paying or costing.
            let namesPrice = hasCurrency || ["one", "order", "item", "thing"].contains(next) || ["the", "for"].contains(previous)
                || Self.costVerbs.contains(previous)
                || (cents != nil && words.breakBefore[index + 1])
            func fits(_ amount: Int) -> Bool {
                if let cents { return amount == whole * 100 + cents }
                return amount / 100 == whole && (hasCurrency || amount % 100 == 0 || whole >= 10)
            }
            // "partial refund 6 dollars", "a refund of 5 euro", "i want 30 euro back": money asked for, not an order's price.
            // Only right after the refund word or right before "back": "the refund for the 18.30 order" names the order.
            var before = index - 1
            if before >= 0, words.tokens[before] == "of" { before -= 1 }
            var after = index + 1 + (cents != nil ? 1 : 0)
            if after < words.count, Self.currencyWords.contains(words.tokens[after]) { after += 1 }
            let asked = (before >= 0 && ["refund", "partial", "compensation", "discount", "me"].contains(words.tokens[before]))
                || (after < words.count && words.tokens[after] == "back")
            // A bare small number is a list position or a count, not a price, unless a currency names it. The orders are
            // looked at only for a number that may name one.
            guard namesPrice, !asked, hasCurrency || cents != nil || whole >= 10 else { continue }
            let matching = orders.indices.filter { i in fits(orders[i].total.minorUnits) || (orders[i].paidAmount.map { fits($0.minorUnits) } ?? false) }
            if !matching.isEmpty { spans.append((index, matching.map { orders[$0].id })) }
        }
        return spans
    }
}
