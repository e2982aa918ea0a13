import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge replay`: runs transcripts as regression tests, rewrites expected replies, records new ones, reports coverage.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts (files or folders; default transcripts/) and report what differs.",
        discussion: """
            The format is described in transcripts/README.md. Transcripts run in parallel on every core. Each one \
            gets a PASS or FAIL line (failures with a diff); the last line is `N passed, N failed`. The exit status is 1 \
            when any transcript failed, and also when the selection is empty (a mistyped --filter or --tag must not pass).
            """)

    @Argument(help: "Transcript files or folders (searched for *.transcript).", completion: .file(extensions: ["transcript"]))
    var paths: [String] = []

    @Option(help: "Only run transcripts whose name contains this text.")
    var filter: String?

    @Option(name: .customLong("tag"), help: ArgumentHelp("Only run transcripts with this tag in their header (tags: …); repeat for several.",
                                                        valueName: "tag"))
    var tags: [String] = []

    @Option(help: ArgumentHelp("Also write the results as JUnit XML to this file, for CI test reports.", valueName: "file"),
            completion: .file(extensions: ["xml"]))
    var junit: String?

    @Option(help: ArgumentHelp("How many transcripts run at once (default: every core).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var intents: CatalogOptions

    @Flag(help: "With --record-from --out: replace the output file if it exists.")
    var force = false

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

    @Option(help: "With --record-from: where to write the transcript (default: stdout); an existing file needs --force.",
            completion: .file(extensions: ["transcript"]))
    var out: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs needs a number of at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let understander = try intents.understander()
            if let recordFrom {
                try record(from: recordFrom, understander: understander)
                return
            }
            let found = try TranscriptFiles.find(paths.isEmpty ? ["transcripts"] : paths)
            let files = TranscriptRun.select(found, filter: filter, tags: tags)
            guard !files.isEmpty else { throw CommandFailure.other(emptySelectionMessage(found: found.count)) }
            var run = TranscriptRun(understander: understander)
            if let jobs { run.workers = jobs }
            let results = run.replay(files)
            let updated = update ? try rewrite(files, results) : []
            // After --update, a transcript only fails on what --update can't fix: assertions and errors.
            let failing = results.filter { result in
                update ? result.failures.contains { if case .reply = $0.kind { false } else { true } } : !result.passed
            }
            let coverageReport = coverage ? TranscriptCoverage(reached: results.reduce(TranscriptReach()) { $0.union($1.reached) },
                                                               catalog: understander.catalog) : nil
            if let junit {
                try TranscriptJUnit.document(results).write(toFile: junit, atomically: true, encoding: .utf8)
            }
            if json {
                try printJSON(results, failing: failing.count, updated: updated, coverage: coverageReport)
            } else {
                printReport(results, failing: failing.count, updated: updated, coverage: coverageReport)
            }
            if !failing.isEmpty { throw ExitCode(1) }
        }
    }

    private func emptySelectionMessage(found: Int) -> String {
        let place = paths.isEmpty ? "transcripts/" : paths.joined(separator: " ")
        var criteria: [String] = []
        if let filter { criteria.append("--filter \(filter)") }
        criteria += tags.map { "--tag \($0)" }
        if found == 0 { return "No transcripts (*.transcript) in \(place): nothing was replayed." }
        return "None of the \(Plural.count(found, "transcript")) in \(place) matches \(criteria.joined(separator: " ")): nothing was replayed."
    }

    /// Writes the files whose replies changed (`--update`) and returns their names.
    private func rewrite(_ files: [TranscriptRun.File], _ results: [TranscriptResult]) throws -> [String] {
        var updated: [String] = []
        for (file, result) in zip(files, results) {
            guard let text = try? rewritten(file.url, name: file.name, result) else { continue }
            try text.write(to: file.url, atomically: true, encoding: .utf8)
            updated.append(file.name)
        }
        return updated
    }

    /// One PASS or FAIL line per transcript (a failure with its report), then the totals.
    private func printReport(_ results: [TranscriptResult], failing: Int, updated: [String], coverage: TranscriptCoverage?) {
        let output = Console.standardOutput
        for result in results {
            if result.passed {
                output.raw(output.paint("PASS", "32") + " " + TerminalText.sanitize(result.name))
            } else {
                let lines = result.report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                output.raw(output.paint("FAIL", "31") + " " + TerminalText.sanitize(String(lines[0].dropFirst(5))))
                lines.dropFirst().forEach { output.plain($0) }
            }
        }
        for name in updated { output.plain("updated \(name)") }
        if !updated.isEmpty {
            output.plain("--update wrote what the assistant says now, right or wrong: review `git diff -- transcripts/` before committing.")
        }
        if let coverage {
            output.plain("Coverage of \(Plural.count(results.count, "transcript")):")
            coverage.lines.forEach { output.plain($0) }
        }
        output.plain("\(results.count - failing) passed, \(failing) failed")
    }

    private func printJSON(_ results: [TranscriptResult], failing: Int, updated: [String], coverage: TranscriptCoverage?) throws {
        var object: [String: Any] = [
            "results": results.map(\.jsonObject),
            "passed": results.count - failing,
            "failed": failing,
        ]
        if update { object["updated"] = updated }
        if let coverage { object["coverage"] = coverage.jsonObject }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        Console.standardOutput.raw(JSONEscaping.escapingInvisibleControls(String(decoding: data, as: UTF8.self)))
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
            guard force || !FileManager.default.fileExists(atPath: out) else {
                throw CommandFailure.other("\(out) already exists; nothing was written. Use --force to replace it.")
            }
            try recorder.render().write(toFile: out, atomically: true, encoding: .utf8)
        } else {
            print(recorder.render(), terminator: "")
        }
    }
}
