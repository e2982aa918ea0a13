import ConciergeKit
import Foundation

/// Fuzz targets for what reads untrusted input: the buyer's line pipeline and the fixture parser.
///
/// Built with `scripts/fuzz.sh` (`-sanitize=fuzzer,address` and `-D CONCIERGE_FUZZ`) this is a libFuzzer
/// binary; `CONCIERGE_FUZZ_TARGET` (`line`, the default, or `fixture`) picks the target. Built normally it
/// replays files (`ConciergeFuzz line|fixture FILE…`), to reproduce a crash under the debugger.
enum FuzzTargets {
    /// The instant every fuzzed session runs at, so a crash reproduces exactly.
    static let now = DateText.parseISO8601("2026-11-20T12:00:00Z") ?? Date(timeIntervalSince1970: 0)

    /// Trained once per process: training is the slow part and never changes between inputs.
    nonisolated(unsafe) static var understander: Understander?
    /// The demo data, read once per process (parsing its YAML cost more than the turns themselves).
    nonisolated(unsafe) static var demo: Fixture?

    /// Runs `data` through the target named by `name`.
    static func run(_ name: String, _ data: [UInt8]) {
        switch name {
        case "fixture": fixture(data)
        default: line(data)
        }
    }

    /// Sanitize → understand → session turn, on a fresh in-memory store holding the demo data:
    /// each input line (at most 16) is one buyer turn.
    static func line(_ data: [UInt8]) {
        do {
            let understander = try loadedUnderstander()
            let store = try OrderStore.inMemory()
            try store.load(try demoFixture())
            let session = try Session(store: store, buyerID: DemoData.buyerID, understander: understander, clock: .fixed(now))
            let text = String(decoding: data, as: UTF8.self)
            for line in text.split(separator: "\n", maxSplits: 15, omittingEmptySubsequences: false) {
                let reply = session.respond(to: String(line))
                if reply.endsSession { break }
            }
        } catch {
            fatalError("the fuzz harness could not set up a session: \(error)")
        }
    }

    /// The fixture parser; a fixture it accepts must also load into an empty store, or the store refuse it cleanly.
    static func fixture(_ data: [UInt8]) {
        guard let fixture = try? FixtureParser().parse(String(decoding: data, as: UTF8.self), file: "fuzz.yaml") else { return }
        do {
            let store = try OrderStore.inMemory()
            try? store.load(fixture)
            _ = try FixtureWriter().render(try store.exportFixture())
        } catch {
            fatalError("an in-memory store failed: \(error)")
        }
    }

    private static func demoFixture() throws -> Fixture {
        if let demo { return demo }
        let loaded = try DemoData.fixture(at: now)
        demo = loaded
        return loaded
    }

    private static func loadedUnderstander() throws -> Understander {
        if let understander { return understander }
        let loaded = try Understander.load()
        understander = loaded
        return loaded
    }
}

#if CONCIERGE_FUZZ
/// libFuzzer's entry point: one input, which must never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    FuzzTargets.run(ProcessInfo.processInfo.environment["CONCIERGE_FUZZ_TARGET"] ?? "line", bytes)
    return 0
}
#else
/// Replays input files through a target: `ConciergeFuzz line|fixture FILE…`.
@main
struct ConciergeFuzz {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let target = arguments.first, ["line", "fixture"].contains(target) else {
            FileHandle.standardError.write(Data("usage: ConciergeFuzz line|fixture FILE…\n".utf8))
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("can't read \(path)\n".utf8))
                exit(1)
            }
            FuzzTargets.run(target, Array(data))
            print("ok \(path)")
        }
    }
}
#endif
