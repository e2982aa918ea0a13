/// Makes serialised JSON safe to print: JSON writers leave DEL, C1 controls, bidirectional overrides and
/// line separators as raw characters inside strings, where a terminal or a viewer would act on them.
public enum JSONEscaping {
    /// `json` with those characters written as `\uXXXX` escapes. Outside strings JSON holds only
    /// ASCII punctuation, digits, letters and whitespace, so the result is the same JSON value.
    public static func escapingInvisibleControls(_ json: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates, and U+2028/U+2029.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` as a quoted JSON string appended to `bytes`: quotes, backslashes and control characters escaped,
    /// and DEL, C1 and bidirectional controls too (a terminal would act on them). One writer for `classify`'s
    /// output and the conversation saved every turn.
    public static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Printable ASCII without quotes or backslashes, the usual case, is copied as it is.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
            else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            // DEL, C1 controls and bidirectional controls are escaped too: a terminal would act on them.
            guard scalar.isASCII, scalar.value != 0x7F else {
                if JSONEscaping.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    bytes.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".utf8)
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
                continue
            }
            let byte = UInt8(scalar.value)
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 15)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
