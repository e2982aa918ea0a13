import Foundation

/// Pictures in a reply: "ok 👍", "yess 🙏", "🙅‍♀️", "ye send 📨".
///
/// A picture that gives consent alone ("👍", "👌", "✅") is a yes said without words; one that refuses ("👎", "🙅", "❌") a
/// no; one that doubts ("🤔", "🤷") holds a yes back. Any other picture beside words only decorates them, and the words
/// decide. A picture alone that neither consents nor refuses ("😊", "📨") is no answer: asked again. Joiners, skin tones,
/// gender signs and variation selectors belong to the picture before them.
extension ConfirmationReader {
    enum Picture { case consents, refuses, doubts, decorates }

    /// The reading of a line with pictures in it, or nil when it has none.
    func readPictures(_ text: String) -> ConfirmationReading? {
        var plain = ""
        var pictures: [Picture] = []
        for scalar in text.unicodeScalars {
            if Self.pictureParts.contains(scalar.value) || (0x1F3FB...0x1F3FF).contains(scalar.value) { continue }
            if let kind = Self.picture(scalar) { pictures.append(kind) } else { plain.unicodeScalars.append(scalar) }
        }
        guard !pictures.isEmpty else { return nil }
        let kinds = Set(pictures)
        guard plain.contains(where: { $0.isLetter || $0.isNumber }) else {
            if kinds == [.consents] { return ConfirmationReading(decision: .yes, why: "a picture that consents, said alone", rest: "") }
            if kinds == [.refuses] { return ConfirmationReading(decision: .no, why: "a picture that refuses, said alone", rest: "") }
            var reading = ConfirmationReading(decision: .unsure, why: "pictures that neither consent nor refuse", rest: "")
            reading.holdsBack = !kinds.isDisjoint(with: [.refuses, .doubts])
            return reading
        }
        var reading = read(plain)
        // "yes 👎", "ok 🤔": the picture takes a yes back to a maybe; a refusal stays a refusal.
        if reading.decision == .yes, !kinds.isDisjoint(with: [.refuses, .doubts]) {
            reading = ConfirmationReading(decision: .unsure, why: "agreement beside a picture that refuses or doubts", rest: reading.rest)
            reading.holdsBack = true
        }
        return reading
    }

    /// The kind of picture `scalar` is, or nil for a letter, digit or mark of writing.
    static func picture(_ scalar: Unicode.Scalar) -> Picture? {
        let value = scalar.value
        if consentingPictures.contains(value) { return .consents }
        if refusingPictures.contains(value) { return .refuses }
        if doubtingPictures.contains(value) { return .doubts }
        // Pictographs, symbols and dingbats drawn as pictures.
        if scalar.properties.isEmojiPresentation || (0x1F000...0x1FAFF).contains(value) || (0x2600...0x27BF).contains(value) { return .decorates }
        return nil
    }

    /// Thumbs up, OK hand, check marks, folded hands, clapping, handshake, the OK button.
    static let consentingPictures: Set<UInt32> = [0x1F44D, 0x1F44C, 0x2705, 0x2714, 0x2611, 0x1F197, 0x1F64F, 0x1F44F, 0x1F91D]
    /// Thumbs down, cross marks, no-entry signs, a person gesturing no, a raised hand, a stop sign.
    static let refusingPictures: Set<UInt32> = [0x1F44E, 0x274C, 0x274E, 0x2716, 0x1F6AB, 0x26D4, 0x1F645, 0x270B, 0x1F6D1, 0x1F590]
    /// A thinking face, a shrug, a confused or flat face.
    static let doubtingPictures: Set<UInt32> = [0x1F914, 0x1F937, 0x1F615, 0x1FAE4, 0x1F610, 0x1F636, 0x1F928, 0x1F62C]
    /// Zero-width joiner, variation selectors, gender signs and the keycap mark: parts of the picture before them.
    static let pictureParts: Set<UInt32> = [0x200D, 0xFE0F, 0xFE0E, 0x2640, 0x2642, 0x20E3]
}
