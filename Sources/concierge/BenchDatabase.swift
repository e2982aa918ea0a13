import ConciergeKit
import Foundation

/// A scratch copy of a database for the store benchmark, with copies of the demo buyer to converse as.
struct BenchDatabase {
    static let turnLabels = ["/orders", "where is my order N", "cancel order N", "a reason", "yes", "/order N"]
    static var turnCount: Int { turnLabels.count }

    /// The fixed conversation, about the order awaiting shipment.
    static func lines(for order: OrderID) -> [String] {
        ["/orders", "where is my order \(order)", "cancel order \(order)", "I don't need it anymore", "yes", "/order \(order)"]
    }

    let path: String
    let store: OrderStore
    private var buyers: [(id: BuyerID, order: OrderID)]
    private var used = 0
    private let clock = ContinuousClock()

    /// Copies `source` to `scratch` and adds `count` copies of the demo buyer.
    init(source: String, scratch: String, buyers count: Int) throws {
        guard FileManager.default.fileExists(atPath: source) else { throw CommandFailure.noDatabase(path: source) }
        try OrderStore.open(path: source).copyDatabase(to: scratch)
        path = scratch
        store = try OrderStore.open(path: scratch)
        let store = store
        buyers = try store.addCopies(of: DemoData.buyerID, count: count).map { id in
            guard let order = try store.orders(buyerID: id).first(where: { $0.status == .awaitingShipment }) else {
                throw BenchFailure.noCancellableOrder(id.rawValue)
            }
            return (id, order.id)
        }
    }

    /// A demo-buyer copy that has not conversed yet.
    mutating func nextBuyer() throws -> (id: BuyerID, order: OrderID) {
        guard used < buyers.count else { throw CommandFailure.other("The benchmark ran out of prepared buyers.") }
        used += 1
        return buyers[used - 1]
    }

    /// Runs the platform-wide timer pass once.
    func timeTimerPass(at now: Date) throws -> (due: Int, changed: Int, seconds: Double) {
        let due = try store.dueTimerCount(at: now)
        var changed = 0
        let elapsed = try clock.measure { changed = try store.applyTimers(at: now).count }
        return (due, changed, Self.seconds(elapsed))
    }

    /// One conversation in a new chat process; the seconds each turn took at the pipe.
    mutating func converse(now: String, show: Bool) throws -> [Double] {
        let buyer = try nextBuyer()
        let chat = try ChatProcess(db: path, buyer: buyer.id.rawValue, now: now)
        defer { chat.finish() }
        return try Self.lines(for: buyer.order).map { line in
            let (reply, seconds) = try chat.say(line)
            if show { for text in ["> \(line)"] + reply.map({ "  " + $0 }) { Console.standardOutput.plain(text) } }
            return seconds
        }
    }

