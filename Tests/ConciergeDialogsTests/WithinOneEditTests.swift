import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// The resolver's one-pass typo test gives what the edit distance gives, for the words it is asked about (ASCII, lengths
/// at most one apart).
@Suite struct WithinOneEditTests {
    @Test func agreesWithTheEditDistance() {
        var random = SplitMix64(seed: 20261206)
        let letters = Array("abcdeist")   // few letters: near words and repeated letters are common
        func word(_ length: Int) -> [Character] { (0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] } }
        var checked = 0
        for _ in 0..<40_000 {
            let a = word(Int(random.next() % 9))
            var b = a
            // One or two changes of every kind, or a word of its own.
            for _ in 0...(random.next() % 2) {
                let at = b.isEmpty ? 0 : Int(random.next() % UInt64(b.count))
                switch random.next() % 5 {
                case 0: if !b.isEmpty { b[at] = letters[Int(random.next() % UInt64(letters.count))] }
                case 1: b.insert(letters[Int(random.next() % UInt64(letters.count))], at: at)
                case 2: if !b.isEmpty { b.remove(at: at) }
                case 3: if at + 1 < b.count { b.swapAt(at, at + 1) }
                default: b = word(max(0, a.count + Int(random.next() % 3) - 1))
                }
            }
            guard abs(a.count - b.count) <= 1 else { continue }
            let expected = OrderResolver.editDistance(a, b, limit: 1) <= 1
            #expect(OrderResolver.withinOneEdit(String(a), String(b)) == expected, "\(String(a)) / \(String(b))")
            checked += 1
        }
        #expect(checked > 20_000)
    }

    @Test func typosOfTitleWordsStillNameTheirOrders() {
        #expect(OrderResolver.sameWord("blendr", "blender"))
        #expect(OrderResolver.sameWord("speakre", "speaker") == false)   // two edits
        #expect(OrderResolver.sameWord("spaeker", "speaker") == false)
        #expect(OrderResolver.sameWord("speeker", "speaker"))
        #expect(OrderResolver.sameWord("charged", "charger") == false)   // a real word is no typo
    }
}
