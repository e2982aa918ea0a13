import Testing
@testable import ConciergeDialogs

@Suite("Word stems of the option tables")
struct StemTests {
    @Test("ASCII words lose their endings by the same rules as any word",
          arguments: [("parties", "party"), ("shipping", "ship"), ("refused", "refus"), ("refuse", "refus"), ("boxes", "box"),
                      ("watches", "watch"), ("glass", "glass"), ("status", "status"), ("agree", "agr"), ("needed", "need"),
                      ("agreed", "agreed"), ("dresses", "dress"), ("balls", "ball"), ("bags", "bag"), ("sing", "sing"),
                      ("sent", "send"), ("broken", "break"), ("chipped", "chipped"), ("it", "it"), ("", "")])
    func ascii(word: String, stem: String) {
        #expect(Stem.of(word) == stem)
    }

    @Test("a word with letters beyond ASCII keeps its accented ending", arguments: [("cafés", "café"), ("naïves", "naïv")])
    func beyondASCII(word: String, stem: String) {
        #expect(Stem.of(word) == stem)
    }
}
