import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Issue 12, the process-level failures: the built `concierge` executable under races, a file-size limit,
/// signals, hostile text and foreign files.
@Suite(.serialized) struct CommandLineReliabilityTests {
    /// What a finished process left.
    struct Finished {
        var status: Int32
        var signalled: Bool
        var output: String
        var error: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let twoBuyers = repository.appendingPathComponent("scripts/examples/two-buyers.yaml").path

    static func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CONCIERGE_INTENTS"] = repository.appendingPathComponent("intents").path
        environment["NO_COLOR"] = "1"
        return environment
    }

    /// Trains and caches the intent model once, without a file-size limit (a limited chat cannot write it).
    static let warmedUp: Bool = {
        let path = temporaryPath("warm")
        defer { remove(path) }
        guard (try? run(["db", "init", "--db", path, "--fixture", twoBuyers]))?.status == 0 else { return false }
        return (try? run(["chat", "--db", path, "--buyer", "B1", "--now", "2026-11-20T12:00:00Z"], input: "/quit\n"))?.status == 0
    }()

    /// A process running `arguments` (through `/bin/sh -c` with `shellPrefix` when given), not yet started.
    static func process(_ arguments: [String], shellPrefix: String? = nil) throws -> Process {
        let binary = try #require(TwoProcessRaceTests.executable, "the concierge executable is built by swift test")
        let process = Process()
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let quoted = ([binary.path] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }
            process.arguments = ["-c", "\(shellPrefix); exec \(quoted.joined(separator: " "))"]
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = environment()
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        return process
    }

