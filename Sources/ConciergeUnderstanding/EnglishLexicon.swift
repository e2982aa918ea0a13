import ConciergeDomain
/// Real English words (SCOWL), so typo correction leaves them alone: a buyer who writes
/// "charge" or "purpose" meant it, even when the catalog only knows "change" and "purposes".
package enum EnglishLexicon {
    /// Hashes of every word, in an open-addressing table (built once, on first use).
    private static let table: FeatureTable = {
        var table = FeatureTable(minimumCapacity: 65_536)
        var hash = StableHash()
        var length = 0
        for byte in wordList.utf8 {
            if byte == 10 {
                if length > 0 { _ = table.insert(hash.value) }
                hash = StableHash()
                length = 0
            } else {
                hash.combine(byte)
                length += 1
            }
        }
        if length > 0 { _ = table.insert(hash.value) }
        return table
    }()

    /// Whether `word` (lower case) is an English word of 4–12 letters.
    package static func contains(_ word: String) -> Bool {
        var hash = StableHash()
        hash.combine(bytes: word.utf8)
        return table.index(of: hash.value) != nil
    }
}
