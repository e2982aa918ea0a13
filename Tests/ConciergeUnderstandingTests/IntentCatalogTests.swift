import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite("Intent catalog")
struct IntentCatalogTests {
    @Test("the real intents/ folder passes the catalog check")
    func realCatalogIsClean() {
        let problems = TestCatalog.real.check()
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        for required in IntentCatalog.requiredIntents {
            #expect(TestCatalog.real.definition(named: required) != nil)
        }
    }

    @Test("parses fields and example line numbers")
    func parse() throws {
        let yaml = """
        name: refund_timing
        description: How long refunds take.
        parent: refund_status
        answer: Three to twenty business days.
        examples:
          - how long does a refund take
          - "when will my money be back?"
        """
        let intent = try IntentCatalog.parse(yaml: yaml, file: "refund_timing.yaml")
        #expect(intent.name == "refund_timing")
        #expect(intent.parent == "refund_status")
        #expect(intent.answer == "Three to twenty business days.")
        #expect(intent.examples.map(\.line) == [6, 7])
        #expect(intent.examples[1].text == "when will my money be back?")
    }

    @Test("unreadable files fail with file and line")
    func errors() {
        #expect(throws: CatalogError.missingField(file: "a.yaml", field: "examples")) {
            try IntentCatalog.parse(yaml: "name: a\ndescription: x\n", file: "a.yaml")
        }
        #expect(throws: CatalogError.wrongType(file: "a.yaml", line: 3, field: "examples", expected: "a list of strings")) {
            try IntentCatalog.parse(yaml: "name: a\ndescription: x\nexamples: nope\n", file: "a.yaml")
        }
        do {
            _ = try IntentCatalog.parse(yaml: "name: a\n  examples: [\n", file: "bad.yaml")
            Issue.record("expected an error")
        } catch let error as CatalogError {
            #expect(error.description.hasPrefix("bad.yaml:"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("check reports unknown fields, shared examples, small intents, unknown parents and missing intents")
    func check() throws {
        let unknown = try IntentCatalog.parse(
            yaml: "name: thanks\ndescription: x\nexampels: typo\nexamples:\n  - thanks a lot\n", file: "thanks.yaml")
        let greet = IntentDefinition(name: "greet", sentences: ["hi", "hello", "hey there", "good morning", "Thanks a lot!"])
        let orphan = IntentDefinition(name: "orphan", parent: "nowhere", sentences: ["a b", "c d", "e f", "g h", "i j"])
        let catalog = IntentCatalog(intents: [unknown, greet, orphan])
        let kinds = catalog.check().map(\.kind)
        #expect(kinds.contains(.unknownField("exampels")))
        #expect(kinds.contains(.tooFewExamples(count: 1, minimum: IntentCatalog.minimumExamples)))
        #expect(kinds.contains(.unknownParent("nowhere")))
        #expect(kinds.contains(.missingRequiredIntent("cancel_order")))
        #expect(kinds.contains { if case .exampleUnderTwoIntents = $0 { true } else { false } })
        let located = catalog.check().first { $0.kind == .unknownField("exampels") }
        #expect(located?.description == "thanks.yaml:3: unknown field 'exampels' (allowed: name, description, parent, answer, examples)")
    }

    @Test("loading a directory reads every yaml file and fingerprints the contents")
    func loadDirectory() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("concierge-catalog-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("greet.yaml")
        try "name: greet\ndescription: hello\nexamples:\n  - hi\n".write(to: file, atomically: true, encoding: .utf8)
        let first = try IntentCatalog.load(directory: directory)
        #expect(first.intents.map(\.name) == ["greet"])
        try "name: greet\ndescription: hello\nexamples:\n  - hi\n  - hello\n".write(to: file, atomically: true, encoding: .utf8)
        let second = try IntentCatalog.load(directory: directory)
        #expect(first.fingerprint != second.fingerprint)
    }
}
