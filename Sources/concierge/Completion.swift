import ConciergeKit
import Foundation

/// What the Tab key completes in the chat: slash commands, and the buyer's own order numbers.
/// Readline calls a C function with no context pointer, so the candidates live in this shared object.
final class Completion: @unchecked Sendable {
    /// The one instance readline's C callback reaches.
    static let shared = Completion()

    private let lock = NSLock()
    private var orderNumbers: () -> [String] = { [] }
    private var commands: [String] = Session.slashCommands
    private var matches: [String] = []
    private var next = 0

    /// Sets the slash commands (a buyer's, or an agent's too) and where order numbers come from
    /// (asked again on every Tab, so new or deleted orders show up).
    func use(commands: [String], orderNumbers: @escaping () -> [String]) {
        lock.withLock {
            self.commands = commands
            self.orderNumbers = orderNumbers
        }
    }

    /// Readline's generator protocol: `state` 0 starts a new completion of `word`; each call returns
    /// one match (a `strdup`'d string readline frees), then nil.
    func generate(word: String, state: Int32, firstWord: Bool) -> UnsafeMutablePointer<CChar>? {
        lock.withLock {
            if state == 0 {
                matches = candidates(for: word, firstWord: firstWord)
                next = 0
            }
            guard next < matches.count else { return nil }
            defer { next += 1 }
            return strdup(matches[next])
        }
    }

    /// The completions of `word`: commands for "/…", "#" + numbers for "#…", numbers otherwise;
    /// an empty first word offers both.
    func candidates(for word: String, firstWord: Bool) -> [String] {
        if word.hasPrefix("/") { return commands.filter { $0.hasPrefix(word) } }
        let numbers = orderNumbers()
        if word.hasPrefix("#") { return numbers.map { "#" + $0 }.filter { $0.hasPrefix(word) } }
        let orders = numbers.filter { $0.hasPrefix(word) }
        return word.isEmpty && firstWord ? commands + orders : orders
    }
}
