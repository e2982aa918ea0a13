import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

/// Two `concierge` processes cancel the same order on one database file at the same time.
@Suite struct TwoProcessRaceTests {
    /// The executable `swift test` builds beside the test bundle, or the one `CONCIERGE_TEST_EXECUTABLE` names
    /// (to run these process-level tests against another build, e.g. one from before a fix).
    static var executable: URL? {
        if let named = ProcessInfo.processInfo.environment["CONCIERGE_TEST_EXECUTABLE"] { return URL(fileURLWithPath: named) }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("concierge")
        let candidates = [beside, beside.deletingLastPathComponent().appendingPathComponent("concierge"),
                          URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                              .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/concierge")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test func oneProcessWinsTheOtherIsRefusedAndOneEventIsWritten() throws {
        let binary = try #require(Self.executable, "the concierge executable is built by swift test")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("race-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try OrderStore.open(path: path).load(Fixture(
            buyers: [Buyer(id: "B1", name: "Dana")], sellers: [Seller(id: "S1", name: "Harbor", handlingDays: 5)],
            orders: [TestData.order(.awaitingShipment)]))

        let reasons = ["I found it cheaper elsewhere", "I want to change the shipping address"]
        let processes = reasons.map { reason -> (Process, Pipe) in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["chat", "--db", path, "--buyer", "B1", "--now", "2026-11-20T12:00:00Z"]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            input.fileHandleForWriting.write(Data("cancel order 7300000001, \(reason)\nyes\n".utf8))
            try? input.fileHandleForWriting.close()
            return (process, output)
        }
        for (process, _) in processes { try process.run() }
        let replies = processes.map { process, output -> String in
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text
        }

        let store = try OrderStore.open(path: path)
        let events = try store.events(orderID: "7300000001").filter { $0.action == .order(.cancelOrder) }
        #expect(events.count == 1)
        #expect(try store.order(id: "7300000001")?.status == .cancellationRequested)
        let winners = replies.filter { $0.contains("I've sent your cancellation request") }
        let losers = replies.filter { $0.contains("already") }
        #expect(winners.count == 1 && losers.count == 1, "\(replies)")
    }
}
