import Foundation
import Testing
@testable import ConciergeUnderstanding

@Suite("Base64 text of the generated tables")
struct Base64TextTests {
    @Test("decodes what Foundation encodes, line feeds and padding included", arguments: [0, 1, 2, 3, 4, 5, 57, 58, 1000])
    func roundTrip(length: Int) throws {
        // Given bytes of every value, encoded in 76-character lines
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let text = Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        // When decoded, then they come back unchanged
        #expect(Base64Text.decode(text) == bytes)
    }

    @Test("decodes one unbroken line, and a line feed at any place in it", arguments: [6, 7, 12, 13, 100])
    func unbrokenAndBroken(length: Int) throws {
        // Given bytes encoded without line feeds (eight characters at a time are decoded at once where they can be)
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 91 &+ 3) }
        let text = Data(bytes).base64EncodedString()
        #expect(Base64Text.decode(text) == bytes)
        // When a line feed breaks the text at any one place, then the bytes are the same
        for cut in 0...min(text.count, 20) {
            let broken = String(text.prefix(cut)) + "\n" + String(text.dropFirst(cut))
            #expect(Base64Text.decode(broken) == bytes, "line feed at \(cut)")
        }
    }

    @Test("a lone trailing sextet is refused")
    func loneSextet() {
        #expect(Base64Text.decode("QUJD" + "Q") == nil)
    }
}
