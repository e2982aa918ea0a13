import ConciergeKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `chat --record FILE`: the recorded buyer's starting state (their orders and the sellers of those orders,
/// nobody else's) goes to FILE.fixture.json, and every turn is written to FILE as a transcript as soon as it
/// is answered (so an interrupted chat is still recorded). Both files are private (0600), and card numbers,
/// emails and phone numbers in the buyer's lines and the replies are masked.
final class SessionRecording {
    private let file: String
    private var recorder: TranscriptRecorder

    init(file: String, store: OrderStore, buyerID: BuyerID, agentID: String?, now: Date) throws {
        self.file = file
        let url = URL(fileURLWithPath: file)
        let fixtureURL = url.deletingPathExtension().appendingPathExtension("fixture.json")
        try Self.writePrivately(try FixtureWriter().render(try store.exportFixture(buyerID: buyerID, now: now)), to: fixtureURL.path)
        recorder = TranscriptRecorder(
            header: TranscriptHeader(fixture: fixtureURL.lastPathComponent, buyer: buyerID, agent: agentID, now: now),
            title: "Recorded with concierge chat --record on \(DateText.iso8601(now)).")
        try Self.writePrivately(recorder.render(), to: file)
    }

    /// Wraps a conversation's answer function so that each turn is recorded (agent traces are left out, as replays do).
    /// When the recording can no longer be written the reply carries the failure, and the chat stops.
    func recording(_ respond: @escaping (String) -> SessionReply) -> (String) -> SessionReply {
        { [self] line in
            var reply = respond(line)
            recorder.record(buyerLine: PersonalData.maskAll(in: line),
                            reply: reply.lines.filter { !$0.hasPrefix(AgentDesk.tracePrefix) }.map { PersonalData.maskAll(in: $0) })
            do {
                try Self.writePrivately(recorder.render(), to: file)
            } catch {
                reply.failure = reply.failure ?? "\(error)"
            }
            return reply
        }
    }

    /// Writes `text` to `path` atomically through a 0600 temporary file beside it, so the recording is
    /// never readable by others, not even for a moment, and a failed write leaves the previous version.
    static func writePrivately(_ text: String, to path: String) throws {
        let temporary = "\(path).writing-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CommandFailure.other("Can't write the recording \(path): \(String(cString: strerror(errno))).") }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if result < 0 {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw CommandFailure.other("Can't write the recording \(path): \(reason).")
            }
            written += result
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CommandFailure.other("Can't write the recording \(path): \(reason).")
        }
    }
}
