import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A replay of many transcripts: which files are selected (by name and tag), and running them on every core.
public struct TranscriptRun: Sendable {
    /// A transcript file: its name in reports, and where it is.
    public typealias File = (name: String, url: URL)

    public var understander: Understander
    /// How many transcripts run at once (default: the machine's active cores).
    public var workers: Int

    public init(understander: Understander, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.understander = understander
        self.workers = max(1, workers)
    }

    /// The files whose name contains `filter` (when given) and whose header has one of `tags` (when any).
    /// A file whose header can't be read is kept: a selection must not hide a broken transcript.
    public static func select(_ files: [File], filter: String?, tags: [String]) -> [File] {
        files.filter { file in
            if let filter, !file.name.contains(filter) { return false }
            guard !tags.isEmpty else { return true }
            guard let transcript = try? TranscriptParser().parse(contentsOf: file.url, name: file.name) else { return true }
            return !Set(transcript.header.tags).isDisjoint(with: tags)
        }
    }

    /// Replays every file, `workers` at a time, each worker with its own replayer (stores and fixtures are
    /// per transcript; the understander is shared read-only). Results come back in the order of `files`.
    public func replay(_ files: [File]) -> [TranscriptResult] {
        let results = ResultSlots(count: files.count)
        let understander = understander
        DispatchQueue.concurrentPerform(iterations: min(workers, max(files.count, 1))) { _ in
            let replayer = TranscriptReplayer(understander: understander)
            while let index = results.claim() {
                results.store(replayer.replay(fileAt: files[index].url, name: files[index].name), at: index)
            }
        }
        return results.all
    }
}

/// Hands out indices to workers and collects their results; a lock guards both.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [TranscriptResult?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ result: TranscriptResult, at index: Int) { lock.withLock { slots[index] = result } }

    var all: [TranscriptResult] { lock.withLock { slots.compactMap { $0 } } }
}
