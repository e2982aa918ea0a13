import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

/// Golden-file behaviour on temporary copies: a changed line fails with a diff, --update restores it, recordings replay green.
@Suite struct TranscriptReplayTests {
    let replayer = TranscriptReplayer(understander: sharedUnderstander)

    /// A temporary folder holding a copy of one transcript of the repository.
    func copy(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transcripts-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("copy.transcript")
        try FileManager.default.copyItem(at: TranscriptFiles.folder.appendingPathComponent(name), to: target)
        return target
    }

    @Test func aChangedExpectedLineFailsWithADiffAndUpdateRestoresIt() throws {
        // Given a passing transcript whose first expected line is changed
        let file = try copy("cancel/awaiting-shipment-request-to-seller.transcript")
        let original = try String(contentsOf: file, encoding: .utf8)
        #expect(replayer.replay(fileAt: file, name: "copy.transcript").passed)
        let changed = original.replacingOccurrences(of: "< Shall I go ahead? (yes/no)", with: "< Shall I do it? (yes/no)")
        try changed.write(to: file, atomically: true, encoding: .utf8)

        // When it is replayed
        let result = replayer.replay(fileAt: file, name: "copy.transcript")

        // Then it fails, naming the transcript and the turn, with -expected/+actual
        #expect(!result.passed)
        let report = result.report
        #expect(report.hasPrefix("FAIL copy.transcript"))
        #expect(report.contains("turn 1 (line 6): > Hi, I'd like to cancel the wireless earbuds"))
        #expect(report.contains("-Shall I do it? (yes/no)"))
        #expect(report.contains("+Shall I go ahead? (yes/no)"))
        #expect(report.contains("  Summary: send the seller a request"))

        // When the expected lines are updated, the file is the original again and passes
        let transcript = try TranscriptParser().parse(contentsOf: file, name: "copy.transcript")
        try transcript.updatingExpectedLines(with: result.actualReplies).write(to: file, atomically: true, encoding: .utf8)
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        #expect(replayer.replay(fileAt: file, name: "copy.transcript").passed)
    }

    @Test func updateNeverTouchesAssertions() throws {
        let text = """
            fixture: demo
            buyer: B0042
            > cancel order 7300000107
            < old wording
            ? order 7300000107 status shipped
            """
        let transcript = try TranscriptParser().parse(text, name: "t")
        let result = replayer.replay(transcript)
        #expect(result.failures.count == 2)
        let updated = transcript.updatingExpectedLines(with: result.actualReplies)
        #expect(updated.contains("? order 7300000107 status shipped"))
        #expect(!updated.contains("old wording"))
        let again = replayer.replay(try TranscriptParser().parse(updated, name: "t"))
        #expect(again.failures.count == 1)
        #expect(again.report.contains("but status is cancelled"))
    }

    @Test func aRecordedSessionReplaysGreen() throws {
        // (A long single word would take minutes in the spell corrector; see transcripts/pending/.)
        // Given a live session on the demo data, recorded turn by turn
        let header = TranscriptHeader(fixture: "demo", buyer: "B0042")
        let opened = try TranscriptSession.start(header, directory: nil, understander: sharedUnderstander)
        var recorder = TranscriptRecorder(header: opened.header, title: "recorded in a test")
        let lines = ["hi", "cancel order 7300000042, I don't need it anymore", "how long does a refund take?", "yes",
                     "", "\u{1B}[2Jwhere is order 7300000051\t", String(repeating: " ", count: 5000) + "hi", "/orders"]
        for line in lines {
            recorder.record(buyerLine: line, reply: opened.session.respond(to: line).lines)
        }
        // When the transcript is replayed on a fresh store
        let text = recorder.render()
        let result = replayer.replay(try TranscriptParser().parse(text, name: "recorded"))
        // Then it passes as it stands, and the order was really cancelled in the replay's store too
        #expect(result.passed, "\(result.report)\n\(text)")
        #expect(text.contains("now: 2026-11-20T12:00:00Z"))
        #expect(text.contains("\\repeat{5000: }hi") && text.contains("> \\e[2Jwhere is order 7300000051\\t"))
        #expect(try opened.store.order(id: "7300000042")?.status == .cancellationRequested)
    }

    @Test func clockJumpsRunTheTimers() throws {
        let text = """
            fixture: demo
            buyer: B0042
            now: 2026-11-20T12:00:00Z
            +17d
            ? order 7300000063 status awaiting_payment
            +1d
            ? order 7300000063 status cancelled
            """
        #expect(replayer.replay(try TranscriptParser().parse(text, name: "t")).passed)
    }

    @Test func aFailingAssertionSaysWhatWasThere() throws {
        let text = "fixture: demo\nbuyer: B0042\n> where is order 7300000051\n? intent cancel_order\n? order 7300000051 refund processing 1.00\n"
        let result = replayer.replay(try TranscriptParser().parse(text, name: "t"))
        #expect(result.report.contains("? intent cancel_order\n    but intent is order_status"))
        #expect(result.report.contains("but refund is none"))
    }

    @Test func unknownBuyerOrFixtureIsAFailureNotACrash() throws {
        let unknownBuyer = replayer.replay(try TranscriptParser().parse("fixture: demo\nbuyer: B9999\n> hi\n", name: "t"))
        #expect(!unknownBuyer.passed)
        let missing = replayer.replay(try TranscriptParser().parse("fixture: nowhere.yaml\nbuyer: B0042\n", name: "t", directory: URL(fileURLWithPath: "/tmp")))
        #expect(!missing.passed)
    }

    @Test func linesAfterQuitFail() throws {
        let result = replayer.replay(try TranscriptParser().parse("fixture: demo\nbuyer: B0042\n> /quit\n< Goodbye!\n> hi\n", name: "t"))
        #expect(result.report.contains("the session already ended"))
    }

    @Test func coverageNamesEveryRefusal() {
        #expect(Set(TranscriptCoverage.refusalNames).count == 23)
        #expect(TranscriptCoverage.refusalNames.contains("already_delivered"))
        #expect(TranscriptCoverage.refusalNames.contains("payment_being_verified"))
    }
}
