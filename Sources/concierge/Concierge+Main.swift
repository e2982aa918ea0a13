import ArgumentParser
import CReadline
import ConciergeKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Concierge {
    /// A write past the file-size limit fails as a write (not SIGXFSZ, which kills with no message), and
    /// Ctrl-\ ends the program without the Swift runtime's crash backtrace (the chat at a terminal makes it exit 0).
    static func installSignalHandlers() {
        concierge_ignore_file_size_signal()
        _ = concierge_install_quit(131)
    }

    /// Parses and runs `arguments`; a misused command line is reported without echoing control
    /// characters from argv (ESC, BEL…) to the terminal.
    static func runWithoutEchoingControls(_ arguments: [String]) -> Never {
        do {
            var command = try quickChat(arguments) ?? parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let safe = message.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { TerminalText.sanitize(String($0)) }.joined(separator: "\n")
                if code == .success {
                    print(safe)
                } else {
                    FileHandle.standardError.write(Data((safe + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
        Foundation.exit(0)
    }

    /// `chat` (named, or as the default command) parsed on its own: parsing it within the tree of every command was
    /// half of the main thread's work before a chat's first prompt. Whatever `chat` alone does not parse (help,
    /// completion scripts, a mistake) returns nil and goes through the whole tree, as every other command does.
    static func quickChat(_ arguments: [String]) -> ParsableCommand? {
        let rest: [String]
        if arguments.first == "chat" {
            rest = Array(arguments.dropFirst())
        } else if arguments.first?.hasPrefix("-") ?? true {
            rest = arguments
        } else {
            return nil
        }
        return plainChat(rest) ?? (try? ChatCommand.parseAsRoot(rest)) as? ChatCommand
    }

    /// `chat` with only its everyday options (`--db`, `--buyer`, `--now`, `--intents`, `--agent`, `--record`, each once,
    /// with a value, and `--force`), read without the argument parser: its reflection over the options was 40 % of the
    /// main thread's work before the first prompt. Anything else (help, a mistake, an option given twice, a value that
    /// looks like an option) returns nil and goes to the parser, which reports it.
    static func plainChat(_ arguments: [String]) -> ChatCommand? {
        var values: [String: String] = [:]
        var force = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--force", !force {
                force = true
                index += 1
                continue
            }
            let name: String, value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
                index += 1
            } else {
                guard index + 1 < arguments.count else { return nil }
                name = argument
                value = arguments[index + 1]
                index += 2
            }
            guard ["--db", "--buyer", "--now", "--intents", "--agent", "--record"].contains(name), values[name] == nil,
                  !value.hasPrefix("-") else { return nil }
            values[name] = value
        }
        var buyer: BuyerID?
        if let text = values["--buyer"] {
            guard let id = BuyerID(argument: text) else { return nil }
            buyer = id
        }
        // Every option of the command and of its groups is given a value here: one never given cannot be read.
        var command = ChatCommand()
        var database = DatabaseOptions()
        database.db = values["--db"]
        command.database = database
        var clock = ClockOptions()
        clock.now = values["--now"]
        command.clock = clock
        var intents = CatalogOptions()
        intents.directory = values["--intents"]
        command.intents = intents
        command.buyer = buyer
        command.agent = values["--agent"]
        command.record = values["--record"]
        command.force = force
        return command
    }
}