    /// Runs to the end with `input` on stdin.
    static func run(_ arguments: [String], input: String = "", shellPrefix: String? = nil) throws -> Finished {
        let process = try process(arguments, shellPrefix: shellPrefix)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Finished(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                        output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
    }

    static func temporaryPath(_ name: String, _ suffix: String = ".sqlite") -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)\(suffix)").path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Starts `count` processes of `arguments` together and collects what each left.
    static func together(_ count: Int, _ arguments: [String]) throws -> [Finished] {
        let started = try (0..<count).map { _ -> (Process, Pipe, Pipe) in
            let process = try process(arguments)
            let stdout = Pipe(), stderr = Pipe()
            process.standardOutput = stdout
            process.standardError = stderr
            process.standardInput = FileHandle.nullDevice
            return (process, stdout, stderr)
        }
        for (process, _, _) in started { try process.run() }
        return started.map { process, stdout, stderr in
            let output = stdout.fileHandleForReading.readDataToEndOfFile()
            let error = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Finished(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                            output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
        }
    }

    // MARK: - Item 1

    @Test func sixConcurrentInitsCreateTheDatabaseOnceAndDeleteNothing() throws {
        let path = Self.temporaryPath("init-race")
        defer { Self.remove(path) }
        let results = try Self.together(6, ["db", "init", "--db", path, "--fixture", Self.twoBuyers])
        #expect(results.filter { $0.status == 0 && $0.output.hasPrefix("Created") }.count == 1, "\(results)")
        // The others change nothing and say why: the data is already there, or (on a loaded machine) the file is still locked.
        #expect(results.filter { $0.status == 1 && ($0.error.contains("already holds data") || $0.error.contains("Nothing was changed")) }.count == 5,
                "\(results)")
        let store = try OrderStore.open(existing: path, access: .readOnly)
        #expect(try store.buyers().count == 2)
        let folder = FileManager.default.temporaryDirectory.path
        let name = URL(fileURLWithPath: path).lastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".\(name).creating-") }.isEmpty)
    }

    @Test func sixConcurrentInitsOfOneEmptyFileLoadItOnce() throws {
        let path = Self.temporaryPath("init-empty")
        defer { Self.remove(path) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let results = try Self.together(6, ["db", "init", "--db", path, "--fixture", Self.twoBuyers])
        #expect(results.filter { $0.status == 0 && $0.output.hasPrefix("Loaded into") }.count == 1, "\(results)")
        // The others change nothing and say why: the data is already there, or (on a loaded machine) the file is still locked.
        #expect(results.filter { $0.status == 1 && ($0.error.contains("already holds data") || $0.error.contains("Nothing was changed")) }.count == 5,
                "\(results)")
        #expect(try OrderStore.open(existing: path, access: .readOnly).buyers().count == 2)
    }

    // MARK: - Item 5

    static func initialised(_ name: String) throws -> String {
        #expect(warmedUp)
        let path = temporaryPath(name)
        let created = try run(["db", "init", "--db", path, "--fixture", twoBuyers])
        #expect(created.status == 0, "\(created)")
        return path
    }

    @Test func aFileSizeLimitStopsTheChatWithOneLineAndExitCodeOne() throws {
        let path = try Self.initialised("full")
        defer { Self.remove(path) }
        let script = (0..<40).map { "message the seller of order 8100000001\nnote \($0) \(String(repeating: "x", count: 1500))\nyes\n" }.joined()
        let result = try Self.run(["chat", "--db", path, "--buyer", "B1", "--now", "2026-11-20T12:00:00Z"], input: script,
                                  shellPrefix: "ulimit -f 100")
        #expect(!result.signalled && result.status == 1, "\(result.status) \(result.error)")
        let stopped = result.error.split(separator: "\n").filter { $0.hasPrefix("Concierge stopped:") }
        #expect(stopped.count == 1 && stopped[0].contains("Can't write to the database"), "\(result.error)")
        // The buyer's last reply is one plain line: the database's words and its path stay on stderr.
        #expect(result.output.contains("Sorry, something went wrong on our side, so nothing was changed."), "\(result.output)")
        #expect(!result.output.contains("Can't write") && !result.output.contains(path), "\(result.output)")
    }

    @Test func aRecordingThatCanNoLongerBeWrittenStopsTheChat() throws {
        let path = try Self.initialised("record-full")
        let recording = Self.temporaryPath("record-full", ".transcript")
        let fixture = recording.replacingOccurrences(of: ".transcript", with: ".fixture.json")
        defer { Self.remove(path); Self.remove(recording); Self.remove(fixture) }
        let result = try Self.run(["chat", "--db", path, "--buyer", "B1", "--now", "2026-11-20T12:00:00Z", "--record", recording],
                                  input: String(repeating: "/order 8100000002\n", count: 300), shellPrefix: "ulimit -f 100")
        #expect(!result.signalled && result.status == 1)
        #expect(result.error.contains("Concierge stopped: Can't write the recording"), "\(result.error)")
    }

    // MARK: - Item 9

    @Test func aRecordingHoldsOnlyTheRecordedBuyerPrivatelyAndMasked() throws {
        let path = try Self.initialised("record")
        let recording = Self.temporaryPath("record", ".transcript")
        let fixture = recording.replacingOccurrences(of: ".transcript", with: ".fixture.json")
        defer { Self.remove(path); Self.remove(recording); Self.remove(fixture) }
        let result = try Self.run(["chat", "--db", path, "--buyer", "B1", "--now", "2026-11-20T12:00:00Z", "--record", recording],
                                  input: "my email is dana@example.com and my card 4111 1111 1111 1111\n/orders\n")
        #expect(result.status == 0, "\(result.error)")
        for file in [recording, fixture] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
        let recorded = try FixtureParser().parse(contentsOf: URL(fileURLWithPath: fixture))
        #expect(recorded.buyers.map(\.id) == ["B1"])
        #expect(Set(recorded.orders.map(\.buyerID)) == ["B1"])
        let transcript = try String(contentsOfFile: recording, encoding: .utf8)
        #expect(!transcript.contains("dana@example.com") && !transcript.contains("4111 1111"))
        #expect(transcript.contains("[email]") && transcript.contains("[card ending 1111]"))
    }

    // MARK: - Item 10

    @Test func machineOutputEscapesBidiC1AndDelAndUsageErrorsStripControls() throws {
        let fixturePath = Self.temporaryPath("hostile", ".yaml")
        let path = Self.temporaryPath("hostile")
        defer { Self.remove(fixturePath); Self.remove(path) }
        // YAML escapes: a YAML file may not hold C1 controls or DEL as they are.
        let title = #"Evil\u202Etxt.exe\x85\x7F\x9B31m"#
        try """
            buyers: [{id: B1, name: "Dana\\u2066"}]
            sellers: [{id: S1, name: Harbor}]
            orders:
              - {id: "7300000001", buyer: B1, seller: S1, currency: USD, status: awaiting_payment,
                 placed_at: 2026-11-01T00:00:00Z, items: [{title: "\(title)", price: "1.00"}]}
            """.write(toFile: fixturePath, atomically: true, encoding: .utf8)
        #expect(try Self.run(["db", "init", "--db", path, "--fixture", fixturePath]).status == 0)
        let forbidden: [Unicode.Scalar] = ["\u{202E}", "\u{2066}", "\u{85}", "\u{7F}", "\u{9B}"]
        for arguments in [["orders", "show", "7300000001", "--db", path, "--json"], ["orders", "list", "--db", path, "--json"],
                          ["db", "export", "--db", path]] {
            let result = try Self.run(arguments)
            #expect(result.status == 0)
            #expect(!result.output.unicodeScalars.contains(where: forbidden.contains), "\(arguments)")
            #expect(result.output.contains("\\u202E"), "\(arguments)")
            let data = Data(result.output.utf8)
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "still JSON")
        }
        let classified = try Self.run(["classify"], input: "cancel \u{202E}my order\u{7F}\n")
        #expect(!classified.output.unicodeScalars.contains(where: forbidden.contains))

        // An unknown option is echoed in the usage error: with its ESC and BEL it retitled the terminal.
        let usage = try Self.run(["orders", "show", "7300000001", "--colour\u{1B}]0;pwned\u{7}\u{1B}[2J"])
        #expect(usage.status == 64 && usage.error.contains("Unknown option '--colour"), "\(usage.error)")
        #expect(!usage.error.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(usage.error.debugDescription)")
    }

    // MARK: - Item 12

    @Test func readCommandsRefuseAnotherProgramsFileAndChangeNothing() throws {
        let path = Self.temporaryPath("other-app")
        defer { Self.remove(path) }
        let made = Process()
        made.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        made.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE notes (t TEXT)'); c.commit()", path]
        try made.run()
        made.waitUntilExit()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["orders", "list", "--db", path], ["chat", "--db", path], ["db", "migrate", "--db", path],
                          ["db", "init", "--db", path, "--fixture", Self.twoBuyers]] {
            let result = try Self.run(arguments)
            #expect(result.status == 1 && result.error.contains("belongs to another program"), "\(arguments): \(result.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    // MARK: - Item 13

    /// Ctrl-\ at the prompt printed the Swift runtime's crash backtrace; now it leaves like Ctrl-D.
    /// Python's pty module gives the chat a terminal (Glibc's pty functions are not visible to Swift).
    @Test func sigquitAtThePromptIsACleanExit() throws {
        let path = try Self.initialised("quit")
        let home = Self.temporaryPath("quit-home", "")
        defer { Self.remove(path); try? FileManager.default.removeItem(atPath: home) }
        let binary = try #require(TwoProcessRaceTests.executable)
        // A person presses Ctrl-\\ while readline waits for a key: wait for the prompt, then a moment.
        let driver = """
            import os, pty, select, signal, sys, time
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], sys.argv[1:])
            def read_until(done, seconds):
                text, deadline = b"", time.time() + seconds
                while not done(text) and time.time() < deadline:
                    if select.select([fd], [], [], 0.2)[0]:
                        try: chunk = os.read(fd, 4096)
                        except OSError: break
                        if not chunk: break
                        text += chunk
                return text
            screen = read_until(lambda text: b"you> " in text, 60)
            time.sleep(1)
            os.kill(pid, signal.SIGQUIT)
            rest = b""
            for _ in range(100):
                rest += read_until(lambda text: False, 0.2)
                finished, status = os.waitpid(pid, os.WNOHANG)
                if finished: break
            else:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
            print("prompt" if b"you> " in screen else "no prompt")
            print("signal %d" % os.WTERMSIG(status) if os.WIFSIGNALED(status) else "exit %d" % os.WEXITSTATUS(status))
            sys.stdout.write(rest.decode("utf-8", "replace"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", driver, binary.path, "chat", "--db", path, "--buyer", "B1", "--now", "2026-11-20T12:00:00Z"]
        var environment = Self.environment()
        environment["XDG_STATE_HOME"] = home
        environment["TERM"] = "dumb"
        process.environment = environment
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let text = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "prompt", "\(text)")
        #expect(lines.dropFirst().first == "exit 0", "\(text)")
        #expect(!text.contains("Crash") && !text.contains("Backtrace") && !text.contains("Press"), "\(text)")
    }
}
