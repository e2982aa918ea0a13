import Foundation

/// `SharedMemo` for texts, written in this module so that the compiler specialises it for each value (the shared one,
/// generic across modules, found the key's hashing and the dictionary's type through the runtime on every look-up).
/// Texts are told apart by their bytes, not by Swift's canonical equivalence: two spellings of an accent read as equal
/// strings but are cut into different words, so one must never get the other's value.
/// With `recent` > 0, the last `recent` texts found or kept are looked at first, by their byte counts and bytes alone: where
/// the same few texts are asked about many times a turn (a line's words), that costs less than hashing them.
/// Safe to share between threads; forgotten all at once when `capacity` texts are kept.
final class TextMemo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [ExactText: Value] = [:]
    private let capacity: Int
    /// The texts found or kept last (at most `recentCount`), their byte counts and their values; `next` is the one to replace.
    private var recentTexts: [String] = []
    private var recentCounts: [Int] = []
    private var recentValues: [Value] = []
    private var next = 0
    private let recentCount: Int

    init(capacity: Int, recent: Int = 0) {
        self.capacity = capacity
        recentCount = recent
    }

    /// The value kept for `key`, or nil.
    func value(for key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let count = key.utf8.count
        for i in recentCounts.indices where recentCounts[i] == count && ExactText(recentTexts[i]) == ExactText(key) { return recentValues[i] }
        guard let value = known[ExactText(key)] else { return nil }
        if recentCount > 0 { remember(key, count, value) }
        return value
    }

    /// Keeps `value` for `key`.
    func keep(_ value: Value, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        if known.count >= capacity {
            known.removeAll(keepingCapacity: true)
            recentTexts.removeAll(keepingCapacity: true)
            recentCounts.removeAll(keepingCapacity: true)
            recentValues.removeAll(keepingCapacity: true)
            next = 0
        }
        known[ExactText(key)] = value
        if recentCount > 0 { remember(key, key.utf8.count, value) }
    }

    /// Puts a text among the recent ones, in place of the oldest once there are `recentCount`.
    private func remember(_ text: String, _ count: Int, _ value: Value) {
        if recentCounts.count < recentCount {
            recentTexts.append(text)
            recentCounts.append(count)
            recentValues.append(value)
        } else {
            recentTexts[next] = text
            recentCounts[next] = count
            recentValues[next] = value
            next = (next + 1) % recentCount
        }
    }

    /// The value kept for `key`, made by `make` (outside the lock) the first time.
    func value(for key: String, _ make: (String) -> Value) -> Value {
        if let value = value(for: key) { return value }
        let value = make(key)
        keep(value, for: key)
        return value
    }
}

/// A text as a dictionary key that is equal to another only when their UTF-8 bytes are. The bytes are compared with
/// `memcmp` (a look-up that finds its text compares every byte, and the generic byte-by-byte comparison was the
/// larger part of a look-up), and a long text is hashed by its length and its first and last 64 bytes: texts that
/// differ only in the middle share a bucket and are told apart by the comparison.
struct ExactText: Hashable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in
                guard let x = a.baseAddress, let y = b.baseAddress else { return true }   // both empty
                return x == y || memcmp(x, y, a.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            if raw.count <= 128 {
                hasher.combine(bytes: raw)
            } else {
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[..<64]))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[(raw.count - 64)...]))
            }
        }
    }
}
