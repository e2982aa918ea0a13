/// Makes text that did not come from the program safe to print on a terminal.
public enum TerminalText {
    /// Removes ANSI escape sequences and control characters (keeping tabs as spaces), so that
    /// item titles, seller messages and buyer input can't move the cursor, recolour or retitle the terminal.
    public static func sanitize(_ text: String) -> String {
        // Most text is printable ASCII already: nothing to remove.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B: // ESC: drop the whole sequence
                skipEscape(&scalars)
            case 0x9B: // CSI in C1 form
                skipUntilFinal(&scalars)
            case 0x09:
                output.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                continue
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: // bidirectional overrides
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipUntilFinal(&scalars)
        case "]", "P", "X", "^", "_": // OSC, DCS…: until BEL or ESC \
            while let s = scalars.next() {
                if s.value == 0x07 { return }
                if s.value == 0x1B { _ = scalars.next(); return }
            }
        default: return // two-character sequence
        }
    }

    private static func skipUntilFinal(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next(), !(0x40...0x7E).contains(s.value) {}
    }
}
