import Foundation

extension IntentMatcher {
    /// The working arrays of one classification (features, model columns, logits, the word-vector mean, the
    /// window being read), kept between classifications so that reading a message allocates none of them.
    struct Scratch {
        var hashes: [UInt64] = []
        var weights: [Float] = []
        var columns: [Int32] = []
        var values: [Float] = []
        var logits: [Float] = []
        var sums: [SIMD8<Float>] = []
        var dense: [Float] = []
        var bytes: [UInt8] = []
        var window: [Double] = []
        var best: [Double] = []

        /// Whether the arrays are small enough to keep (a very long message's are let go).
        var isWorthKeeping: Bool { hashes.capacity <= 1 << 14 }
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
