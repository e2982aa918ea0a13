import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge bench`: the understanding benchmark (the default) and `bench store`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the understanding pipeline (`bench understanding`, the default) or the store (`bench store`).",
        subcommands: [BenchUnderstandingCommand.self, BenchStoreCommand.self, BenchDialogueCommand.self],
        defaultSubcommand: BenchUnderstandingCommand.self)
}

/// `concierge bench [understanding]`: start-up and per-message latency of the matcher (use a release build).
struct BenchUnderstandingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "understanding",
        abstract: "Measure cold start (load + train, and load + cached model) and classification latency.")

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Cold-start repetitions (the median is reported).")
    var starts: Int = 5

    @Option(help: "Passes over the message set for the latency percentiles.")
    var passes: Int = 50

    @Argument(help: "Optional labelled TSV or plain text files for the message set (default: catalog examples plus built-in messages).")
    var files: [String] = []

    // run() is long: the benchmark's steps, in the order they are reported.
    func run() throws {
        let clock = ContinuousClock()
        func micros(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
        }
        // Start-up with the built-in catalog and model: decode only, no YAML, no training.
        var builtInTimes: [Double] = []
        for _ in 0..<max(1, starts) {
            builtInTimes.append(micros(try clock.measure { _ = try Understander.embedded() }))
        }
        // A catalog directory: read the YAML files and train; then with a warm cache.
        let catalog = try self.catalog.load()
        let directory = self.catalog.chosenDirectory
        var trainTimes: [Double] = []
        var loadTimes: [Double] = []
        var matcher: IntentMatcher?
        for _ in 0..<max(1, starts) {
            var trained: IntentMatcher?
            let loadTime = try clock.measure { _ = try self.catalog.load() }
            let time = try clock.measure { trained = IntentMatcher(catalog: try self.catalog.load()) }
            loadTimes.append(micros(loadTime))
            trainTimes.append(micros(time))
            matcher = trained
        }
        let cacheDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("concierge-bench-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: cacheDirectory) }
        _ = IntentMatcher.cached(catalog: catalog, directory: cacheDirectory)
        var cachedTimes: [Double] = []
        for _ in 0..<max(1, starts) {
            let time = try clock.measure {
                matcher = IntentMatcher.cached(catalog: try self.catalog.load(), directory: cacheDirectory)
            }
            cachedTimes.append(micros(time))
        }
        guard let matcher else { return }
        let source = directory?.path ?? "the built-in catalog"

        let messages = messageSet(catalog: catalog)
        for message in messages.prefix(200) { _ = matcher.classify(message) }  // warm-up
        var latencies: [Double] = []
        latencies.reserveCapacity(messages.count * passes)
        for _ in 0..<max(1, passes) {
            for message in messages {
                let start = clock.now
                let result = matcher.classify(message)
                let elapsed = clock.now - start
                if result.confidence < 0 { print("") }  // keep the call observable
                latencies.append(micros(elapsed))
            }
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        print("catalog: \(source)")
        print(String(format: "built-in catalog + model decode  %8.2f ms", median(builtInTimes) / 1000))
        print(String(format: "catalog load                     %8.2f ms", median(loadTimes) / 1000))
        print(String(format: "cold start, load + train         %8.2f ms", median(trainTimes) / 1000))
        print(String(format: "cold start, load + cached model  %8.2f ms", median(cachedTimes) / 1000))
        print("classification over \(messages.count) messages x \(passes) passes:")
        print(String(format: "  p50 %7.2f µs   p90 %7.2f µs   p99 %7.2f µs   max %8.2f µs",
                     percentile(0.5), percentile(0.9), percentile(0.99), latencies.last ?? 0))
    }

    /// A mixed set: catalog examples, typo'd and long messages, and any given files.
    private func messageSet(catalog: IntentCatalog) -> [String] {
        var messages = catalog.labelledExamples.map(\.text)
        messages += [
            "hlelo i wnat to cancle my ordr 1234567890 pls",
            "operator", "refund", "ok", "?", "🙂", "where is it",
            "so last month i bought a pair of wireless earbuds and a phone case from a seller who seemed fine, the tracking stopped updating three weeks ago and the seller does not answer my messages, honestly i just want to know whether i can get my money back or if i have to wait longer because it is a gift for my sister",
            "whats the weather like in paris tomorrow",
        ]
        for file in files {
            guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for line in contents.split(separator: "\n") {
                let text = line.split(separator: "\t", maxSplits: 1).last.map(String.init) ?? ""
                if !text.isEmpty { messages.append(text) }
            }
        }
        return messages
    }
}
