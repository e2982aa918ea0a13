import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession
/// The escapes of `>` and `<` lines, so control characters and huge lines can be written in plain text.
///
/// `\\` backslash · `\e` ESC · `\t` tab · `\u{1B}` any Unicode scalar (hex) ·
/// `\repeat{100000:ab}` the text after the colon repeated (no `}` inside).
public enum TranscriptEscapes {
    /// Runs of one character at least this long are written as `\repeat{…}`.
    static let shortestRun = 32

    /// Turns written text into what it stands for; `nil` and a reason when an escape is malformed.
    public static func decode(_ text: String) -> Result<String, EscapeProblem> {
        guard text.contains("\\") else { return .success(text) }
        var output = ""
        var rest = Substring(text)
        while let slash = rest.firstIndex(of: "\\") {
            output += rest[..<slash]
            rest = rest[rest.index(after: slash)...]
            guard let code = rest.first else { return .failure(EscapeProblem("a line can't end with a lone backslash (write \\\\)")) }
            rest = rest.dropFirst()
            switch code {
            case "\\": output.append("\\")
            case "e": output.append("\u{1B}")
            case "t": output.append("\t")
            case "u":
                guard rest.first == "{", let close = rest.firstIndex(of: "}") else {
                    return .failure(EscapeProblem("\\u needs braces, like \\u{1B}"))
                }
                let hex = rest[rest.index(after: rest.startIndex)..<close]
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                    return .failure(EscapeProblem("\\u{\(hex)} is not a Unicode scalar"))
                }
                output.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: close)...]
            case "r" where rest.hasPrefix("epeat{"):
                rest = rest.dropFirst("epeat{".count)
                guard let colon = rest.firstIndex(of: ":"), let count = Int(rest[..<colon]), count >= 0, count <= 10_000_000,
                      let close = rest[colon...].firstIndex(of: "}") else {
                    return .failure(EscapeProblem("write a repeat as \\repeat{COUNT:text}, e.g. \\repeat{100000:a}"))
                }
                output += String(repeating: String(rest[rest.index(after: colon)..<close]), count: count)
                rest = rest[rest.index(after: close)...]
            default:
                return .failure(EscapeProblem("unknown escape \\\(code) (known: \\\\ \\e \\t \\u{HEX} \\repeat{N:text})"))
            }
        }
        output += rest
        return .success(output)
    }

    /// Writes text so that `decode` gives it back and the file stays printable.
    public static func encode(_ text: String) -> String {
        var output = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var run = 1
            while index + run < scalars.count, scalars[index + run] == scalar { run += 1 }
            if run >= shortestRun, isPlain(scalar), scalar != "}", scalar != ":" {
                output += "\\repeat{\(run):\(Character(scalar))}"
                index += run
                continue
            }
            switch scalar {
            case "\\": output += "\\\\"
            case "\u{1B}": output += "\\e"
            case "\t": output += "\\t"
            default:
                if isPlain(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
            index += 1
        }
        // Trailing spaces would vanish in editors; keep the last one visible.
        if output.hasSuffix(" ") { output = String(output.dropLast()) + "\\u{20}" }
        return output
    }

    /// Printable and unambiguous in a text file.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: false
        default: true
        }
    }
}

/// Why an escape could not be read.
public struct EscapeProblem: Error, Equatable, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
}
