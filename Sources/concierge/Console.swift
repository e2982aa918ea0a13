import ConciergeKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One output stream (stdout or stderr) and whether it gets colour.
/// Every line that may hold text from the library or the user is sanitised before colour is added.
struct Console: Sendable {
    enum Stream: Sendable { case output, error }

    let stream: Stream
    /// Colour only on a terminal, and never when NO_COLOR is set (to any value).
    let colour: Bool

    static let standardOutput = Console(stream: .output)
    static let standardError = Console(stream: .error)

    init(stream: Stream) {
        self.stream = stream
        let fd: Int32 = stream == .output ? STDOUT_FILENO : STDERR_FILENO
        colour = ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(fd) == 1
    }

    /// The assistant speaking (cyan).
    func say(_ line: String) { write(paint(TerminalText.sanitize(line), "36")) }

    /// Something went wrong (red).
    func error(_ line: String) { write(paint(TerminalText.sanitize(line), "31")) }

    /// Information about the program itself (dim).
    func note(_ line: String) { write(paint(TerminalText.sanitize(line), "2")) }

    /// A line of text output, sanitised but not coloured.
    func plain(_ line: String) { write(TerminalText.sanitize(line)) }

    /// Data such as JSON, written as is (JSON escapes control characters itself).
    func raw(_ text: String, terminator: String = "\n") { write(text, terminator: terminator) }

    /// Pushes buffered output out (when piped: after a reply whose next line has not come yet, so a reader waiting
    /// for it sees it at once).
    func flush() {
        fflush(nil) // every C stream: Swift's print buffers in C's stdout; stderr is unbuffered anyway
    }

    /// The assistant speaking at a terminal: each line broken to the terminal's width (asked every time, so a
    /// resized window is followed), then coloured.
    func sayWrapped(_ line: String) { writeWrapped(line, "36") }

    /// A note at a terminal (the banner, timer notes), broken to the terminal's width like replies.
    func noteWrapped(_ line: String) { writeWrapped(line, "2") }

    private func writeWrapped(_ line: String, _ sgr: String) {
        let clean = TerminalText.sanitize(line)
        guard let width = Self.terminalWidth() else { return write(paint(clean, sgr)) }
        for part in TextWrap.wrap(clean, width: width) { write(paint(part, sgr)) }
    }

    /// The width of the terminal on stdout, else on stdin (`concierge | tee log`), else `$COLUMNS`; nil when none.
    static func terminalWidth() -> Int? {
        var size = winsize()
        for fd in [STDOUT_FILENO, STDIN_FILENO] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    }

    /// Wraps `text` in an SGR colour when colour is on.
    func paint(_ text: String, _ sgr: String) -> String {
        colour ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }

    private func write(_ line: String, terminator: String = "\n") {
        switch stream {
        case .output: print(line, terminator: terminator)
        case .error: FileHandle.standardError.write(Data((line + terminator).utf8))
        }
    }
}
