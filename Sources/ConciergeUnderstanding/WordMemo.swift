import Foundation

/// Values worked out once per word and kept, found by the word's bytes: a stable hash of the bytes and a byte
/// comparison cost a fraction of `Dictionary`'s `Hasher` and canonical string comparison, on a path that looks up
/// every word of every line. Byte-equal words share an entry, so a kept value is the one the word itself would make.
/// Safe to share between threads; forgotten all at once when `capacity` words are kept.
final class WordMemo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    /// A word's key (`StableHash` of its bytes) to its entry.
    private var table: FeatureTable
    /// The bytes of every entry's word, one after the other; entry `i`'s are `bytes[ends[i - 1]..<ends[i]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var values: [Value] = []

    init(capacity: Int) {
        self.capacity = capacity
        table = FeatureTable(minimumCapacity: Self.startingCapacity)
    }

    /// The table starts small and grows with the words kept: a table no larger than its words stays in the cache.
    private static var startingCapacity: Int { 256 }

    /// The value of each of `words`, in order, made by `make` (outside the lock) for a word not kept.
    func values<Words: Collection<String>>(of words: Words, _ make: (String) -> Value) -> [Value] {
        var result: [Value] = []
        result.reserveCapacity(words.count)
        lock.lock()
        for word in words {
            let (key, value) = Self.withBytes(of: word) { kept($0) }
            if let value {
                result.append(value)
                continue
            }
            lock.unlock()
            let made = make(word)
            lock.lock()
            keep(made, of: word, key: key)
            result.append(made)
        }
        lock.unlock()
        return result
    }

    /// The key of `word` (given as bytes) and its value when kept.
    private func kept(_ word: UnsafeBufferPointer<UInt8>) -> (UInt64, Value?) {
        var hash = StableHash()
        for byte in word { hash.combine(byte) }
        let key = hash.finalized
        guard let entry = table.index(of: key).map(Int.init) else { return (key, nil) }
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == word.count else { return (key, nil) }
        let same = bytes.withUnsafeBufferPointer { stored in
            var i = 0
            while i < word.count, stored[start + i] == word[i] { i += 1 }
            return i == word.count
        }
        return (key, same ? values[entry] : nil)
    }

    private func keep(_ value: Value, of word: String, key: UInt64) {
        if table.count >= capacity {
            table = FeatureTable(minimumCapacity: Self.startingCapacity)
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
        }
        // An entry already there is the same word (kept by another thread meanwhile) or, rarely, another word
        // with the same key: that word keeps the entry, and this one is made again when asked.
        guard Int(table.insert(key)) == values.count else { return }
        bytes.append(contentsOf: word.utf8)
        ends.append(bytes.count)
        values.append(value)
    }

    private static func withBytes<R>(of word: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = word.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = word
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body) ?? Array(word.utf8).withUnsafeBufferPointer(body)
    }
}
