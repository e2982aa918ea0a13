import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeUnderstanding
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

    /// The candidates and title index kept for the last orders are used again only for orders named the same way.
    @Test func ordersRenamedOrMovedAreReadAfresh() throws {
        var lamp = TestData.order(.awaitingShipment, id: "7300000012", title: "Ceramic table lamp")
        let mug = TestData.order(.delivered, id: "7300000013", title: "Blue mug")
        #expect(LineReader.sameNames([lamp, mug], [lamp, mug]))
        #expect(!LineReader.sameNames([lamp, mug], [mug, lamp]))
        #expect(!LineReader.sameNames([lamp, mug], [lamp]))
        var renamed = lamp
        renamed.items[0].title = "Ceramic desk lamp"
        #expect(!LineReader.sameNames([lamp, mug], [renamed, mug]))
        var later = lamp
        later.placedAt = lamp.placedAt.addingTimeInterval(60)
        #expect(!LineReader.sameNames([lamp, mug], [later, mug]))
        lamp.status = .shipped   // a new status names the order the same way
        #expect(LineReader.sameNames([lamp, mug], [TestData.order(.awaitingShipment, id: "7300000012", title: "Ceramic table lamp"), mug]))
        // What the reader finds follows the orders it is given, turn after turn.
        let understander = try Understander.embedded()
        let before = LineReader(understander: understander, orders: [lamp, mug]).understand("cancel the table lamp")
        let after = LineReader(understander: understander, orders: [renamed, mug]).understand("cancel the table lamp")
        #expect(before.entities.orderReference != after.entities.orderReference)
    }

    @Test func itemWordsAreMaskedWithTheirPunctuation() {
        let masked = LineReader.maskingItems("cancel the Phone Case, please", .items(matchedOrderIDs: ["7300000063"], phrase: "phone case"))
        #expect(masked == "cancel the item, please")
    }

    /// A seller's name reads as "the seller" (as "the shop" where it says where the order came from), in any case and
    /// without its company suffix; a one-word name that is an English word is left alone.
    @Test func sellerNamesAreMasked() throws {
        let phrases = LineReader.phrases(ofSellers: ["Birchwood Ceramics Ltd", "Quillora", "Meadow"])
        #expect(LineReader.maskingSellers("pls write to birchwood ceramics about the vase", phrases) == "pls write to the seller about the vase")
        #expect(LineReader.maskingSellers("the vase from Birchwood Ceramics Ltd. arrived", phrases) == "the vase from the shop. arrived")
        #expect(LineReader.maskingSellers("message QUILLORA: ship it today", phrases) == "message the seller: ship it today")
        #expect(LineReader.maskingSellers("a meadow print dress", phrases) == "a meadow print dress")
        #expect(LineReader.maskingSellers("birchwood is a nice wood", phrases) == "birchwood is a nice wood")
        // What it is for: an unknown shop name no longer reads as an unknown topic.
        let understander = try Understander.embedded()
        let vase = TestData.order(.awaitingShipment, id: "7300000031", title: "Speckled flower vase")
        let line = "could you get a note to Quillora Crafts asking them to wrap it well"
        // (The catalog now reads this line right even unmasked; the masked line must still be a message to the seller.)
        let named = LineReader(understander: understander, orders: [vase], sellerNames: ["Quillora Crafts"]).understand(line)
        #expect(named.classification.intent == "message_seller")
    }
}
