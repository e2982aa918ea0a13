import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// The shortcuts the resolver and `Words` take answer as the plain reading would, on invented words and lines.
@Suite struct ResolverShortcutTests {
    static let letters = Array("abcdeilmnorst".utf8)

    /// Every pair of ASCII words `sameWord` calls the same shares its first or its last byte (what `sellerSpans` tests
    /// before comparing a word with a seller's name).
    @Test func theSameWordSharesItsFirstOrLastByte() {
        var random = SplitMix64(seed: 90_511)
        func word() -> String {
            String(decoding: (0..<(3 + Int(random.next() % 6))).map { _ in Self.letters[Int(random.next() % UInt64(Self.letters.count))] }, as: UTF8.self)
        }
        var same = 0
        for _ in 0..<40_000 {
            let a = word()
            // Half the time a near variant of the same word: one byte changed, added or removed, or a plural.
            var bytes = Array(a.utf8)
            switch random.next() % 5 {
            case 0: bytes[Int(random.next() % UInt64(bytes.count))] = Self.letters[Int(random.next() % UInt64(Self.letters.count))]
            case 1: bytes.insert(Self.letters[Int(random.next() % UInt64(Self.letters.count))], at: Int(random.next() % UInt64(bytes.count + 1)))
            case 2: bytes.remove(at: Int(random.next() % UInt64(bytes.count)))
            case 3: bytes += Array("s".utf8)
            default: bytes = Array(word().utf8)
            }
            let b = String(decoding: bytes, as: UTF8.self)
            guard !b.isEmpty, OrderResolver.sameWord(a, b) else { continue }
            same += 1
            #expect(a.utf8.first == b.utf8.first || a.utf8.last == b.utf8.last, "\(a) / \(b)")
        }
        #expect(same > 1_000)
    }

    @Test func textContainsFindsWhatAPlainSearchFinds() {
        var random = SplitMix64(seed: 4_417)
        let pieces = ["a", "b", "ab", "ba", " ", "?", ":", "twice", "times", "2x", "é", "charges"]
        for _ in 0..<5_000 {
            let text = (0..<Int(random.next() % 30)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let part = (0..<(1 + Int(random.next() % 3))).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let plain = text.utf8.count >= part.utf8.count
                && (0...(text.utf8.count - part.utf8.count)).contains { Array(text.utf8).dropFirst($0).starts(with: Array(part.utf8)) }
            if text.utf8.allSatisfy({ $0 < 0x80 }), part.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(Words.text(text, contains: part) == plain, "\(part) in \(text)")
            } else {
                #expect(Words.text(text, contains: part) == text.contains(part), "\(part) in \(text)")
            }
        }
    }

    @Test func monthWordsKeepTheirFirstPosition() {
        for word in Words.months + ["mayday", "june1", "sep", "octo", ""] {
            #expect(Words.monthIndex[word] == Words.months.firstIndex(of: word), "\(word)")
        }
    }

    @Test func monthPositionIsTheMonthIndex() {
        var random = SplitMix64(seed: 2_207)
        let letters = Array("ajfmsondbxyé")
        var words = Words.months + ["", "ma", "mayo", "junes", "septembers", "décembre", "a", "octobre"]
        for _ in 0..<5_000 {
            words.append(String((0..<Int(random.next() % 11)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }))
        }
        for word in words {
            #expect(Words.monthPosition(word) == Words.monthIndex[word], "\(word)")
        }
    }

    @Test func labelsAreFoundWhereFoundationFindsThem() {
        Self.labelsAreFoundWhereFoundationFinds(
            pieces: ["Note", "note:", "NOTE: ", "message", "Message:", "desc", "description:", ":", " ", "x", "é", "tExT:", "other reason:"],
            labels: ["description:", "message:", "text:", "note:", "other:", "other reason:", "note", "xx", ":"], seed: 7_306, count: 5_000)
    }

    /// Labels cut from `pieces` at random: `Words.range(of:caseInsensitiveIn:)` finds each where Foundation finds it.
    static func labelsAreFoundWhereFoundationFinds(pieces: [String], labels: [String], seed: UInt64, count: Int) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<count {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let label = labels[Int(random.next() % UInt64(labels.count))]
            let expected = text.range(of: label, options: .caseInsensitive).map {
                text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.utf8.startIndex, to: $0.upperBound)
            }
            let found = Words.range(of: label, caseInsensitiveIn: text).map {
                text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.utf8.startIndex, to: $0.upperBound)
            }
            #expect(found == expected, "\(label.debugDescription) in \(text.debugDescription)")
        }
    }

    /// Texts with quotes, guillemets, dashes and currency signs beside ASCII are searched on their bytes; other characters
    /// (accents, a combining accent, a Kelvin sign, a sharp s, a line break) leave the search to Foundation.
    @Test func textContainsBesideQuotesFindsWhatStringContainsFinds() {
        var random = SplitMix64(seed: 9_021)
        let pieces = ["a", "b", "ab", "K", "k", " ", ":", "twice", "“", "”", "’", "‘", "«", "»", "—", "–", "€", "£", "\u{301}", "\u{212A}",
                      "ß", "ss", "é", "\r", "\n", "\r\n"]
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 16)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let part = (0..<(1 + Int(random.next() % 3))).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(Words.text(text, contains: part) == text.contains(part), "\(part.debugDescription) in \(text.debugDescription)")
        }
    }

    @Test func labelsBesideQuotesAreFoundWhereFoundationFindsThem() {
        Self.labelsAreFoundWhereFoundationFinds(
            pieces: ["Note", "note:", "MESSAGE: ", "message", "x", " ", ":", "“", "”", "’", "«", "»", "—", "€", "£", "\u{301}", "\u{212A}",
                     "ß", "é", "\r\n", "\n"],
            labels: ["message:", "note:", "note", "ss", "k", ":", "x:", "\nx"], seed: 5_113, count: 20_000)
    }
}
