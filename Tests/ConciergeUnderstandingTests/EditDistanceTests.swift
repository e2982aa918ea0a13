import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding

/// The one-edit test item words use must agree with the edit distance table it stands in for.
@Suite struct EditDistanceTests {
    @Test func withinOneEditIsTheTablesDistanceOfAtMostOne() {
        var random = SplitMix64(seed: 3)
        var disagreeing: [([UInt8], [UInt8])] = []
        for _ in 0..<50_000 {
            // Few letters, so that near words (swaps, one letter more or less) come up often.
            let a = (0..<(Int(random.next() % 6) + 3)).map { _ in UInt8(97 + random.next() % 3) }
            var b = a
            switch random.next() % 5 {
            case 0: b[Int(random.next() % UInt64(b.count))] = UInt8(97 + random.next() % 3)
            case 1: b.insert(UInt8(97 + random.next() % 3), at: Int(random.next() % UInt64(b.count + 1)))
            case 2: b.remove(at: Int(random.next() % UInt64(b.count)))
            case 3: let i = Int(random.next() % UInt64(b.count - 1)); b.swapAt(i, i + 1)
            default: b = (0..<(Int(random.next() % 6) + 3)).map { _ in UInt8(97 + random.next() % 3) }
            }
            if SpellCorrector.withinOneEdit(a, b) != (SpellCorrector.distance(a, b, limit: 1) <= 1) { disagreeing.append((a, b)) }
        }
        let count = disagreeing.count
        #expect(count == 0, "\(disagreeing.prefix(5))")
    }

    @Test func examples() {
        #expect(SpellCorrector.withinOneEdit(Array("blender".utf8), Array("blendr".utf8)))
        #expect(SpellCorrector.withinOneEdit(Array("lamp".utf8), Array("lmap".utf8)))
        #expect(!SpellCorrector.withinOneEdit(Array("lamp".utf8), Array("mlap".utf8)))
    }
}
