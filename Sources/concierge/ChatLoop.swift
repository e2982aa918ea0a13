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
    /// The prompt's words before `>`: "you", "you (cancelling #7300000042)", "A7 as B0042".
    let prompt: () -> String
    /// The slash commands Tab completes.
    var commands: [String] = Session.slashCommands
    /// The one line said first.
    let banner: String
    /// Notes said after the banner (orders the platform's timers changed as the chat started).
    var notes: [String] = []

    /// Whether a person is at the keyboard: readline and a prompt then. Only stdin counts, so
    /// `concierge | tee log` stays interactive; colour still follows stdout (Console).
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// Runs the conversation; returns what went wrong when a turn's store write failed (the chat stops there).
    func run() -> String? {
        if Self.isInteractive { runAtTerminal() } else { runPiped() }
    }

    private func runAtTerminal() -> String? {
        let console = Console.standardOutput
        let reader = ReadlineReader(historyFile: DataPaths.history)
        Completion.shared.use(commands: commands, orderNumbers: orderNumbers)
        for line in [banner] + notes { console.noteWrapped(line) }
        // Ctrl-D on an empty line makes read return nil; readline has already moved to a new line.
        while let line = reader.read(prompt: promptText(console)) {
            let reply = respond(line)
            for text in reply.lines { console.sayWrapped(text) }
            console.flush()
            if let failure = reply.failure { reader.finish(); return failure }
            if reply.endsSession { break }
        }
        reader.finish()
        return nil
    }

    /// The prompt, green when colour is on; \u{1}…\u{2} tell readline the colour codes take no room.
    private func promptText(_ console: Console) -> String {
        let words = TerminalText.sanitize(prompt()) + ">"
        return console.colour ? "\u{1}\u{1B}[1;32m\u{2}\(words)\u{1}\u{1B}[0m\u{2} " : "\(words) "
    }

    /// One reply block per input line: the reply's lines, then one empty line. Ends at EOF or /quit.
    private func runPiped() -> String? {
        let console = Console.standardOutput
        for line in [banner] + notes { Console.standardError.note(line) }
        var input = PipedLines()
        defer { console.flush() }
        while let line = input.next() {
            let reply = respond(line)
            for text in reply.lines { console.plain(text) }
            console.plain("")
            if let failure = reply.failure { return failure }
            if reply.endsSession { break }
            // Replies to lines sent together go out together; a reply whose next line has not come goes out now.
            if !input.hasWaitingInput { console.flush() }
        }
        return nil
    }
}
