import ConciergeKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drives a session from the terminal (readline) or from a pipe (plain lines), and prints its replies.
struct ChatLoop {
    /// Answers one line (a buyer's session or an agent's desk).
    let respond: (String) -> SessionReply
    /// The order numbers Tab completes.
    let orderNumbers: () -> [String]
    /// The one line said first.
    let banner: String

    /// Whether a person is at the keyboard and the screen: readline, prompt and colour only then.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    func run() {
        if Self.isInteractive { runAtTerminal() } else { runPiped() }
    }

    private func runAtTerminal() {
        let console = Console.standardOutput
        let reader = ReadlineReader(historyFile: DataPaths.history)
        Completion.shared.use(orderNumbers: orderNumbers)
        // \u{1}…\u{2} tell readline the colour codes take no room, so it measures the prompt right.
        let prompt = console.colour ? "\u{1}\u{1B}[1;32m\u{2}you>\u{1}\u{1B}[0m\u{2} " : "you> "
        console.note(banner)
        // Ctrl-D on an empty line makes read return nil; readline has already moved to a new line.
        while let line = reader.read(prompt: prompt) {
            let reply = respond(line)
            for text in reply.lines { console.say(text) }
            if reply.endsSession { break }
        }
        reader.finish()
    }

    /// One reply block per input line: the reply's lines, then one empty line. Ends at EOF or /quit.
    private func runPiped() {
        let console = Console.standardOutput
        Console.standardError.note(banner)
        while let line = readLine(strippingNewline: true) {
            let reply = respond(line)
            for text in reply.lines { console.plain(text) }
            console.plain("")
            console.flush()
            if reply.endsSession { break }
        }
    }
}
