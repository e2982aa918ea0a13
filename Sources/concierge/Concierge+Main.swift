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
        return (try? ChatCommand.parseAsRoot(rest)) as? ChatCommand
    }
}
