import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge bench dialogue`: understanding plus dialogue per turn, without the store — the buyer lines of
/// the transcripts replayed as conversations against the demo buyer's orders (use a release build).
struct BenchDialogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialogue",
        abstract: "Time understanding + command generation + flow stack per turn, without the store.")

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Passes over the conversations.")
    var passes: Int = 20

    @Option(help: "Also list this many turns with the highest median time, with their lines (the tail's causes).")
    var slowest: Int = 0

    @Option(help: ArgumentHelp("Then run each of the slowest turns this many times more, on a copy of its conversation's state, "
                               + "so that a profiler sees mostly them (with --slowest).", valueName: "times"))
    var repeatSlowest: Int = 0

    @Argument(help: "Transcript files or folders whose buyer lines make the conversations (default: transcripts/).")
    var paths: [String] = []

    func run() throws {
        let understander = try catalog.understander()
        let fixture = try DemoData.fixture()
        let orders = fixture.orders.filter { $0.buyerID == DemoData.buyerID }
        let context = FlowContext(orders: orders.filter(\.isVisible), deletedOrders: orders.filter { $0.deletion == .deleted },
                                  sellers: Dictionary(uniqueKeysWithValues: fixture.sellers.map { ($0.id, $0) }), now: fixture.now ?? Date())
        let conversations = try TranscriptFiles.find(paths.isEmpty ? ["transcripts"] : paths).compactMap { file in
            try? TranscriptParser().parse(contentsOf: file.url, name: file.name).turns.map(\.text)
        }.filter { !$0.isEmpty }
        let turns = conversations.reduce(0) { $0 + $1.count }
        guard turns > 0 else { throw ValidationError("No buyer lines found in \(paths.isEmpty ? ["transcripts"] : paths).") }
        let clock = ContinuousClock()
        var latencies: [Double] = []
        var cpuTimes: [Double] = []
        latencies.reserveCapacity(turns * passes)
        cpuTimes.reserveCapacity(turns * passes)
        var commands = 0
        var byTurn = Array(repeating: [Double](), count: turns)   // each turn's times, in conversation order
        for pass in 0..<(max(1, passes) + 1) {
            var turn = 0
            for lines in conversations {
                var stack = FlowStack()
                for line in lines {
                    defer { turn += 1 }
                    let start = clock.now
                    let cpuStart = Self.threadCPUMicroseconds()
                    let generated = Self.turn(line, stack: &stack, understander: understander, context: context)
                    let cpu = Self.threadCPUMicroseconds() - cpuStart
                    let elapsed = clock.now - start
                    if pass > 0 {   // the first pass warms up
                        let micros = Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6
                        latencies.append(micros)
                        cpuTimes.append(cpu)
                        byTurn[turn].append(micros)
                        commands += generated
                    }
                }
            }
        }
        print("understanding + dialogue, no store: \(conversations.count) conversations, \(turns) turns x \(passes) passes, \(commands) commands")
        print(Self.summary("per turn  ", latencies))
        // The thread's own CPU time leaves out the time other processes held the core: on a shared machine the
        // wall-clock tail is mostly theirs.
        print(Self.summary("thread CPU", cpuTimes))
        if slowest > 0 { printSlowest(byTurn, lines: conversations.flatMap { $0 }) }
        if slowest > 0, repeatSlowest > 0 {
            let medians = byTurn.map { times in times.sorted()[times.count / 2] }
            let focus = Set(medians.indices.sorted { medians[$0] > medians[$1] }.prefix(slowest))
            var turn = 0
            for lines in conversations {
                var stack = FlowStack()
                for line in lines {
                    defer { turn += 1 }
                    if focus.contains(turn) {
                        for _ in 0..<repeatSlowest {
                            var copy = stack
                            _ = Self.turn(line, stack: &copy, understander: understander, context: context)
                        }
                    }
                    _ = Self.turn(line, stack: &stack, understander: understander, context: context)
                }
            }
        }
    }

    private static func summary(_ label: String, _ values: [Double]) -> String {
        let sorted = values.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        return String(format: "  %@  p50 %7.2f µs   p90 %7.2f µs   p99 %7.2f µs   max %8.2f µs",
                      label, percentile(0.5), percentile(0.9), percentile(0.99), sorted.last ?? 0)
    }

    /// The CPU time this thread has used, in microseconds.
    private static func threadCPUMicroseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
    }

    /// The turns with the highest median time over the passes, slowest first, each with its line (cut at 100 characters).
    private func printSlowest(_ byTurn: [[Double]], lines: [String]) {
        let medians = byTurn.map { times in times.sorted()[times.count / 2] }
        print("  slowest turns (median over the passes):")
        for index in medians.indices.sorted(by: { medians[$0] > medians[$1] }).prefix(slowest) {
            let line = lines[index]
            let shown = line.count > 100 ? String(line.prefix(100)) + "… (\(line.utf8.count) bytes)" : line
            print(String(format: "  %9.2f µs  ", medians[index]) + shown)
        }
    }

    /// One turn as the session runs it, minus the store: understand the line and its clauses, generate the
    /// commands, apply them; a store change is taken as done.
    private static func turn(_ rawLine: String, stack: inout FlowStack, understander: Understander, context: FlowContext) -> Int {
        let line = Session.tidy(rawLine)
        guard !line.isEmpty, !line.hasPrefix("/") else { return 0 }
        let reader = LineReader(understander: understander, orders: context.orders + context.deletedOrders,
                                sellerNames: context.sellers.values.map(\.name))
        let whole = reader.understand(line)
        let clauses = reader.clauses(of: line, whole)
        var generatorContext = stack.conversationContext()
        generatorContext.orders = context.orders + context.deletedOrders
        generatorContext.sellers = context.sellers
        generatorContext.now = context.now
        let generated = CommandGenerator(context: generatorContext).commands(for: whole, clauses: clauses)
        let texts = StackTexts(answer: { _, _, _ in [] }, outOfScope: { _ in [] }, help: [], nothingPending: [])
        var effects = stack.apply(generated.commands, context, texts: texts)
        while let index = effects.firstIndex(where: { if case .perform = $0 { true } else { false } }) {
            guard case .perform(let command) = effects[index], let order = context.order(command.orderID) else { break }
            effects = stack.completed(ActionResult(outcome: .performed, order: order, permission: .immediate), before: order, context)
        }
        return generated.commands.count
    }
}
