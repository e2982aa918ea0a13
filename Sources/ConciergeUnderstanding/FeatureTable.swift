import ConciergeDomain
/// An open-addressing map from 64-bit feature hashes to dense column indices: faster and
/// smaller than `Dictionary` on the per-message path, and trivially serialisable.
struct FeatureTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(minimumCapacity: Int = 1024) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// Rebuilds a table from its serialised slots.
    init?(keys: [UInt64], values: [Int32]) {
        guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0 else { return nil }
        self.keys = keys
        self.values = values
        self.mask = keys.count - 1
        self.count = values.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
    }

    /// The keys in column order: inserting them in this order rebuilds the same table.
    var keysByColumn: [UInt64] {
        var result = [UInt64](repeating: 0, count: count)
        for (key, value) in zip(keys, values) where value >= 0 { result[Int(value)] = key }
        return result
    }

    @inline(__always) func index(of key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    /// The index of `key`, inserting it with the next free index when absent.
    mutating func insert(_ key: UInt64) -> Int32 {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = Int32(count)
        count += 1
        return values[slot]
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
