import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ConciergeTestSupport

/// `concierge replay` as CI runs it: JUnit XML, exit codes, an empty selection, tags, and not overwriting recordings.
@Suite(.serialized) struct ReplayCommandTests {
    static let passing = """
        # A transcript that passes.
        fixture: demo
        buyer: B0042
        now: 2026-11-20T12:00:00Z
        tags: smoke, status

        > /whoami
        < You are Dana Park (buyer B0042).

        """

    static let failing = """
        fixture: demo
        buyer: B0042
        now: 2026-11-20T12:00:00Z

        > /whoami
        < You are somebody else <&> "quoted" \\e[31m.
        ? order 7300000042 status cancelled

        """

    static let malformed = """
        fixture: demo
        buyer: B0042
        < a reply before any buyer line
        ? order 7300000042 colour blue
        +3 days

        """

    func write(_ files: [String: String], in runner: CommandRunner) throws {
        for (name, text) in files {
            let url = runner.folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test func junitIsValidXMLWithOneCasePerTranscript() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try write(["t/pass.transcript": Self.passing, "t/fail.transcript": Self.failing, "t/bad/broken.transcript": Self.malformed], in: runner)

        let outcome = try runner.concierge(["replay", "t", "--junit", "report.xml"])

        #expect(outcome.status == 1)
        #expect(outcome.output.contains("PASS t/pass.transcript"))
        #expect(outcome.output.contains("FAIL t/fail.transcript"))
        #expect(outcome.output.contains("1 passed, 2 failed"))
        let data = try Data(contentsOf: runner.folder.appendingPathComponent("report.xml"))
        let document = try XMLDocument(data: data)
        let suites = try #require(document.rootElement())
        #expect(suites.name == "testsuites")
        #expect(suites.attribute(forName: "tests")?.stringValue == "3")
        #expect(suites.attribute(forName: "failures")?.stringValue == "1")
        #expect(suites.attribute(forName: "errors")?.stringValue == "1")
        let cases = try document.nodes(forXPath: "/testsuites/testsuite/testcase").compactMap { $0 as? XMLElement }
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue ?? "" }.sorted()
                == ["t/bad/broken.transcript", "t/fail.transcript", "t/pass.transcript"])
        let failed = try #require(cases.first { $0.attribute(forName: "name")?.stringValue == "t/fail.transcript" })
        let failure = try #require(failed.elements(forName: "failure").first)
        #expect(failure.stringValue?.contains("status is awaiting_shipment") == true)
        #expect(failure.stringValue?.contains("<&> \"quoted\"") == true)
        let broken = try #require(cases.first { $0.attribute(forName: "name")?.stringValue == "t/bad/broken.transcript" })
        #expect(broken.attribute(forName: "classname")?.stringValue == "transcripts.t.bad")
        // Every problem of the malformed file is reported, not only the first.
        let error = try #require(broken.elements(forName: "error").first?.stringValue)
        #expect(error.contains("line 3") && error.contains("line 4") && error.contains("line 5"))
    }

    @Test func anEmptySelectionFails() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try write(["t/pass.transcript": Self.passing], in: runner)

        let typo = try runner.concierge(["replay", "t", "--filter", "no-such-name"])
        let wrongTag = try runner.concierge(["replay", "t", "--tag", "nightly"])
        try FileManager.default.createDirectory(at: runner.folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let emptyFolder = try runner.concierge(["replay", "empty"])
        let selected = try runner.concierge(["replay", "t", "--tag", "smoke"])

        #expect(typo.status == 1)
        #expect(typo.output.contains("matches --filter no-such-name: nothing was replayed"))
        #expect(wrongTag.status == 1)
        #expect(wrongTag.output.contains("--tag nightly"))
        #expect(emptyFolder.status == 1)
        #expect(emptyFolder.output.contains("No transcripts"))
        #expect(selected.status == 0)
        #expect(selected.output.contains("1 passed, 0 failed"))
    }

    @Test func recordingRefusesToOverwriteWithoutForce() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try write(["lines.txt": "/whoami\n", "new.transcript": "keep me\n"], in: runner)
        let record = ["replay", "--record-from", "lines.txt", "--fixture", "demo", "--buyer", "B0042", "--now", "2026-11-20T12:00:00Z",
                      "--out", "new.transcript"]
        let file = runner.folder.appendingPathComponent("new.transcript")

        let refused = try runner.concierge(record)
        #expect(refused.status == 1)
        #expect(refused.output.contains("already exists; nothing was written. Use --force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")

        let forced = try runner.concierge(record + ["--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("< You are Dana Park (buyer B0042)."))
    }

    @Test func chatRecordRefusesToOverwriteWithoutForce() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try write(["chat.transcript": "keep me\n"], in: runner)
        #expect(try runner.concierge(["db", "init", "--db", "demo.sqlite", "--demo"]).status == 0)
        let chat = ["chat", "--db", "demo.sqlite", "--record", "chat.transcript"]

        let refused = try runner.concierge(chat, input: "/whoami\n")
        #expect(refused.status == 1)
        #expect(refused.output.contains("chat.transcript already exists; nothing was recorded. Use --force"))
        #expect(try String(contentsOf: runner.folder.appendingPathComponent("chat.transcript"), encoding: .utf8) == "keep me\n")

        let forced = try runner.concierge(chat + ["--force"], input: "/whoami\n")
        #expect(forced.status == 0)
        let replayed = try runner.concierge(["replay", "chat.transcript"])
        #expect(replayed.status == 0, "\(replayed.output)")
    }

    /// Replay reads the catalog chat reads: `--intents DIR`, else `$CONCIERGE_INTENTS`. A broken catalog there
    /// stops it with the file and line, instead of the built-in catalog passing silently.
    @Test func replayReadsTheCatalogNamedByTheEnvironment() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try write(["t/pass.transcript": Self.passing, "broken/cancel.yaml": "intent: [cancel_order\n"], in: runner)

        let builtIn = try runner.concierge(["replay", "t"])
        #expect(builtIn.status == 0, "\(builtIn.output)")
        let fromEnvironment = try runner.shell("CONCIERGE_INTENTS=broken concierge replay t")
        #expect(fromEnvironment.status != 0)
        #expect(fromEnvironment.output.contains("cancel.yaml:"), "\(fromEnvironment.output)")
        let fromOption = try runner.concierge(["replay", "t", "--intents", "broken"])
        #expect(fromOption.status != 0)
        #expect(fromOption.output.contains("cancel.yaml:"), "\(fromOption.output)")
    }
}
