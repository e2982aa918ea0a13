import ConciergeDomain
import Foundation

/// Static word vectors distilled from a sentence encoder (`scripts/make_word_vectors.py`):
/// words that mean alike ("refund", "reimbursement") point alike, so a message written with
/// words the catalog never uses still lands near the intent it means. Words are found by the
/// FNV-1a hash of their bytes (binary search in a sorted table); vectors have unit length.
struct WordVectors: Sendable {
    let dimensions: Int
    private let hashes: [UInt64]
    private let vectors: [Int8]
    /// Where the hashes with each value of their top `bucketBits` bits start in `hashes` (one
    /// more entry than buckets): a lookup searches a handful of hashes, not the whole table.
    private let bucketStarts: [Int32]
    private static let bucketBits = 12

    /// The table built into the binary, decoded once (on first use: a few milliseconds).
    static let builtIn: WordVectors? = Base64Text.decode(WordVectorTable.base64).flatMap(WordVectors.init(bytes:))

    /// Starts decoding `builtIn` on a thread of its own, so it overlaps the caller's work (the
    /// built-in model's decoding at start); its first user waits only for what is left.
    static func decodeInBackground() {
        let thread = Thread { _ = WordVectors.builtIn }
        thread.start()
    }

    /// Decodes the generated table: count and dimensions, sorted hashes, signed-byte vectors
    /// (all little-endian).
    init?(bytes: [UInt8]) {
        guard bytes.count >= 8 else { return nil }
        func uint32(at offset: Int) -> Int {
            (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        let count = uint32(at: 0), dimensions = uint32(at: 4)
        guard dimensions > 0, bytes.count == 8 + count * 8 + count * dimensions else { return nil }
        let hashes = bytes.withUnsafeBytes { raw in
            (0..<count).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + $0 * 8, as: UInt64.self)) }
        }
        guard zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        var starts = [Int32](repeating: Int32(count), count: (1 << Self.bucketBits) + 1)
        for (index, hash) in hashes.enumerated().reversed() {
            starts[Int(hash >> UInt64(64 - Self.bucketBits))] = Int32(index)
        }
        // Empty buckets start where the next non-empty one does.
        for bucket in stride(from: (1 << Self.bucketBits) - 1, through: 0, by: -1) {
            starts[bucket] = min(starts[bucket], starts[bucket + 1])
        }
        self.dimensions = dimensions
        self.hashes = hashes
        self.bucketStarts = starts
        let offset = 8 + count * 8
        self.vectors = [Int8](unsafeUninitializedCapacity: count * dimensions) { out, written in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset...]))
            }
            written = count * dimensions
        }
    }

    /// The hash the table is keyed by.
    static func key(_ word: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(bytes: word.utf8)
        return hash.value
    }

    /// The row of `word`, if the table has it.
    func row(of word: String) -> Int? {
        let key = Self.key(word)
        let bucket = Int(key >> UInt64(64 - Self.bucketBits))
        var low = Int(bucketStarts[bucket]), high = Int(bucketStarts[bucket + 1])
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == key ? low : nil
    }

    /// The mean of the vectors of the words the table knows, scaled to unit length (all zero
    /// when it knows none), added into `sum`.
    func meanVector(of words: [String], into sum: inout [Float]) {
        var found = 0
        let dimensions = self.dimensions
        sum.withUnsafeMutableBufferPointer { out in
            vectors.withUnsafeBufferPointer { table in
                for word in words {
                    guard let row = row(of: word) else { continue }
                    let base = row * dimensions
                    for d in 0..<dimensions { out[d] += Float(table[base + d]) }
                    found += 1
                }
            }
            guard found > 0 else { return }
            var norm: Float = 0
            for d in 0..<dimensions { norm += out[d] * out[d] }
            let inverse = 1 / max(norm.squareRoot(), 1e-6)
            for d in 0..<dimensions { out[d] *= inverse }
        }
    }
}
