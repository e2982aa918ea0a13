import Foundation
import Testing
import ConciergeTestSupport
@testable import concierge

/// The command line around the commands: version, mistyped commands, completion, the manual page.
@Suite struct CommandLineTests {
    @Test func versionIsPrinted() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let outcome = try runner.concierge(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.output == Concierge.version + "\n")
    }

    @Test func aMistypedCommandIsNamedNotTakenForAChatArgument() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let outcome = try runner.concierge(["ordrs", "list"])
        #expect(outcome.status == 64)
        #expect(outcome.output.hasPrefix("Unknown command 'ordrs'. Did you mean 'orders'?"))
        #expect(!outcome.output.contains("Usage: concierge chat"))
        #expect(Concierge.unknownCommandMessage("replay") == nil)
        #expect(Concierge.unknownCommandMessage("--db") == nil)
        #expect(Concierge.unknownCommandMessage("xyzzy") == "Unknown command 'xyzzy'.")
    }

    /// Each shell's script offers files for --db (bash `-f`, zsh `_files`, fish `-rF`) and knows replay's --junit.
    @Test(arguments: [("bash", "__concierge_add_completions -f", "--junit"), ("zsh", "_files", "--junit"), ("fish", "-l 'db' ", "-l 'junit'")])
    func completionScriptsCompleteFilePaths(_ shell: String, _ fileCompletion: String, _ junit: String) throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let outcome = try runner.concierge(["--generate-completion-script", shell])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains(fileCompletion), "\(shell) script offers no file completion")
        if shell == "fish" {
            #expect(outcome.output.split(separator: "\n").contains { $0.contains("-l 'db' ") && $0.hasSuffix("-rF") })
        }
        #expect(outcome.output.contains(junit))
    }

    /// A chat's arguments are parsed by `chat` alone (the quick way); help, completion scripts, mistakes and other
    /// commands go through the whole tree, so what they print stays the same.
    @Test func chatArgumentsTakeTheQuickWayAndNothingElseDoes() throws {
        let quick = Concierge.quickChat(["chat", "--db", "x.sqlite", "--buyer", "B0042", "--now", "2026-11-20T12:00:00Z"]) as? ChatCommand
        #expect(quick?.database.db == "x.sqlite")
        #expect(quick?.buyer == "B0042")
        #expect(quick?.clock.now == "2026-11-20T12:00:00Z")
        #expect(Concierge.quickChat([]) is ChatCommand)
        #expect((Concierge.quickChat(["--db", "y.sqlite"]) as? ChatCommand)?.database.db == "y.sqlite")
        for arguments in [["chat", "--help"], ["chat", "-h"], ["--help"], ["--version"], ["chat", "--bogus"], ["chat", "--db"], ["chat", "help"],
                          ["--generate-completion-script", "bash"], ["chat", "--generate-completion-script", "bash"],
                          ["chat", "--experimental-dump-help"], ["orders", "list"], ["help", "chat"], ["replay", "transcripts"]] {
            #expect(Concierge.quickChat(arguments) == nil, "\(arguments)")
        }
        let runner = try CommandRunner()
        defer { runner.remove() }
        let help = try runner.concierge(["chat", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: concierge chat"))
    }

    @Test func intentSuggestionsAreTabSeparatedValues() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        #expect(try runner.concierge(["db", "init", "--db", "demo.sqlite", "--demo"]).status == 0)
        let desk = try runner.concierge(["chat", "--db", "demo.sqlite", "--agent", "A7"], input: "blorp\tthe thing\n/intent order_status\n")
        #expect(desk.status == 0)
        let outcome = try runner.concierge(["intents", "suggestions", "--db", "demo.sqlite"])
        let rows = outcome.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first == ["intent", "text", "was", "agent", "at"])
        #expect(rows.count == 2 && rows[1].count == 5 && rows[1][0] == "order_status" && rows[1][1] == "blorp the thing", "\(outcome.output)")
    }

    /// docs/concierge.1 is generated (scripts/make_manual.sh); it must name every command and option the binary has.
    @Test func theManualPageNamesEveryCommandAndOption() throws {
        let manual = try String(contentsOf: Repository.root.appendingPathComponent("docs/concierge.1"), encoding: .utf8)
        let runner = try CommandRunner()
        defer { runner.remove() }
        let dump = try runner.concierge(["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        var missing: [String] = []
        func visit(_ command: [String: Any]) {
            if let name = command["commandName"] as? String, !manual.contains(name) { missing.append(name) }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    if let long = name["name"] as? String, !manual.contains("Fl -\(long)") { missing.append("--\(long)") }
                }
            }
            (command["subcommands"] as? [[String: Any]] ?? []).forEach(visit)
        }
        visit(try #require(json["command"] as? [String: Any]))
        #expect(missing.isEmpty, "docs/concierge.1 is out of date (run scripts/make_manual.sh): \(missing)")
    }
}
