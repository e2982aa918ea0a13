import Foundation
import Testing
@testable import concierge

/// The chat's piped input: lines as `readLine` gives them, and whether another line already waits.
@Suite struct PipedLinesTests {
    /// A pipe whose read end a `PipedLines` reads; `send` writes to the other end, `close` ends the input.
    final class TestPipe: @unchecked Sendable {
        var ends: [Int32] = [0, 0]
        init() { precondition(pipe(&ends) == 0) }
        var reader: Int32 { ends[0] }
        func send(_ bytes: [UInt8]) { precondition(write(ends[1], bytes, bytes.count) == bytes.count) }
        func send(_ text: String) { send(Array(text.utf8)) }
        /// Closes the writing end once: its number may be another pipe's by the time the pipe goes away, since
        /// suites run in parallel.
        func close() {
            guard ends[1] >= 0 else { return }
            _ = Glibc.close(ends[1])
            ends[1] = -1
        }
        deinit {
            close()
            _ = Glibc.close(ends[0])
        }
    }

    @Test func linesLoseTheirNewlineAndTheLastNeedsNone() {
        let pipe = TestPipe()
        pipe.send("cancel the kettle\r\n\nyes please\nthe end")
        pipe.close()
        var lines = PipedLines(descriptor: pipe.reader)
        var read: [String] = []
        while let line = lines.next() { read.append(line) }
        #expect(read == ["cancel the kettle", "", "yes please", "the end"])
        #expect(lines.next() == nil)
    }

    @Test func invalidBytesAreRepairedNotDropped() {
        let pipe = TestPipe()
        pipe.send([0x68, 0xFF, 0x69, 0x0A])
        pipe.close()
        var lines = PipedLines(descriptor: pipe.reader)
        #expect(lines.next() == "h\u{FFFD}i")
    }

    @Test func saysWhetherTheNextLineIsAlreadyThere() {
        let pipe = TestPipe()
        var lines = PipedLines(descriptor: pipe.reader)
        pipe.send("where is my lamp\n")
        #expect(lines.next() == "where is my lamp")
        #expect(!lines.hasWaitingInput)  // the sender waits for the reply: it must be written out now
        pipe.send("cancel it\nbecause it is late\n")
        #expect(lines.hasWaitingInput)
        #expect(lines.next() == "cancel it")
        #expect(lines.hasWaitingInput)  // read with the line before, not yet answered
        #expect(lines.next() == "because it is late")
        #expect(!lines.hasWaitingInput)
        pipe.close()
        #expect(!lines.hasWaitingInput)
        #expect(lines.next() == nil)
    }

    @Test func aLineLongerThanOneReadIsWhole() {
        let pipe = TestPipe()
        let long = String(repeating: "mug ", count: 40_000)
        var lines = PipedLines(descriptor: pipe.reader)
        // Written from another thread: the pipe holds less than the line.
        let writer = Thread { pipe.send(long + "\nok\n"); pipe.close() }
        writer.start()
        #expect(lines.next() == long)
        #expect(lines.next() == "ok")
        #expect(lines.next() == nil)
    }
}
