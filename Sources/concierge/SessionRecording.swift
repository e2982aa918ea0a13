import ConciergeKit
import Foundation

/// `chat --record FILE`: the database's starting state goes to FILE.fixture.json, and every turn is
/// written to FILE as a transcript as soon as it is answered (so an interrupted chat is still recorded).
final class SessionRecording {
    private let file: String
    private var recorder: TranscriptRecorder

    init(file: String, store: OrderStore, buyerID: BuyerID, agentID: String?, now: Date) throws {
        self.file = file
        let url = URL(fileURLWithPath: file)
        let fixtureURL = url.deletingPathExtension().appendingPathExtension("fixture.json")
        do {
            try FixtureWriter().render(try store.exportFixture(now: now)).write(to: fixtureURL, atomically: true, encoding: .utf8)
        } catch let error as StoreError {
            throw error
        } catch {
            throw CommandFailure.other("Can't write \(fixtureURL.path): \(error.localizedDescription)")
        }
        recorder = TranscriptRecorder(
            header: TranscriptHeader(fixture: fixtureURL.lastPathComponent, buyer: buyerID, agent: agentID, now: now),
            title: "Recorded with concierge chat --record on \(DateText.iso8601(now)).")
        try write()
    }

    /// Wraps a conversation's answer function so that each turn is recorded (agent traces are left out, as replays do).
    func recording(_ respond: @escaping (String) -> SessionReply) -> (String) -> SessionReply {
        { [self] line in
            let reply = respond(line)
            recorder.record(buyerLine: line, reply: reply.lines.filter { !$0.hasPrefix(AgentDesk.tracePrefix) })
            try? write()
            return reply
        }
    }

    private func write() throws {
        do {
            try recorder.render().write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure.other("Can't write \(file): \(error.localizedDescription)")
        }
    }
}
