import Foundation

/// Answers to one question about the few texts asked last, found by the text's bytes and one more part of the key.
/// The generator asks the same question of a line and its clauses many times per line, and a line has few clauses;
/// only the last `kept` keys are kept, so a line seldom meets another line's answer (and an answer is the same
/// whichever line asks). Safe to share between threads.
final class RecentAnswers<Extra: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(text: ExactText, extra: Extra, value: Value)] = []
    private var next = 0
    private let kept: Int

    init(kept: Int) { self.kept = kept }

    /// The answer kept for `text` and `extra`, else made by `make` (outside the lock) and kept in place of the oldest.
    func value(for text: String, _ extra: Extra, _ make: () -> Value) -> Value {
        let key = ExactText(text)
        if let found = lock.withLock({ entries.first { $0.text == key && $0.extra == extra }?.value }) { return found }
        let value = make()
        lock.withLock {
            if entries.count < kept {
                entries.append((key, extra, value))
            } else {
                entries[next] = (key, extra, value)
                next = (next + 1) % kept
            }
        }
        return value
    }
}
