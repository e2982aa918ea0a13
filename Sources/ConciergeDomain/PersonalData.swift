/// Finds and masks personal data in text a buyer typed: payment card numbers (with their security
/// codes), email addresses and phone numbers.
///
/// Card numbers are never stored or echoed anywhere: every free-text write of the store masks them.
/// Emails and phone numbers may go to a seller in a message, but recordings and the line history mask them too.
public enum PersonalData {
    /// What a masked card number becomes: its last four digits only.
    public static func cardMask(lastFour: String) -> String { "[card ending \(lastFour)]" }
    /// What a masked security code becomes.
    public static let securityCodeMask = "[security code]"
    /// What a masked email address becomes.
    public static let emailMask = "[email]"
    /// What a masked phone number becomes.
    public static let phoneMask = "[phone]"

    /// `text` with every Luhn-valid card number (13 to 19 digits, single spaces or hyphens allowed between
    /// groups, first digit 2 to 6 as issued cards have) masked to its last four digits, and the digits after
    /// "CVV", "CVC", "CSC" or "security code" masked; `masked` tells whether anything was.
    public static func maskCardNumbers(in text: String) -> (text: String, masked: Bool) {
        // A security code has 3 digits or more and a card number 13: text with fewer (most buyer lines) has nothing to mask.
        guard text.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 3 else { return (text, false) }
        var scalars = Array(text.unicodeScalars)
        var masked = false
        var index = 0
        while index < scalars.count {
            guard let run = cardRun(in: scalars, from: index) else { index += 1; continue }
            let lastFour = String(String.UnicodeScalarView(run.digits.suffix(4)))
            let replacement = Array(cardMask(lastFour: lastFour).unicodeScalars)
            scalars.replaceSubrange(index..<run.end, with: replacement)
            index += replacement.count
            masked = true
        }
        let withCodes = maskSecurityCodes(String(String.UnicodeScalarView(scalars)))
        return (withCodes.text, masked || withCodes.masked)
    }

    /// `text` with card numbers, email addresses and phone numbers masked (recordings, history).
    public static func maskAll(in text: String) -> String {
        // Nothing to mask needs fewer than 3 digits (a security code) and no "@" (an email): such text, as most
        // event details are, is returned at once instead of being scanned three times.
        guard text.utf8.contains(UInt8(ascii: "@")) || text.utf8.lazy.filter({ $0 >= 48 && $0 <= 57 }).count >= 3 else { return text }
        return maskPhoneNumbers(in: maskEmails(in: maskCardNumbers(in: text).text))
    }

    /// `text` as the store keeps buyer free text: card numbers and security codes masked.
    public static func storable(_ text: String) -> String { maskCardNumbers(in: text).text }

    /// Whether `text` holds a card number (which would be masked).
    public static func containsCardNumber(_ text: String) -> Bool { maskCardNumbers(in: text).masked }

