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
