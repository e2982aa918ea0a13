import CReadline
import ConciergeKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the buyer's lines at a terminal with GNU readline: editing, a history file,
/// Tab completion, Ctrl-C clearing the line, Ctrl-D ending the chat.
/// Only used when stdin and stdout are terminals (readline would echo piped input).
final class ReadlineReader {
    /// History entries kept in the file.
    static let historyLimit: Int32 = 1000

    private let historyPath: String?
    private var lastEntry: String?

    /// Sets readline up; `historyFile` is read now and appended to as lines are entered.
    init(historyFile: URL) {
        // readline keeps this pointer: hand it a copy that lives as long as the program.
        concierge_rl_set_name(strdup("concierge"))
        concierge_rl_set_completion { text, state in
            let word = text.map { String(cString: $0) } ?? ""
            return Completion.shared.generate(word: word, state: state, firstWord: ReadlineReader.isFirstWord(word))
        }
        // If this fails, Ctrl-C ends the program as it would without readline; the chat still works.
        _ = concierge_rl_install_interrupt()
        _ = concierge_install_quit_at_prompt(0) // Ctrl-\ at the prompt leaves like Ctrl-D, without a crash report
        historyPath = Self.prepareHistory(historyFile)
        if let historyPath { _ = read_history(historyPath) }
    }

    /// The next line, or nil when the buyer pressed Ctrl-D on an empty line.
    func read(prompt: String) -> String? {
        _ = concierge_take_interrupt() // a Ctrl-C pressed while a reply was being written is forgotten
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        remember(line)
        return line
    }

    /// Trims the history file to its limit (lines were already appended one by one).
    func finish() {
        if let historyPath { _ = history_truncate_file(historyPath, Self.historyLimit) }
    }

    private func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line != lastEntry else { return }
        lastEntry = line
        add_history(PersonalData.maskAll(in: line)) // the history file never keeps card numbers, emails or phones
        // Appending each line at once keeps it even if the terminal is closed, and does not
        // overwrite lines another concierge running at the same time has added.
        if let historyPath { _ = append_history(1, historyPath) }
    }

    /// Creates the history folder and a private (0600) file, since append_history won't create it.
    /// Returns nil (no history) when that is impossible; the chat works without it.
    private static func prepareHistory(_ file: URL) -> String? {
        let manager = FileManager.default
        do {
            try DataPaths.createFolder(for: file)
        } catch {
            return nil
        }
        if !manager.fileExists(atPath: file.path),
           !manager.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]) {
            return nil
        }
        return file.path
    }

    /// Whether the word being completed is the first one on the line (slash commands only go there).
    private static func isFirstWord(_ word: String) -> Bool {
        guard let buffer = concierge_rl_line_buffer() else { return true }
        let bytes = Array(String(cString: buffer).utf8.prefix(Int(concierge_rl_point())))
        let before = String(decoding: bytes.dropLast(word.utf8.count), as: UTF8.self)
        return before.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
