import Foundation

extension IntentMatcher {
    /// The working arrays of one classification (model columns and values, logits, the word-vector mean, a word's
    /// bytes, the windows' probabilities), kept between classifications so that reading a message allocates none of them.
    struct Scratch {
        var columns: [Int32] = []
        var values: [Float] = []
        var logits: [Float] = []
        var sums: [SIMD8<Float>] = []
        var dense: [Float] = []
        var bytes: [UInt8] = []
        var window: [Double] = []
        var best: [Double] = []

        /// Whether the arrays are small enough to keep (a very long message's are let go).
        var isWorthKeeping: Bool { columns.capacity <= 1 << 14 }

        /// Appends a feature's column and weight, when the model has a column for it (`column` >= 0).
        @inline(__always) mutating func append(column: Int32?, weight: Float) {
            if let column, column >= 0 {
                columns.append(column)
                values.append(weight)
            }
        }
    }

    /// Scratch arrays not in use, shared by every matcher and thread: a classification takes one and gives it back.
    final class ScratchPool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [Scratch] = []
        private static let kept = 8

        func take() -> Scratch {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? Scratch()
        }

        func giveBack(_ scratch: Scratch) {
            guard scratch.isWorthKeeping else { return }
            lock.lock()
            defer { lock.unlock() }
            if free.count < Self.kept { free.append(scratch) }
        }
    }

    static let scratchPool = ScratchPool()
}

extension IntentMatcher {
    /// A word's own features (its unigram, then its character n-grams), as this matcher's model columns (-1: a
    /// feature the model has no column for), kept for the words read lately: hashing a word's n-grams and looking
    /// them up in the feature table is most of reading a message, and buyers use the same words again and again.
    /// What a word's columns are depends on the word's bytes alone, so a kept entry reads exactly as a fresh one
    /// (the matcher keeps ASCII words only, whose equal strings are equal bytes).
    final class WordColumns: @unchecked Sendable {
        private let lock = NSLock()
        private var columns: [String: [Int32]] = [:]
        private static let capacity = 1 << 14

        /// `word`'s columns, when kept.
        func columns(of word: String) -> [Int32]? {
            lock.lock()
            defer { lock.unlock() }
            return columns[word]
        }

        /// Keeps `word`'s columns (forgetting every word kept when there are too many).
        func keep(_ wordColumns: [Int32], of word: String) {
            lock.lock()
            defer { lock.unlock() }
            if columns.count >= Self.capacity { columns.removeAll(keepingCapacity: true) }
            columns[word] = wordColumns
        }
    }
}
