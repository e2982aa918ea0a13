import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge bench store --db PATH`: the store under a buyer's conversation, measured at the pipe of real
/// chat processes, on a scratch copy of the database (the original is never changed).
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Measure the store: per-turn latency of a buyer's conversation, the timer pass, concurrent chats and writes.",
        discussion: """
            Works on a scratch copy of --db (and of --compare), to which it adds copies of the demo buyer \
            \(DemoData.buyerID) so the same conversation (/orders, where is my order N, cancel order N, a reason, \
            yes, /order N) can run many times. Use a release build.
            """)

    @Option(name: .long, help: ArgumentHelp("The database to measure (it is copied first).", valueName: "path"))
    var db: String

    @Option(name: .long, help: ArgumentHelp("A second database (e.g. the 31-order demo) measured in the same run, conversation by conversation in turn.", valueName: "path"))
    var compare: String?

    @Option(help: "Conversations per database for the per-turn latency.")
    var conversations = 20

    @Option(help: "Chat processes running at once for the throughput and write-latency figures.")
    var chats = 2

    @Option(help: "Rounds of concurrent conversations.")
    var rounds = 10

    @Option(help: "Conversations each chat runs back to back in a round (each in its own chat process, started beforehand).")
    var perChat = 8

    @Flag(help: "Also time the throughput rounds with each chat (and the thread driving it) kept on a processor of its own.")
    var pin = false

    @Flag(help: "Only copy the database and time the platform-wide timer pass (for a whole-process memory figure).")
    var timerPassOnly = false

    @OptionGroup var clock: ClockOptions

    func run() throws {
        try reportingFailures {
            let now = try clock.clock().now
            let nowText = clock.now ?? DateText.iso8601(now)
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("concierge-bench-\(ProcessInfo.processInfo.processIdentifier)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let copies = conversations + 2 + (3 * chats + 2 + (pin ? 1 + chats : 0)) * rounds * perChat  // replies awaited (1 + chats), pasted (1 + chats), writes sampled (chats), pinned (1 + chats)
            var main = try BenchDatabase(source: db, scratch: scratch.appendingPathComponent("a.sqlite").path, buyers: copies)
            let timerPass = try main.timeTimerPass(at: now)
            Console.standardOutput.plain(String(format: "timer pass: %d orders due, %d changed, %.3f s", timerPass.due, timerPass.changed, timerPass.seconds))
            if timerPassOnly { return }
            var other = try compare.map { try BenchDatabase(source: $0, scratch: scratch.appendingPathComponent("b.sqlite").path, buyers: conversations) }
            try perTurn(&main, &other, now: nowText)
            try statementsPerTurn(&main, now: now)
            try concurrency(&main, now: nowText)
            Console.standardOutput.plain(String(format: "durable commit floor: fsync after a 4 KB write next to the database: p50 %.2f ms",
                                                try Self.fsyncMilliseconds(in: scratch)))
        }
    }

    /// Per-turn latency at the pipe, conversations on the two databases in turn.
    private func perTurn(_ main: inout BenchDatabase, _ other: inout BenchDatabase?, now: String) throws {
        var mainTimes: [[Double]] = Array(repeating: [], count: BenchDatabase.turnCount)
        var otherTimes = mainTimes
        for k in 0..<conversations {
            let times = try main.converse(now: now, show: k == 0)
            for (turn, time) in times.enumerated() { mainTimes[turn].append(time) }
            if var db = other {
                for (turn, time) in try db.converse(now: now, show: false).enumerated() { otherTimes[turn].append(time) }
                other = db
            }
        }
        Console.standardOutput.plain("per-turn latency at the pipe, \(conversations) conversations (ms: p50 / p99)\(other == nil ? "" : "   vs --compare, ratio of p50s"):")
        for (turn, label) in BenchDatabase.turnLabels.enumerated() {
            var line = "  " + label.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: " %7.2f / %7.2f", Stats.percentile(mainTimes[turn], 0.5) * 1000,
                              Stats.percentile(mainTimes[turn], 0.99) * 1000)
            if other != nil {
                line += String(format: "   %7.2f / %7.2f   %.2fx", Stats.percentile(otherTimes[turn], 0.5) * 1000,
                               Stats.percentile(otherTimes[turn], 0.99) * 1000,
                               Stats.percentile(mainTimes[turn], 0.5) / Stats.percentile(otherTimes[turn], 0.5))
            }
            Console.standardOutput.plain(line)
        }
        let all = mainTimes.flatMap { $0 }
        Console.standardOutput.plain(String(format: "  whole conversation: p50 %.2f ms, p99 %.2f ms per turn", Stats.percentile(all, 0.5) * 1000,
                                            Stats.percentile(all, 0.99) * 1000))
    }

    /// Statements SQLite compiled per turn, in this process, on a warm session (after one conversation).
    private func statementsPerTurn(_ main: inout BenchDatabase, now: Date) throws {
        let store = try OrderStore.open(path: main.path, countingStatements: true)
        let understander = try Understander.load()
        var counts: [(String, Int, Int)] = []
        for pass in 0..<2 {
            let buyer = try main.nextBuyer()
            let session = try Session(store: store, buyerID: buyer.id, understander: understander, clock: .fixed(now))
            for (label, line) in zip(BenchDatabase.turnLabels, BenchDatabase.lines(for: buyer.order)) {
                let (queries, control) = (store.statementsPrepared, store.transactionStatementsPrepared)
                _ = session.respond(to: line)
                if pass == 1 { counts.append((label, store.statementsPrepared - queries, store.transactionStatementsPrepared - control)) }
            }
        }
        Console.standardOutput.plain("statements prepared per turn, second conversation in one process (queries + transaction control):")
        for (label, queries, control) in counts {
            Console.standardOutput.plain("  \(label.padding(toLength: 24, withPad: " ", startingAt: 0)) \(queries) + \(control)")
        }
    }

    /// Conversations per second with 1 and `chats` chat processes, and one-row write latency meanwhile.
    /// Rounds of one chat and of `chats` chats alternate, so a change in the machine's load meets both alike, and a
    /// pure CPU loop is timed on one and on `chats` threads between them: the machine's own ceiling in the same run.
    /// The writes are sampled in rounds of their own, so the sampling thread takes no CPU from the throughput rounds.
    private func concurrency(_ main: inout BenchDatabase, now: String) throws {
        var one = RoundFigures(), many = RoundFigures(), onePasted = RoundFigures(), manyPasted = RoundFigures()
        var ceiling = CPULoopCeiling(threads: chats)
        for _ in 0..<rounds {
            one = one + (try main.round(chats: 1, perChat: perChat, now: now, sampleWrites: false))
            ceiling.measure()
            many = many + (try main.round(chats: chats, perChat: perChat, now: now, sampleWrites: false))
            ceiling.measure()
            onePasted = onePasted + (try main.round(chats: 1, perChat: perChat, now: now, sampleWrites: false, pasted: true))
            manyPasted = manyPasted + (try main.round(chats: chats, perChat: perChat, now: now, sampleWrites: false, pasted: true))
        }
        var onePinned = RoundFigures(), manyPinned = RoundFigures()
        for _ in 0..<(pin ? rounds : 0) {
            onePinned = onePinned + (try main.round(chats: 1, perChat: perChat, now: now, sampleWrites: false, pinned: true))
            manyPinned = manyPinned + (try main.round(chats: chats, perChat: perChat, now: now, sampleWrites: false, pinned: true))
        }
        var writes: [Double] = []
        for _ in 0..<rounds { writes += try main.round(chats: chats, perChat: perChat, now: now, sampleWrites: true).writes }
        let conversations = Double(rounds * perChat)
        let (onePerSecond, manyPerSecond) = (conversations / one.seconds, conversations * Double(chats) / many.seconds)
        Console.standardOutput.plain(String(format: "throughput, %d conversations back to back per chat and round: 1 chat %.2f conversations/s, %d chats %.2f conversations/s (%.2fx); a pure CPU loop on %d threads in the same run: %.2fx",
                                            perChat, onePerSecond, chats, manyPerSecond, manyPerSecond / onePerSecond, chats, ceiling.scaling))
        for (label, figures, count) in [("1 chat", one, conversations), ("\(chats) chats", many, conversations * Double(chats))] {
            let machine = figures.machine
            Console.standardOutput.plain(String(format: "  %@: per conversation, ms: chat CPU %.2f (whole process %.1f), chat waiting for a core in its turns %.2f, bench process CPU %.2f; machine busy %.2f of %d cores (steal %.2f)",
                                                label, figures.chatRun / count * 1000, figures.cpu / count * 1000, figures.chatWait / count * 1000,
                                                figures.parentCPU / count * 1000, machine.busy / figures.seconds, ProcessInfo.processInfo.activeProcessorCount,
                                                machine.steal / figures.seconds))
        }
        let (onePastedPerSecond, manyPastedPerSecond) = (conversations / onePasted.seconds, conversations * Double(chats) / manyPasted.seconds)
        Console.standardOutput.plain(String(format: "  each conversation's lines sent at once (no round trip to this process between turns): 1 chat %.2f conversations/s, %d chats %.2f conversations/s (%.2fx); machine busy %.2f and %.2f of %d cores",
                                            onePastedPerSecond, chats, manyPastedPerSecond, manyPastedPerSecond / onePastedPerSecond,
                                            onePasted.machine.busy / onePasted.seconds, manyPasted.machine.busy / manyPasted.seconds,
                                            ProcessInfo.processInfo.activeProcessorCount))
        if pin {
            let (onePinnedPerSecond, manyPinnedPerSecond) = (conversations / onePinned.seconds, conversations * Double(chats) / manyPinned.seconds)
            Console.standardOutput.plain(String(format: "  replies awaited, each chat kept on a processor of its own: 1 chat %.2f conversations/s, %d chats %.2f conversations/s (%.2fx); chat waiting for a core %.2f and %.2f ms per conversation",
                                                onePinnedPerSecond, chats, manyPinnedPerSecond, manyPinnedPerSecond / onePinnedPerSecond,
                                                onePinned.chatWait / conversations * 1000, manyPinned.chatWait / (conversations * Double(chats)) * 1000))
        }
        Console.standardOutput.plain("  load average " + Self.loadAverage())
        Console.standardOutput.plain(String(format: "one-row write from a third process during %d chats: %d writes, p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                                            chats, writes.count, Stats.percentile(writes, 0.5) * 1000,
                                            Stats.percentile(writes, 0.99) * 1000, (writes.max() ?? 0) * 1000))
    }

    /// The machine's 1-minute load average (runnable processes), which says how much CPU the chats could get.
    static func loadAverage() -> String {
        var loads = [0.0, 0.0, 0.0]
        return getloadavg(&loads, 3) == 3 ? String(format: "%.1f", loads[0]) : "unknown"
    }
}

extension BenchStoreCommand {
    /// The median time to write 4 KB to a file and fsync it, in the scratch folder: what a durable commit costs at least.
    static func fsyncMilliseconds(in folder: URL) throws -> Double {
        let file = folder.appendingPathComponent("fsync-probe")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let clock = ContinuousClock()
        let times = try (0..<50).map { _ in
            BenchDatabase.seconds(try clock.measure {
                try handle.write(contentsOf: Data(repeating: 7, count: 4096))
                try handle.synchronize()
            })
        }
        return Stats.percentile(times, 0.5) * 1000
    }
}

/// Percentiles of timings.
enum Stats {
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}
