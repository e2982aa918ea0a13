import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite struct TranscriptParserTests {
    @Test func readsHeaderTurnsClockAndAssertions() throws {
        let text = """
            # a comment
            fixture: demo
            buyer: B0042
            now: 2026-11-20T12:00:00Z

            > cancel the earbuds
            < Line one
            <
            +1d12h
            >
            ? order 7300000042 refund processing 23.10
            ? intent none
            """
        let transcript = try TranscriptParser().parse(text, name: "t")
        #expect(transcript.header == TranscriptHeader(fixture: "demo", buyer: "B0042", now: DateText.parseISO8601("2026-11-20T12:00:00Z")))
        #expect(transcript.turns.map(\.text) == ["cancel the earbuds", ""])
        #expect(transcript.turns[0].expected == ["Line one", ""])
        #expect(transcript.lines[8].kind == .clock(129_600))
        #expect(transcript.lines[10].kind == .assertion(.refund(order: "7300000042", .processing, amount: "23.10")))
    }

    @Test(arguments: [
        ("fixture: demo\n> hi\n", "buyer:"),
        ("fixture: demo\nbuyer: B1\n< reply first\n", "must follow a buyer line"),
        ("fixture: demo\nbuyer: B1\n+3 days\n", "clock jump"),
        ("fixture: demo\nbuyer: B1\n? order 1 status lost\n", "status STATUS"),
        ("fixture: demo\nbuyer: B1\n> \\q\n", "unknown escape"),
        ("fixture: demo\nbuyer: B1\nhello\n", "not a transcript line"),
        ("fixture: demo\nbuyer: B1\n> hi\nnow: 2026-11-20T12:00:00Z\n", "before the first turn"),
    ])
    func rejectsBadLinesWithTheirLineNumber(text: String, problem: String) {
        #expect {
            try TranscriptParser().parse(text, name: "bad.transcript")
        } throws: { error in
            "\(error)".contains(problem) && "\(error)".hasPrefix("bad.transcript")
        }
    }

    @Test(arguments: ["plain", "back\\slash", "\u{1B}[31mred\u{1B}[0m", "tab\there", "\u{202E}rtl", String(repeating: "a", count: 100_000),
                      "trailing space ", "bell\u{7}", "{repeat:3:x}", "x\\repeat{2:y}"])
    func escapesRoundTrip(text: String) throws {
        let encoded = TranscriptEscapes.encode(text)
        #expect(!encoded.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(try TranscriptEscapes.decode(encoded).get() == text)
        #expect(encoded.count < 200)
    }

    @Test func aRepeatEscapeMakesA100KBLine() throws {
        #expect(try TranscriptEscapes.decode("\\repeat{100000:a}").get().utf8.count == 100_000)
        #expect(try TranscriptEscapes.decode("\\u{1B}\\e").get() == "\u{1B}\u{1B}")
    }

    @Test func diffMarksExpectedAndActual() {
        let diff = TranscriptDiff.lines(expected: ["a", "b", "c"], actual: ["a", "x", "c"]).map(\.text)
        #expect(diff == ["  a", "-b", "+x", "  c"])
    }
}

/// What CI needs from the format: every problem at once, tags, stable names.
@Suite struct TranscriptFormatForCITests {
    @Test func everyParseErrorIsReportedAtOnce() throws {
        let text = "buyer: B1\n< too early\n> hi\n? order 1 colour blue\n+3 days\n? refusal bananaShaped\nnonsense\n"
        let error = try #require(throws: TranscriptError.self) { try TranscriptParser().parse(text, name: "t") }
        #expect(error.all.map(\.line) == [2, 4, 5, 6, 7, nil])
        #expect(error.description.split(separator: "\n").count == 6)
        #expect(error.description.contains("t: the header needs a fixture"))
    }

    @Test func tagsAreReadFromTheHeader() throws {
        let transcript = try TranscriptParser().parse("fixture: demo\nbuyer: B1\ntags: smoke, cancel nightly\n> hi\n", name: "t")
        #expect(transcript.header.tags == ["smoke", "cancel", "nightly"])
        #expect(throws: TranscriptError.self) { try TranscriptParser().parse("fixture: demo\nbuyer: B1\ntags: a;b\n", name: "t") }
    }

    @Test func refusalAndDialogNamesAreStableSnakeCaseAndOldSpellingsStillRead() throws {
        #expect(TranscriptAssertion.parse("refusal already_shipped") == .success(.refusal("already_shipped")))
        #expect(TranscriptAssertion.parse("refusal alreadyShipped") == .success(.refusal("already_shipped")))
        #expect(TranscriptAssertion.parse("dialog cancel_order: waiting for confirmation") == .success(.dialog("cancel_order: waiting_for_confirmation")))
        #expect(TranscriptAssertion.parse("dialog cancel_order: waiting_for_confirmation") == .success(.dialog("cancel_order: waiting_for_confirmation")))
        guard case .failure = TranscriptAssertion.parse("refusal already_shiped") else { Issue.record("a misspelt refusal was accepted"); return }
        guard case .failure = TranscriptAssertion.parse("dialog cancel_order: dreaming") else { Issue.record("an unknown state was accepted"); return }
    }

    /// transcripts/README.md lists the names; they must be exactly the ones the code knows.
    @Test func theReadmeDocumentsEveryName() throws {
        let readme = try String(contentsOf: Repository.transcripts.appendingPathComponent("README.md"), encoding: .utf8)
        let names = Refusal.every.map(\.stableName) + DialogStateName.states + DialogGoal.allCases.map(\.rawValue)
        #expect(names.filter { !readme.contains("`\($0)`") }.isEmpty)
    }
}
