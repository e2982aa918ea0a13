import Foundation

/// What one round of `bench store`'s concurrent conversations cost, summed over rounds of the same kind: the wall
/// time of the lanes, and where the CPU went meanwhile, so a throughput figure can be read next to what the
/// machine (other processes, the hypervisor) and the benchmark process itself took.
struct RoundFigures {
    /// Wall seconds the lanes took.
    var seconds = 0.0
    /// User and system CPU of the round's chat processes, their whole lives (start-up and model load included).
    var cpu = 0.0
    /// CPU the chat processes ran while the round was timed (the conversations and their exits).
    var chatRun = 0.0
    /// Time the chat processes were runnable but waited for a core while the round was timed.
    var chatWait = 0.0
    /// CPU of the benchmark process itself (reading the chats' replies) while the round was timed.
    var parentCPU = 0.0
    /// What every processor of the machine did meanwhile, whoever it ran for.
    var machine = MachineCPU()
    /// With write sampling: the latency of each one-row write, in seconds.
    var writes: [Double] = []

    static func + (a: RoundFigures, b: RoundFigures) -> RoundFigures {
        RoundFigures(seconds: a.seconds + b.seconds, cpu: a.cpu + b.cpu, chatRun: a.chatRun + b.chatRun,
                     chatWait: a.chatWait + b.chatWait, parentCPU: a.parentCPU + b.parentCPU,
                     machine: a.machine + b.machine, writes: a.writes + b.writes)
    }
}

/// The machine's processor time from /proc/stat (all processors, seconds): busy (user, nice, system, interrupts),
/// idle (with I/O wait), and stolen by the hypervisor. Zero where /proc/stat cannot be read.
struct MachineCPU {
    var busy = 0.0
    var idle = 0.0
    var steal = 0.0

    static func now() -> MachineCPU {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = text.split(separator: "\n").first, line.hasPrefix("cpu ") else { return MachineCPU() }
        let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard ticks.count >= 8 else { return MachineCPU() }
        let hertz = Double(sysconf(Int32(_SC_CLK_TCK)))
        // user nice system idle iowait irq softirq steal
        return MachineCPU(busy: (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6]) / hertz,
                          idle: (ticks[3] + ticks[4]) / hertz, steal: ticks[7] / hertz)
    }

    static func - (a: MachineCPU, b: MachineCPU) -> MachineCPU {
        MachineCPU(busy: a.busy - b.busy, idle: a.idle - b.idle, steal: a.steal - b.steal)
    }

    static func + (a: MachineCPU, b: MachineCPU) -> MachineCPU {
        MachineCPU(busy: a.busy + b.busy, idle: a.idle + b.idle, steal: a.steal + b.steal)
    }
}

/// The machine's own ceiling for running two things at once: the same pure CPU loop (no memory traffic, no
/// system calls) on one thread, then on as many threads at once; `scaling` is how much more work the threads
/// did per second than the one. Timed in the same rounds as the chats, so both meet the same load.
struct CPULoopCeiling {
    private(set) var oneSeconds = 0.0
    private(set) var manySeconds = 0.0
    private let threads: Int
    private let clock = ContinuousClock()
    /// Steps of the loop: a few milliseconds, about one conversation.
    private static let steps = 4_000_000

    init(threads: Int) { self.threads = threads }

    var scaling: Double { manySeconds > 0 ? Double(threads) * oneSeconds / manySeconds : 0 }

    mutating func measure() {
        oneSeconds += BenchDatabase.seconds(clock.measure { Self.keep(Self.spin(Self.steps)) })
        let threads = threads
        manySeconds += BenchDatabase.seconds(clock.measure {
            Lanes.run(threads) { _ in Self.keep(Self.spin(Self.steps)) }
        })
    }

    /// A xorshift generator stepped `steps` times: registers only.
    private static func spin(_ steps: Int) -> UInt64 {
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<steps {
            x ^= x << 13
            x ^= x >> 7
            x ^= x << 17
        }
        return x
    }

    /// Keeps the loop's result observable, so the optimiser cannot drop the loop.
    private static func keep(_ value: UInt64) {
        if value == 42 { FileHandle.standardError.write(Data()) }
    }
}

/// Runs `count` bodies at once, each on a thread of its own, and returns when all have ended. Not
/// `DispatchQueue.concurrentPerform`: it may run several iterations one after the other on the calling thread when
/// no worker thread is ready at once, which turns a short "at once" into "one after the other".
enum Lanes {
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let done = DispatchGroup()
        let threads = (0..<count).map { i in
            done.enter()
            return Thread { body(i); done.leave() }
        }
        threads.forEach { $0.start() }
        done.wait()
    }
}
