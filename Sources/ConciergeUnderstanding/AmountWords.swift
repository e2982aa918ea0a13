import ConciergeDomain
/// How the classifier reads amounts: a buyer names an order by its price as often as by its item ("cancel the
/// drill, 54 dollars", "249,90 TL back to my card, how many days?"), but the catalog's sentences about orders
/// carry no currencies, and the few that do are out of scope ("transfer 200 dollars to my savings"). Read as
/// words, a currency then leans to out of scope whatever the request. So the currency of an amount is left out:
/// the number's placeholder says "an amount" already. A currency named without a number ("dollars to euros")
/// is kept: it is not an amount.
enum AmountWords {
    /// Currency names and codes, as the normaliser leaves them (symbols are already gone).
    static let currencies: Set<String> = [
        "dollar", "dollars", "usd", "bucks", "buck", "euro", "euros", "eur", "pound", "pounds", "gbp", "quid",
        "yen", "jpy", "tl", "lira", "liras", "reais", "brl", "cad", "aud", "nzd", "peso", "pesos", "mxn",
        "rupee", "rupees", "inr", "rs", "franc", "francs", "chf", "sek", "nok", "dkk", "zloty", "pln", "cents",
        "cent", "yuan", "rmb", "cny", "sgd", "hkd", "aed", "dirham", "dirhams",
    ]

    /// Whether a normalised token is a number (its digits); most words are told apart by their first byte.
    static func isNumber(_ token: String) -> Bool {
        !token.isEmpty && token.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// `tokens` without each currency that stands right before or after a number; the same array when there
    /// is none. Only a number's neighbours are looked up, so a line without numbers costs a byte per word.
    static func read(_ tokens: [String]) -> [String] {
        var dropped: [Int] = []
        for index in tokens.indices where isNumber(tokens[index]) {
            if index > tokens.startIndex && currencies.contains(tokens[index - 1]) { dropped.append(index - 1) }
            if index + 1 < tokens.endIndex && currencies.contains(tokens[index + 1]) { dropped.append(index + 1) }
        }
        guard !dropped.isEmpty else { return tokens }
        return tokens.indices.filter { !dropped.contains($0) }.map { tokens[$0] }
    }
}
