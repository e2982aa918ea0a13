import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// What the line reader does to the words it masks for the classifier.
@Suite struct LineReaderTests {
    /// The byte-by-byte trim of ASCII words must trim what Foundation's punctuation set trims.
    @Test func anASCIIWordsCoreIsTheFoundationTrim() {
        let printable = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }
        var words = printable + printable.map { "a" + $0 } + printable.map { $0 + "Z" } + printable.map { $0 + "b" + $0 }
        var random = SplitMix64(seed: 5)
        for _ in 0..<5_000 {
            words.append(String((0..<Int(random.next() % 6)).map { _ in Character(printable[Int(random.next() % UInt64(printable.count))]) }))
        }
        let different = words.filter { LineReader.core(of: $0) != $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let count = different.count
        #expect(count == 0, "\(different.prefix(10))")
    }

    @Test func itemWordsAreMaskedWithTheirPunctuation() {
        let masked = LineReader.maskingItems("cancel the Phone Case, please", .items(matchedOrderIDs: ["7300000063"], phrase: "phone case"))
        #expect(masked == "cancel the item, please")
    }
}
