import Foundation
import ConciergeTestSupport

/// Runs the built `concierge` binary (or a shell command line) in a scratch folder, as a user would.
struct CommandRunner {
    /// What a command printed and how it ended.
    struct Outcome {
        var output: String
        var status: Int32
    }

    /// The `concierge` binary built beside this test bundle (swift build --build-tests builds both).
    static let binary: URL = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [here, here.deletingLastPathComponent(), Repository.root.appendingPathComponent(".build/debug")]
            .map { $0.appendingPathComponent("concierge") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    /// The scratch folder commands run in; it looks like the clone's root (scripts/, transcripts/, intents/ link there).
    let folder: URL
    /// An empty home folder, so no user's database, history or cache is touched.
    let home: URL
    /// Holds the `concierge` and `swift` shims first on PATH.
    let shims: URL

    init() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("concierge-cli-\(UUID().uuidString)")
        folder = root.appendingPathComponent("clone")
        home = root.appendingPathComponent("home")
        shims = root.appendingPathComponent("bin")
        for url in [folder, home, shims] { try manager.createDirectory(at: url, withIntermediateDirectories: true) }
        for name in ["scripts", "transcripts", "intents", "docs"] {
            try manager.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: Repository.root.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(at: shims.appendingPathComponent("concierge"), withDestinationURL: Self.binary)
        // `swift build` / `swift test` in an example: the test run has built everything already.
        // `swift run concierge ARGS` runs the built binary.
        let swift = """
            #!/usr/bin/env bash
            if [[ "$1" == run && "$2" == concierge ]]; then shift 2; exec concierge "$@"; fi
            [[ "$1" == build || "$1" == test ]] && exit 0
            echo "the README test's swift shim does not know: swift $*" >&2; exit 2
            """
        let shim = shims.appendingPathComponent("swift")
        try swift.write(to: shim, atomically: true, encoding: .utf8)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shim.path)
    }

    /// Runs `line` with bash in the scratch folder (stdin empty, stderr merged into stdout).
    func shell(_ line: String, input: String = "") throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("XDG_") && $0.key != "CONCIERGE_INTENTS" }
        environment["HOME"] = home.path
        environment["PATH"] = shims.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        process.environment = environment
        let output = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }

    /// Runs `concierge` with `arguments` (each quoted for the shell).
    func concierge(_ arguments: [String], input: String = "") throws -> Outcome {
        try shell((["concierge"] + arguments.map(Self.quoted)).joined(separator: " "), input: input)
    }

    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Removes the scratch folder.
    func remove() { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
}