    /// One round: `chats` lanes at once, each running `perChat` conversations back to back, every conversation in
    /// its own chat process (all started beforehand, so start-up is not timed). Returns the seconds the lanes took
    /// together, where the CPU went meanwhile (`RoundFigures`), and with `sampleWrites` the latency of one-row
    /// writes made from this process meanwhile. Several conversations per lane keep the lanes busy for the whole
    /// round, so the figure is a sustained rate, not the wait for the slower of two short runs. `pasted` sends each
    /// conversation's lines at once instead of one after each reply. `pinned` keeps lane i and its chats on
    /// processor i.
    mutating func round(chats: Int, perChat: Int, now: String, sampleWrites: Bool, pasted: Bool = false, pinned: Bool = false) throws -> RoundFigures {
        let lanes = try (0..<chats).map { _ in try (0..<perChat).map { _ in try nextBuyer() } }
        let cpuBefore = Self.childrenCPUSeconds()
        let processes = try lanes.map { lane in try lane.map { try ChatProcess(db: path, buyer: $0.id.rawValue, now: now) } }
        processes.joined().forEach { $0.waitUntilIdle() }
        let processors = ProcessInfo.processInfo.activeProcessorCount
        if pinned { for (i, lane) in processes.enumerated() { lane.forEach { $0.pin(to: i % processors) } } }
        defer { processes.joined().forEach { $0.finish() } }
        let results = Results()
        let sampler = sampleWrites ? WriteSampler(store: store) : nil
        let scheduledBefore = processes.joined().map { $0.scheduled() }
        let (machineBefore, parentBefore) = (MachineCPU.now(), Self.ownCPUSeconds())
        let lastReplies = Results(count: chats * perChat)
        let elapsed = clock.measure {
            Lanes.run(chats) { i in
                if pinned { ChatProcess.pin(0, to: i % processors) }
                do {
                    for (k, (buyer, chat)) in zip(lanes[i], processes[i]).enumerated() {
                        if pasted {
                            try chat.sayAll(Self.lines(for: buyer.order))
                        } else {
                            for line in Self.lines(for: buyer.order) { _ = try chat.say(line) }
                        }
                        lastReplies.keep(chat.scheduled(), at: i * perChat + k)
                        // A chat ends when its process has exited: the exit is part of the lane's work, not left
                        // to run on an idle core while the next conversation starts (which flatters one chat alone).
                        chat.end()
                    }
                } catch {
                    results.fail(error)
                }
            }
        }
        var figures = RoundFigures(seconds: Self.seconds(elapsed), parentCPU: Self.ownCPUSeconds() - parentBefore,
                                   machine: MachineCPU.now() - machineBefore)
        // Foundation reaps a chat as soon as it exits, and its /proc entry goes with it: the waits are read at its
        // last reply (its exit's are not counted), its CPU from its whole life's minus what it had used before.
        for (before, last) in zip(scheduledBefore, lastReplies.values) { figures.chatWait += last.wait - before.wait }
        figures.writes = sampler?.stop() ?? []
        // Reaped before the CPU is read: the children's CPU counts only the processes that have been waited for.
        processes.joined().forEach { $0.finish() }
        if let error = results.error { throw error }
        figures.cpu = Self.childrenCPUSeconds() - cpuBefore
        figures.chatRun = figures.cpu - scheduledBefore.reduce(0) { $0 + $1.run }
        return figures
    }

    /// User and system CPU seconds of this process so far (all its threads).
    static func ownCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// User and system CPU seconds of the child processes that have ended.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The first error of concurrent conversations, and what each chat had been scheduled at its last reply.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (any Error)?
    private var scheduled: [(run: Double, wait: Double)]
    init(count: Int = 0) { scheduled = Array(repeating: (0, 0), count: count) }
    var error: (any Error)? { lock.withLock { first } }
    var values: [(run: Double, wait: Double)] { lock.withLock { scheduled } }
    func fail(_ error: any Error) { lock.withLock { if first == nil { first = error } } }
    func keep(_ value: (run: Double, wait: Double), at index: Int) { lock.withLock { scheduled[index] = value } }
}

/// Writes one event row every few milliseconds on its own thread and times each write.
private final class WriteSampler: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var times: [Double] = []
    private let done = DispatchSemaphore(value: 0)

    init(store: OrderStore) {
        Thread.detachNewThread { [self] in
            let clock = ContinuousClock()
            while !lock.withLock({ stopped }) {
                let elapsed = clock.measure {
                    _ = try? store.recordEvent(by: .agent("bench"), action: .benchWrite, buyerID: nil, detail: "", at: Date())
                }
                lock.withLock { times.append(BenchDatabase.seconds(elapsed)) }
                Thread.sleep(forTimeInterval: 0.005)
            }
            done.signal()
        }
    }

    /// Stops sampling and returns the write latencies in seconds.
    func stop() -> [Double] {
        lock.withLock { stopped = true }
        done.wait()
        return lock.withLock { times }
    }
}
