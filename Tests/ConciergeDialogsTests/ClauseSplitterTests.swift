import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// The byte scan that cuts printable-ASCII lines must cut exactly where the regular expressions do.
@Suite struct ClauseSplitterTests {
    static func same(_ text: String) -> Bool {
        let scanned = ClauseSplitter.pieces(text), expressed = ClauseSplitter.piecesByExpression(text)
        return scanned.map(\.text) == expressed.map(\.text) && scanned.map(\.sequenced) == expressed.map(\.sequenced)
    }

    @Test func examplesAreCutWhereANewRequestStarts() {
        let pieces = ClauseSplitter.pieces("cancel it and then delete it")
        #expect(pieces.map(\.text) == ["cancel it", "delete it"])
        #expect(pieces.map(\.sequenced) == [false, true])
        #expect(ClauseSplitter.pieces("what happens if I never pay, and why is there no cancel button?").map(\.text)
                == ["what happens if I never pay", "why is there no cancel button?"])
        #expect(ClauseSplitter.pieces("tell the seller that I moved, and ask them to ship it").count == 1)
    }

    @Test func everyBuyerLineOfTheTranscriptsAndTheLabelledTextsIsCutAsTheExpressionsCutIt() throws {
        var lines: [String] = []
        for folder in ["transcripts", "corpus/blind/tune"] {
            let root = Repository.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "transcript" {
                lines += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
            }
        }
        for file in ["blind_utterances.tsv", "buyer_dev.tsv"] {
            let text = try String(contentsOf: Repository.testData.appendingPathComponent(file), encoding: .utf8)
            lines += text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last.map(String.init) }
        }
        #expect(lines.count > 1500)
        let different = lines.filter { !Self.same($0) }
        let count = different.count
        #expect(count == 0, "\(different.prefix(5))")
    }

    /// Lines made of the pieces the expressions look for, in every arrangement, with odd spacing and case.
    @Test func randomLinesOfCutWordsAreCutAsTheExpressionsCutThem() {
        let parts = ["and", "then", "also", "after", "that", "i", "i'd", "id", "like", "want", "wanted", "is", "isn't", "cancel",
                     "cancelled", "tell", "the", "seller", "sellers", "them", "write", "to", "message", "ask", "shop", "let", "store",
                     "x", "order_2", "42", "Cancel", "THEN", "And", ",", ".", "!", "?", ";", ":", "...", "-", "'", "ok", "what", "how",
                     "and then", "after that", "and also", "i want", "i need", "id like", "write to", "tell the seller", "ask them",
                     "message the shop", "it", "please", "where is it", "can you", "do it", "AFTER THAT", "I Would"]
        let gaps = [" ", " ", " ", "  ", "", ", ", " ,", ". ", "; ", ",", "!! "]
        var random = SplitMix64(seed: 11)
        var different: [String] = []
        for _ in 0..<30_000 {
            var line = ""
            for _ in 0..<Int(random.next() % 12) + 1 {
                line += parts[Int(random.next() % UInt64(parts.count))] + gaps[Int(random.next() % UInt64(gaps.count))]
            }
            if !Self.same(line) { different.append(line) }
        }
        let count = different.count
        #expect(count == 0, "\(different.prefix(5))")
    }
}
