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

/// The value made for the last key asked, kept while the same key comes back: a buyer's orders stay the same turn
/// after turn, and comparing them with the last ones (titles share their storage, so each compares at once) costs
/// less than hashing every title for a `SharedMemo`. `same` compares what the value is made from. Safe to share
/// between threads; a new key replaces the old one.
package final class LastValue<Key: Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (key: Key, value: Value)?
    private let same: @Sendable (Key, Key) -> Bool

    package init(same: @escaping @Sendable (Key, Key) -> Bool) { self.same = same }

    /// The value kept for `key` if it was the last asked, else made by `make` (outside the lock) and kept.
    package func value(for key: Key, _ make: (Key) -> Value) -> Value {
        if let last = lock.withLock({ last }), same(last.key, key) { return last.value }
        let value = make(key)
        lock.withLock { last = (key, value) }
        return value
    }
}
