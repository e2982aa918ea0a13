import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite struct ReplyPatternTests {
    @Test func looseLinesAreReadAndBelongToTheirTurn() throws {
        let text = """
            fixture: demo
            buyer: B0042
            replies: loose
            > where is my refund
            <~ refund
            </ (card|paypal) /
            > thanks
            """
        let transcript = try TranscriptParser().parse(text, name: "t")
        #expect(transcript.header.looseReplies)
        #expect(transcript.turns[0].loose == [.contains("refund"), .matches("(card|paypal)")])
        #expect(transcript.turns[1].loose.isEmpty)
    }

    @Test func containsIgnoresCaseAndLineBreaks() {
        let reply = ["The seller answers within", "24 HOURS (by Sat)."]
        #expect(ReplyPattern.contains("within 24 hours").holds(for: reply))
        #expect(!ReplyPattern.contains("48 hours").holds(for: reply))
        #expect(ReplyPattern.matches("answers .* 24 h").holds(for: reply))
        #expect(!ReplyPattern.matches("^24").holds(for: reply))
    }

    @Test func badPatternsNameTheLine() {
        #expect(throws: TranscriptError.self) { try TranscriptParser().parse("fixture: demo\nbuyer: B1\n> hi\n</ (unclosed /\n", name: "t") }
        #expect(throws: TranscriptError.self) { try TranscriptParser().parse("fixture: demo\nbuyer: B1\n<~ before any turn\n", name: "t") }
        #expect(throws: TranscriptError.self) { try TranscriptParser().parse("fixture: demo\nbuyer: B1\nreplies: sometimes\n> hi\n", name: "t") }
    }

    @Test func aFailingLooseLineFailsTheTurnButExactLinesAreNotNeeded() throws {
        let replayer = TranscriptReplayer(understander: sharedUnderstander)
        let passing = try TranscriptParser().parse("""
            fixture: demo
            buyer: B0042
            now: 2026-11-20T12:00:00Z
            > /order 7300000042
            <~ wireless earbuds
            > /orders
            """, name: "pass")
        // A loose-only turn is not compared exactly; a turn with nothing expects no answer unless `replies: loose`.
        let strict = replayer.replay(passing)
        #expect(strict.failures.count == 1)
        var loose = passing
        loose.header.looseReplies = true
        #expect(replayer.replay(loose).failures.isEmpty)

        let failing = try TranscriptParser().parse("""
            fixture: demo
            buyer: B0042
            now: 2026-11-20T12:00:00Z
            replies: loose
            > /order 7300000042
            <~ table lamp
            """, name: "fail")
        let result = replayer.replay(failing)
        #expect(result.failures.count == 1)
        if case .looseReply(_, _, let pattern, _)? = result.failures.first?.kind { #expect(pattern == "<~ table lamp") } else { Issue.record("expected a loose reply failure") }
    }
}
