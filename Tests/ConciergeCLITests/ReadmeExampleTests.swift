import Foundation
import Testing
import ConciergeTestSupport

/// One command of a README example: the line after `$ `, the output written under it, the exit status
/// its `# exit N` comment promises (0 without one).
struct ReadmeCommand: CustomStringConvertible {
    var line: String
    var number: Int
    var expected: [String]
    var status: Int32

    var description: String { "line \(number): $ \(line)" }

    /// Every command in the file's ```console blocks, in order.
    static func all(in text: String) -> [ReadmeCommand] {
        var commands: [ReadmeCommand] = []
        var inConsole = false
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                inConsole = !inConsole && line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                let command = String(line.dropFirst(2))
                commands.append(ReadmeCommand(line: command, number: index + 1, expected: [], status: exitStatus(command)))
            } else if !commands.isEmpty {
                commands[commands.count - 1].expected.append(line)
            }
        }
        return commands
    }

    /// The status a trailing `# exit N` comment promises.
    static func exitStatus(_ line: String) -> Int32 {
        guard let range = line.range(of: "# exit ", options: .backwards) else { return 0 }
        return Int32(line[range.upperBound...].trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// Whether `output` is what the README shows: no lines shown means not checked; a `...` line stands
    /// for any number of lines.
    func matches(_ output: String) -> Bool {
        guard !expected.isEmpty else { return true }
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return Self.match(expected[...], lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }[...])
    }

    /// `line` against `pattern` where each `...` stands for any text ("None of the ... transcripts").
    private static func like(_ line: String, _ pattern: String) -> Bool {
        let parts = pattern.components(separatedBy: "...").map(NSRegularExpression.escapedPattern(for:))
        return line.range(of: "^" + parts.joined(separator: ".*") + "$", options: .regularExpression) != nil
    }

    private static func match(_ pattern: ArraySlice<String>, _ lines: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return lines.isEmpty }
        if first == "..." {
            return (lines.startIndex...lines.endIndex).contains { match(pattern.dropFirst(), lines[$0...]) }
        }
        guard let line = lines.first, line == first || (first.contains("...") && like(line, first)) else { return false }
        return match(pattern.dropFirst(), lines.dropFirst())
    }
}

/// Runs every example of README.md and transcripts/README.md top to bottom, as written, in a folder that looks
/// like the clone's root (with `concierge` being the built binary, and an empty HOME), and checks each
/// command's exit status and the output the README shows under it.
@Suite(.serialized) struct ReadmeExampleTests {
    @Test(arguments: ["README.md", "transcripts/README.md"])
    func examplesRunAsWritten(_ file: String) throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent(file), encoding: .utf8)
        let commands = ReadmeCommand.all(in: text)
        #expect(!commands.isEmpty, "\(file) has no ```console examples")
        let runner = try CommandRunner()
        defer { runner.remove() }
        for command in commands {
            let outcome = try runner.shell(command.line)
            #expect(outcome.status == command.status, "\(file) \(command): exit \(outcome.status)\n\(outcome.output)")
            #expect(command.matches(outcome.output),
                    "\(file) \(command): the output differs\n--- README:\n\(command.expected.joined(separator: "\n"))\n--- actual:\n\(outcome.output)")
        }
    }

    @Test func theMatcherTakesDotsForAnyLines() {
        let command = ReadmeCommand(line: "x", number: 1, expected: ["a", "...", "d"], status: 0)
        #expect(command.matches("a\nb\nc\nd\n"))
        #expect(command.matches("a\nd\n"))
        #expect(!command.matches("a\nb\n"))
        #expect(ReadmeCommand(line: "x", number: 1, expected: ["None of the ... in"], status: 0).matches("None of the 3 files in\n"))
        #expect(ReadmeCommand(line: "x", number: 1, expected: [], status: 0).matches("anything"))
        #expect(ReadmeCommand.exitStatus("concierge ordrs   # exit 64") == 64)
    }
}
