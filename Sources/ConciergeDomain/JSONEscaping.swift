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
}
