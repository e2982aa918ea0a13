#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a pipe or file, read in large chunks. It also says whether more input is already waiting, so a
/// chat can write the replies to several pasted lines out together and still write each reply out at once when
/// the next line has not been sent yet (a program driving the chat line by line waits for it).
struct PipedLines {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    init(descriptor: Int32 = STDIN_FILENO) { self.descriptor = descriptor }

    /// The next line without its "\n" or "\r\n" (invalid UTF-8 repaired, as `readLine` does); the last line may
    /// lack its newline; nil at the end of the input.
    mutating func next() -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                let end = newline > start && buffer[newline - 1] == 13 ? newline - 1 : newline
                defer { start = newline + 1 }
                return String(decoding: buffer[start..<end], as: UTF8.self)
            }
            if ended {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return String(decoding: buffer[start...], as: UTF8.self)
            }
            fill()
        }
    }

    /// Whether a whole line is already read or more bytes wait to be read (without waiting for them).
    var hasWaitingInput: Bool {
        if buffer[start...].contains(10) { return true }
        if ended { return false }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0 && request.revents & Int16(POLLIN) != 0
    }

    /// Reads what the input has (waiting for something), keeping the unread part of the buffer.
    private mutating func fill() {
        if start > 0 {
            buffer.removeSubrange(..<start)
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: 65_536))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, 65_536) }
            if count < 0, errno == EINTR { continue }
            buffer.removeSubrange((old + max(count, 0))...)
            if count <= 0 { ended = true }
            return
        }
    }
}