    // MARK: - Card numbers

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A card number starting at `start` (not glued to a digit or letter before it): its digits and where it ends.
    private static func cardRun(in scalars: [Unicode.Scalar], from start: Int) -> (digits: [Unicode.Scalar], end: Int)? {
        guard isDigit(scalars[start]), ("2"..."6").contains(scalars[start]) else { return nil }
        if start > 0, isDigit(scalars[start - 1]) || scalars[start - 1].properties.isAlphabetic { return nil }
        var digits: [Unicode.Scalar] = []
        var index = start
        var best: (digits: [Unicode.Scalar], end: Int)?
        while index < scalars.count, digits.count < 19 {
            if isDigit(scalars[index]) {
                digits.append(scalars[index])
                index += 1
                let gluedAfter = index < scalars.count && isDigit(scalars[index])
                if !gluedAfter, digits.count >= 13, luhnValid(digits) { best = (digits, index) }
            } else if (scalars[index] == " " || scalars[index] == "-"), index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        // A longer run of digits is not a card number (an order number, a tracking number).
        if index < scalars.count, isDigit(scalars[index]), best?.end == index { return nil }
        return best
    }

    /// The Luhn checksum every payment card number satisfies.
    static func luhnValid(_ digits: [Unicode.Scalar]) -> Bool {
        var sum = 0
        for (offset, scalar) in digits.reversed().enumerated() {
            var value = Int(scalar.value) - 48
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    private static let securityCodeWords = ["cvv2", "cvv", "cvc2", "cvc", "csc", "security code"]

    /// Masks the 3 or 4 digits that follow a security-code word (after a few separators).
    private static func maskSecurityCodes(_ text: String) -> (text: String, masked: Bool) {
        let scalars = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        var masked = false
        var index = 0
        while index < scalars.count {
            guard let word = securityCodeWords.first(where: { matches($0, in: scalars, at: index) }) else {
                output.append(scalars[index])
                index += 1
                continue
            }
            var cursor = index + word.unicodeScalars.count
            while cursor < scalars.count, [" ", ":", "=", "#", "-"].contains(scalars[cursor]), cursor - index < 24 { cursor += 1 }
            var end = cursor
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            output += scalars[index..<cursor]
            if (3...4).contains(end - cursor) {
                output += securityCodeMask.unicodeScalars
                masked = true
                index = end
            } else {
                index = cursor
            }
        }
        return (String(String.UnicodeScalarView(output)), masked)
    }

    /// Whether the lower-case ASCII `word` starts at `index`, case-insensitively, not inside a longer word.
    private static func matches(_ word: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let pattern = Array(word.unicodeScalars)
        guard index + pattern.count <= scalars.count else { return false }
        for (offset, expected) in pattern.enumerated() {
            let actual = scalars[index + offset]
            let lowered = ("A"..."Z").contains(actual) ? Unicode.Scalar(actual.value + 32) ?? actual : actual
            if lowered != expected { return false }
        }
        return index == 0 || !scalars[index - 1].properties.isAlphabetic
    }

    // MARK: - Emails and phone numbers

    /// Masks `local@domain.tld` addresses.
    public static func maskEmails(in text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        func isLocal(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || isDigit(s) || "._%+-".unicodeScalars.contains(s) }
        func isDomain(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || isDigit(s) || s == "." || s == "-" }
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "@" else { index += 1; continue }
            var start = index
            while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
            var end = index + 1
            while end < scalars.count, isDomain(scalars[end]) { end += 1 }
            while end > index + 1, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
            let domain = scalars[(index + 1)..<end]
            if start < index, domain.contains("."), domain.first != "." {
                let replacement = Array(emailMask.unicodeScalars)
                scalars.replaceSubrange(start..<end, with: replacement)
                index = start + replacement.count
            } else {
                index += 1
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Masks phone numbers: 7 to 15 digits written as a phone number is (a leading "+" or "(", or groups
    /// separated by spaces, hyphens or dots). A bare run of digits is left alone: it is an order number.
    public static func maskPhoneNumbers(in text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let startsPhone = scalars[index] == "+" || scalars[index] == "(" || isDigit(scalars[index])
            let glued = index > 0 && (isDigit(scalars[index - 1]) || scalars[index - 1].properties.isAlphabetic)
            guard startsPhone, !glued else { index += 1; continue }
            var end = index
            var digits = 0
            var separators = 0
            var lastDigitEnd = index
            while end < scalars.count {
                let s = scalars[end]
                if isDigit(s) {
                    digits += 1
                    lastDigitEnd = end + 1
                } else if [" ", "-", ".", "(", ")", "+"].contains(s), end + 1 < scalars.count,
                          isDigit(scalars[end + 1]) || scalars[end + 1] == "(" || (s == ")" && scalars[end + 1] == " ") {
                    if s != "+" || end == index { separators += 1 } else { break }
                } else {
                    break
                }
                end += 1
            }
            let formatted = separators > 0 || scalars[index] == "+"
            let isDate = lastDigitEnd - index == 10 && scalars[index + 4] == "-" && scalars[index + 7] == "-"
            let gluedAfter = lastDigitEnd < scalars.count && scalars[lastDigitEnd].properties.isAlphabetic
            if formatted, !isDate, (7...15).contains(digits), !gluedAfter {
                let replacement = Array(phoneMask.unicodeScalars)
                scalars.replaceSubrange(index..<lastDigitEnd, with: replacement)
                index += replacement.count
            } else {
                index = max(lastDigitEnd, index + 1)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
