import Foundation
import ConciergeDomain

/// Static word vectors distilled from a sentence encoder (`scripts/make_word_vectors.py`):
/// words that mean alike ("refund", "reimbursement") point alike, so a message written with
/// words the catalog never uses still lands near the intent it means. Words are found by the
/// FNV-1a hash of their bytes (binary search in a sorted table); vectors have unit length.
struct WordVectors: Sendable {
    let dimensions: Int
    private let hashes: [UInt64]
    private let vectors: [Int8]

    /// The table built into the binary, decoded once.
    static let builtIn: WordVectors? = {
        guard let data = Data(base64Encoded: WordVectorTable.base64, options: .ignoreUnknownCharacters) else { return nil }
        return WordVectors(bytes: [UInt8](data))
    }()

    /// Decodes the generated table: count and dimensions, sorted hashes, signed-byte vectors.
    init?(bytes: [UInt8]) {
        guard bytes.count >= 8 else { return nil }
        func uint32(at offset: Int) -> Int {
            (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        let count = uint32(at: 0), dimensions = uint32(at: 4)
        guard dimensions > 0, bytes.count == 8 + count * 8 + count * dimensions else { return nil }
        var hashes = [UInt64](repeating: 0, count: count)
        for i in 0..<count {
            var value: UInt64 = 0
            for b in 0..<8 { value |= UInt64(bytes[8 + i * 8 + b]) << (8 * UInt64(b)) }
            hashes[i] = value
        }
        self.dimensions = dimensions
        self.hashes = hashes
        self.vectors = bytes[(8 + count * 8)...].map { Int8(bitPattern: $0) }
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
        var low = 0, high = hashes.count
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
        for word in words {
            guard let row = row(of: word) else { continue }
            let base = row * dimensions
            for d in 0..<dimensions { sum[d] += Float(vectors[base + d]) }
            found += 1
        }
        guard found > 0 else { return }
        var norm: Float = 0
        for d in 0..<dimensions { norm += sum[d] * sum[d] }
        let inverse = 1 / max(norm.squareRoot(), 1e-6)
        for d in 0..<dimensions { sum[d] *= inverse }
    }
}
