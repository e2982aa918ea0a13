import Foundation

/// A `concierge chat` child process in piped mode, timed at the pipe: a line is written to its stdin and the
/// reply is complete when the empty line that ends every piped reply arrives on its stdout.
final class ChatProcess: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var buffer: [UInt8] = []
    private var inputClosed = false
    private let clock = ContinuousClock()

    /// The running executable, to start chats of the same build.
    static var executable: URL {
        let link = URL(fileURLWithPath: "/proc/self/exe")
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link.path) { return URL(fileURLWithPath: target) }
        return URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// Starts a chat on `db` as `buyer` and waits until its opening line (on stderr) says the session is open.
    init(db: String, buyer: String, now: String?) throws {
        process.executableURL = Self.executable
        process.arguments = ["chat", "--db", db, "--buyer", buyer] + (now.map { ["--now", $0] } ?? [])
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var banner: [UInt8] = []
        while !banner.contains(10) {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { throw BenchFailure.chatEnded(String(decoding: banner, as: UTF8.self)) }
            banner += chunk
        }
        guard String(decoding: banner, as: UTF8.self).hasPrefix("Concierge") else {
            throw BenchFailure.chatEnded(String(decoding: banner, as: UTF8.self))
        }
    }

    /// Keeps the chat on one processor (`sched_setaffinity`), for figures that leave out where the scheduler
    /// places newly woken processes.
    func pin(to processor: Int) { Self.pin(process.processIdentifier, to: processor) }

    /// Keeps a process (0: the calling thread) on one processor (of the first 64). glibc declares
    /// `sched_setaffinity` only for GNU sources, which Swift's Glibc module is not, so it is looked up by name.
    static func pin(_ pid: Int32, to processor: Int) {
        typealias SetAffinity = @convention(c) (Int32, Int, UnsafeRawPointer) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_setaffinity") else { return }
        var mask = [UInt64](repeating: 0, count: 16)  // glibc's cpu_set_t: 1,024 bits
        mask[0] = UInt64(1) << UInt64(processor % 64)
        _ = mask.withUnsafeBytes { unsafeBitCast(symbol, to: SetAffinity.self)(pid, $0.count, $0.baseAddress!) }
    }

    /// Waits until the chat uses no more CPU: it has shown its prompt before the intent model finished loading on
    /// another thread, and a benchmark that times conversations must not count that start-up work as theirs.
    func waitUntilIdle() {
        var last = -1, unchanged = 0
        while unchanged < 3 {
            let now = Self.cpuTicks(of: process.processIdentifier)
            unchanged = now == last ? unchanged + 1 : 0
            last = now
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    /// CPU time this chat has used so far (all its threads, from the kernel's per-process CPU clock) and the time its
    /// main thread, which answers the turns, has waited runnable for a core (/proc/PID/schedstat), in seconds.
    /// Zero once the process has been reaped.
    func scheduled() -> (run: Double, wait: Double) {
        let pid = process.processIdentifier
        var run = 0.0, wait = 0.0
        var clockID = clockid_t()
        var time = timespec()
        if clock_getcpuclockid(pid, &clockID) == 0, clock_gettime(clockID, &time) == 0 {
            run = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        // Read with a plain open and read: this runs in the timed lanes, once per conversation.
        let file = open("/proc/\(pid)/schedstat", O_RDONLY)
        if file >= 0 {
            defer { close(file) }
            var text = [UInt8](repeating: 0, count: 96)
            let count = read(file, &text, text.count)
            let fields = text.prefix(max(count, 0)).split(separator: 32)
            if fields.count >= 2, let nanoseconds = Double(String(decoding: fields[1], as: UTF8.self)) { wait = nanoseconds / 1e9 }
        }
        return (run, wait)
    }

    /// User plus system CPU ticks of a process so far (/proc/PID/stat fields 14 and 15), or -1 when unreadable.
    static func cpuTicks(of pid: Int32) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return -1 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, utime 14 and stime 15.
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return -1 }
        return user + system
    }

    /// Sends one line and returns the reply's lines and the seconds from writing the line to the reply's end.
    /// The pipes are written and read with plain system calls into one buffer: this process reads every chat's
    /// replies on the same cores the chats run on, so its own cost per turn is kept to a read and a scan.
    func say(_ line: String) throws -> (reply: [String], seconds: Double) {
        let start = clock.now
        try send(Array(line.utf8) + [10])
        var lines: [String] = []
        while true {
            let next = try readLine()
            if next.isEmpty { break }
            lines.append(next)
        }
        let elapsed = clock.now - start
        return (lines, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Sends all `lines` at once, as a buyer pasting them would, and reads their replies: the chat answers them one
    /// after another without waiting for this process between turns.
    func sayAll(_ lines: [String]) throws {
        try send(Array(lines.map { $0 + "\n" }.joined().utf8))
        var replies = 0
        while replies < lines.count {
            if try readLine().isEmpty { replies += 1 }
        }
    }

    /// Writes `bytes` to the chat's input with plain system calls.
    private func send(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(input.fileHandleForWriting.fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw BenchFailure.chatEnded("(its input closed)") }
                offset += written
            }
        }
    }

    /// Closes its input, which ends the chat; it exits on its own.
    func endInput() {
        guard !inputClosed else { return }
        inputClosed = true
        try? input.fileHandleForWriting.close()
    }

    /// Closes its input and waits until its output closes, which the process's exit does. (Foundation's
    /// `waitUntilExit` polls every 50 ms on Linux, longer than a whole conversation; `finish` still reaps it.)
    func end() {
        endInput()
        while (try? fill()) == true { buffer.removeAll(keepingCapacity: true) }
    }

    /// Closes its input and waits for it to exit.
    func finish() {
        endInput()
        process.waitUntilExit()
    }

    private func readLine() throws -> String {
        while true {
            if let end = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(...end)
                return line
            }
            guard try fill() else { throw BenchFailure.chatEnded(String(decoding: buffer, as: UTF8.self)) }
        }
    }

    /// Appends what the chat has written so far (waiting for something) to `buffer`; false at the end of its output.
    private func fill() throws -> Bool {
        let descriptor = output.fileHandleForReading.fileDescriptor
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { chunk in
            while true {
                let count = read(descriptor, chunk.baseAddress!, chunk.count)
                if count < 0, errno == EINTR { continue }
                if count < 0 { throw BenchFailure.chatEnded(String(cString: strerror(errno))) }
                buffer.append(contentsOf: chunk[..<count])
                return count > 0
            }
        }
    }
}

/// Why the store benchmark stopped.
enum BenchFailure: Error, CustomStringConvertible {
    case chatEnded(String)
    case noCancellableOrder(String)

    var description: String {
        switch self {
        case .chatEnded(let text): "A chat process ended before replying: \(text.prefix(300))"
        case .noCancellableOrder(let buyer): "The buyer \(buyer) has no order awaiting shipment to run the conversation on."
        }
    }
}
