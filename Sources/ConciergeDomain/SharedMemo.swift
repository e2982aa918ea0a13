import Foundation

/// Values worked out once per key and kept, safe to share between threads (replays run on every core);
/// forgotten all at once when `capacity` keys are kept, so a long-running process stays small.
package final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [Key: Value] = [:]
    private let capacity: Int

    package init(capacity: Int) { self.capacity = capacity }

    /// The value kept for `key`, or nil.
    package func value(for key: Key) -> Value? { lock.withLock { known[key] } }

    /// Keeps `value` for `key`.
    package func keep(_ value: Value, for key: Key) {
        lock.withLock {
            if known.count >= capacity { known.removeAll(keepingCapacity: true) }
            known[key] = value
        }
    }

    /// The value kept for `key`, made by `make` (outside the lock) the first time.
    package func value(for key: Key, _ make: (Key) -> Value) -> Value {
        if let value = value(for: key) { return value }
        let value = make(key)
        keep(value, for: key)
        return value
    }
}
