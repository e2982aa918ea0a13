import ConciergeKit

/// Breaks lines to fit a terminal's width: at spaces, never inside a word (unless a single word is wider
/// than the screen), and continuation lines keep the indentation of the line and of its list marker, so
/// "  1. #7300000042 Wireless earbuds …" continues under "#7300000042", not at the left margin.
enum TextWrap {
    /// `line` as one or more lines of at most `width` columns.
    static func wrap(_ line: String, width: Int) -> [String] {
        let width = max(width, 20)
        guard displayWidth(line) > width else { return [line] }
        let hanging = hangingIndent(of: line)
        let indent = String(repeating: " ", count: hanging.count <= width / 2 ? hanging.count : 0)
        var lines: [String] = []
        var current = String(line.prefix(hanging.count))
        var currentWidth = displayWidth(current)
        var startOfLine = true
        for (gap, token) in words(line.dropFirst(hanging.count)) {
            var word = token
            let wordWidth = displayWidth(word)
            if !startOfLine, currentWidth + gap.count + wordWidth > width {
                lines.append(current)
                current = indent
                currentWidth = indent.count
                startOfLine = true
            }
            // A word wider than the room left on an empty line is cut: nothing else would fit it.
            while currentWidth + displayWidth(word) > width {
                let (head, tail) = split(word, columns: width - currentWidth)
                lines.append(current + head)
                current = indent
                currentWidth = indent.count
                word = tail
            }
            if !startOfLine {
                // Runs of spaces (aligned columns) are kept within a line, dropped at a break.
                current += gap
                currentWidth += gap.count
            }
            current += word
            currentWidth += displayWidth(word)
            startOfLine = false
        }
        lines.append(current)
        return lines
    }

    /// The leading spaces, plus a list marker ("1. ", "- ", "• ", "* ") and its space when there is one.
    static func hangingIndent(of line: String) -> Substring {
        let spaces = line.prefix { $0 == " " }
        let rest = line.dropFirst(spaces.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let afterDigits = rest.dropFirst(digits.count)
        var markerLength = 0
        if !digits.isEmpty, digits.count <= 3, afterDigits.hasPrefix(". ") || afterDigits.hasPrefix(") ") {
            markerLength = digits.count + 2
        } else if let first = rest.first, "-•*·".contains(first), rest.dropFirst().first == " " {
            markerLength = 2
        }
        return line.prefix(spaces.count + markerLength)
    }

    static func displayWidth<S: StringProtocol>(_ text: S) -> Int { TextColumns.width(text) }

    static func width(of character: Character) -> Int { TextColumns.width(of: character) }

    /// The words of `text`, each with the spaces before it.
    private static func words(_ text: Substring) -> [(gap: Substring, word: Substring)] {
        var result: [(Substring, Substring)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let gapEnd = text[index...].firstIndex { $0 != " " } ?? text.endIndex
            guard gapEnd < text.endIndex else { break }
            let wordEnd = text[gapEnd...].firstIndex(of: " ") ?? text.endIndex
            result.append((text[index..<gapEnd], text[gapEnd..<wordEnd]))
            index = wordEnd
        }
        return result
    }

    /// The first `columns` columns of `word` (at least one character), and the rest.
    private static func split(_ word: Substring, columns: Int) -> (Substring, Substring) {
        var used = 0
        var end = word.startIndex
        while end < word.endIndex {
            let next = width(of: word[end])
            if used + next > columns, end > word.startIndex { break }
            used += next
            end = word.index(after: end)
        }
        return (word[..<end], word[end...])
    }
}
