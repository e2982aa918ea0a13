/// Text laid out in aligned columns for a terminal, measured in screen columns (a CJK character takes two).
public enum TextColumns {
    /// Each row's cells padded to their column's width and joined by `gap`; columns in `rightAligned` are
    /// padded on the left (amounts). Trailing spaces are not written; rows may have fewer cells than others.
    public static func align(_ rows: [[String]], gap: String = "  ", rightAligned: Set<Int> = []) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? width($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - width(cell))
                let last = column == row.count - 1
                line += rightAligned.contains(column) ? padding + cell : cell + (last ? "" : padding)
                if !last { line += gap }
            }
            return line
        }
    }

    /// Columns `text` takes on a terminal: wide (East Asian, emoji) characters take two, combining marks none.
    public static func width<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one character takes on a terminal.
    public static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark || category == .format { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
