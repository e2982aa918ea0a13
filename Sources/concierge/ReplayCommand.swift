import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge replay`: runs transcripts as regression tests, rewrites expected replies, records new ones, reports coverage.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts (files or folders; default transcripts/) and report what differs.",
        discussion: "The format is described in transcripts/README.md. The last line is `N passed, N failed`; "
            + "the exit status is 1 when any transcript failed.")

    @Argument(help: "Transcript files or folders (searched for *.transcript).")
    var paths: [String] = []

    @Option(help: "Only run transcripts whose name contains this text.")
    var filter: String?

    @Flag(help: "Rewrite the expected assistant lines (<) with what the assistant says now. Assertions are never rewritten.")
    var update = false

    @Flag(help: "Print results as JSON.")
    var json = false

    @Flag(help: "List the intents, dialog states and refusals no transcript reaches.")
    var coverage = false

    @Option(name: .customLong("record-from"), help: "Record a new transcript: feed this file's lines (as the buyer types them; - for stdin) to a fresh session.")
    var recordFrom: String?

    @Option(help: "With --record-from: the fixture (demo, or a file path as written in the header).")
    var fixture = TranscriptHeader.demoFixture

    @Option(help: "With --record-from: the buyer.")
    var buyer = DemoData.buyerID

    @Option(help: "With --record-from: the clock's start (ISO 8601); default the fixture's now.")
    var now: String?

    @Option(help: "With --record-from: where to write the transcript (default: stdout).")
    var out: String?

    func run() throws {
        let understander = try Understander.load()
        if let recordFrom {
            try record(from: recordFrom, understander: understander)
            return
        }
        let files = try TranscriptFiles.find(paths.isEmpty ? ["transcripts"] : paths)
            .filter { file in filter.map { file.name.contains($0) } ?? true }
        let replayer = TranscriptReplayer(understander: understander)
        var results: [TranscriptResult] = []
        var updated: [String] = []
        var reached = TranscriptReach()
        for file in files {
            let result = replayer.replay(fileAt: file.url, name: file.name)
            results.append(result)
            reached = reached.union(result.reached)
            if update, let text = try? rewritten(file.url, name: file.name, result) {
                try text.write(to: file.url, atomically: true, encoding: .utf8)
                updated.append(file.name)
            }
        }
        // After --update, a transcript only fails on what --update can't fix: assertions and errors.
        let failing = results.filter { result in
            update ? result.failures.contains { if case .reply = $0.kind { false } else { true } } : !result.passed
        }
        let coverageReport = coverage ? TranscriptCoverage(reached: reached, catalog: understander.catalog) : nil
        if json {
            var object: [String: Any] = [
                "results": results.map(\.jsonObject),
                "passed": results.count - failing.count,
                "failed": failing.count,
            ]
            if update { object["updated"] = updated }
            if let coverageReport { object["coverage"] = coverageReport.jsonObject }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            for result in results where !result.passed {
                print(result.report)
                print("")
            }
            for name in updated { print("updated \(name)") }
            if let coverageReport {
                print("Coverage of \(results.count) transcripts:")
                coverageReport.lines.forEach { print($0) }
            }
            print("\(results.count - failing.count) passed, \(failing.count) failed")
        }
        if !failing.isEmpty { throw ExitCode(1) }
    }

    /// The file's new text when its replies changed; nil when nothing needs writing.
    private func rewritten(_ url: URL, name: String, _ result: TranscriptResult) throws -> String? {
        guard result.failures.contains(where: { if case .reply = $0.kind { true } else { false } }) else { return nil }
        let transcript = try TranscriptParser().parse(contentsOf: url, name: name)
        return transcript.updatingExpectedLines(with: result.actualReplies)
    }

    private func record(from path: String, understander: Understander) throws {
        let text: String
        if path == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("can't read \(path)") }
            text = String(decoding: data, as: UTF8.self)
        }
        var start: Date?
        if let now {
            guard let date = DateText.parseISO8601(now) else { throw ValidationError("--now needs an ISO 8601 instant") }
            start = date
        }
        // The header names the fixture relative to the transcript's folder, as replay reads it.
        let folder = URL(fileURLWithPath: out ?? "x").deletingLastPathComponent().standardizedFileURL.path
        var fixtureName = fixture
        if fixture != TranscriptHeader.demoFixture {
            let absolute = URL(fileURLWithPath: fixture).standardizedFileURL.path
            fixtureName = absolute.hasPrefix(folder + "/") ? String(absolute.dropFirst(folder.count + 1)) : absolute
        }
        let header = TranscriptHeader(fixture: fixtureName, buyer: buyer, now: start)
        let session = try TranscriptSession.start(header, directory: URL(fileURLWithPath: folder), understander: understander)
        var recorder = TranscriptRecorder(header: session.header)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            let reply = session.session.respond(to: line)
            recorder.record(buyerLine: line, reply: reply.lines)
            if reply.endsSession { break }
        }
        if let out {
            try recorder.render().write(toFile: out, atomically: true, encoding: .utf8)
        } else {
            print(recorder.render(), terminator: "")
        }
    }
}
