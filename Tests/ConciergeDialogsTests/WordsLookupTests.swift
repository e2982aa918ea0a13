import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// `Words` answers phrase and word questions as a plain search over its tokens would, whatever words the line holds.
@Suite struct WordsLookupTests {
    /// Words of every length from 1 to 9 letters and a few first letters, so that (first byte, length) pairs collide.
    static let vocabulary = ["a", "i", "an", "it", "is", "no", "the", "not", "cancel", "cancelled", "can", "cat", "item", "items",
                             "order", "orders", "want", "wants", "dont", "do", "did", "didnt", "send", "seller", "sellers", "sent",
                             "7300000042", "42", "x", "lamp", "lamps", "café", "cafe", "über", "uber", "naïve"]

    @Test func phrasesAndWordsAreFoundExactlyWhereTheyAre() {
        var random = SplitMix64(seed: 61206)
        func pick() -> String { Self.vocabulary[Int(random.next() % UInt64(Self.vocabulary.count))] }
        for _ in 0..<3_000 {
            let line = (0..<Int(random.next() % 12)).map { _ in pick() }.joined(separator: random.next() % 3 == 0 ? ", " : " ")
            let words = Words(line)
            for _ in 0..<20 {
                let parts = (0..<(1 + Int(random.next() % 3))).map { _ in pick() }
                let phrase = parts.joined(separator: " ")
                let expected: Int? = parts.count > words.tokens.count ? nil : (0...(words.tokens.count - parts.count)).first { start in
                    parts.indices.allSatisfy { words.tokens[start + $0] == parts[$0] }
                }
                #expect(words.index(of: phrase) == expected, "\(phrase) in \(line)")
                #expect(words.contains(parts[0]) == words.tokens.contains(parts[0]), "\(parts[0]) in \(line)")
            }
        }
    }

    @Test func aLineWithoutTheFirstWordHasNoPhrase() {
        let words = Words("please cancel the lamp, I dont need it")
        #expect(words.contains(phrase: "dont need"))
        #expect(words.contains(phrase: "cancel the lamp"))
        #expect(!words.contains(phrase: "cancel lamp"))
        #expect(!words.contains(phrase: "need it anymore"))
        #expect(!words.contains("lamps"))
        #expect(words.contains("i"))
    }
}
