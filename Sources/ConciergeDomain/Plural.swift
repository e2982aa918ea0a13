/// Counts in words: "1 order", "2 orders", "1 reply", "0 messages".
public enum Plural {
    /// `count` and the noun, plural unless `count` is one; `plural` for nouns that don't just take an "s".
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? Self.plural(of: singular))"
    }

    /// The regular English plural: "reply" → "replies", "match" → "matches", "order" → "orders".
    static func plural(of noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
        return noun + "s"
    }
}
