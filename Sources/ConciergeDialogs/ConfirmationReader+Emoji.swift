import Foundation

/// Pictures in a reply: "ok 👍", "yess 🙏", "🙅‍♀️", "ye send 📨".
///
/// A picture that gives consent alone ("👍", "👌", "✅") is a yes said without words; one that refuses ("👎", "🙅", "❌") a
/// no; one that doubts ("🤔", "🤷") holds a yes back. Beside a yes, only a plain picture of approval or warmth ("🙂", "😊",
/// "❤️", "🎉") decorates it; any other ("❓", "⏳", "😰", "🙄", "🤦", "⚠️") may doubt, put off, fear or mock, and the yes is
/// asked again. A picture alone that neither consents nor refuses ("😊", "📨") is no answer: asked again. Joiners, skin tones,
/// gender signs and variation selectors belong to the picture before them.
extension ConfirmationReader {
    enum Picture { case consents, refuses, doubts, decorates, other }

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
        // "yes ⏳", "sure 🙄", "ok 😰": a picture that is no plain approval may put the yes off or take it back; asked again.
        if reading.decision == .yes, kinds.contains(.other) {
            reading = ConfirmationReading(decision: .unsure, why: "agreement beside a picture that is no plain approval", rest: reading.rest)
        }
        return reading
    }

    /// The kind of picture `scalar` is, or nil for a letter, digit or mark of writing.
    static func picture(_ scalar: Unicode.Scalar) -> Picture? {
        let value = scalar.value
        if consentingPictures.contains(value) { return .consents }
        if refusingPictures.contains(value) { return .refuses }
        if doubtingPictures.contains(value) { return .doubts }
        if approvingPictures.contains(value) { return .decorates }
        // Other pictographs, symbols and dingbats drawn as pictures.
        if scalar.properties.isEmojiPresentation || (0x1F000...0x1FAFF).contains(value) || (0x2600...0x27BF).contains(value)
            || (0x2300...0x23FF).contains(value) || (0x2B00...0x2BFF).contains(value) || value == 0x3030 || value == 0x303D { return .other }
        return nil
    }

    /// Thumbs up, OK hand, check marks, folded hands, clapping, handshake, the OK button.
    static let consentingPictures: Set<UInt32> = [0x1F44D, 0x1F44C, 0x2705, 0x2714, 0x2611, 0x1F197, 0x1F64F, 0x1F44F, 0x1F91D]
    /// Thumbs down, cross marks, no-entry signs, a person gesturing no, a raised hand, a stop sign.
    static let refusingPictures: Set<UInt32> = [0x1F44E, 0x274C, 0x274E, 0x2716, 0x1F6AB, 0x26D4, 0x1F645, 0x270B, 0x1F6D1, 0x1F590]
    /// A thinking face, a shrug, a confused or flat face.
    static let doubtingPictures: Set<UInt32> = [0x1F914, 0x1F937, 0x1F615, 0x1FAE4, 0x1F610, 0x1F636, 0x1F928, 0x1F62C]
    /// Plain pictures of approval or warmth that may stand beside a yes: smiling faces (🙂 😊 😀 😃 😄 😁 ☺️ 🥰 😍), hearts
    /// (❤️ 🧡 💛 💚 💙 💜 🤍 💕 💖), raised hands, a party popper, sparkles, a strong arm, hundred points, a star; envelopes
    /// going out ("ye send 📨").
    static let approvingPictures: Set<UInt32> = [0x1F642, 0x1F60A, 0x1F600, 0x1F603, 0x1F604, 0x1F601, 0x263A, 0x1F970, 0x1F60D,
                                                 0x2764, 0x1F9E1, 0x1F49B, 0x1F49A, 0x1F499, 0x1F49C, 0x1F90D, 0x1F495, 0x1F496,
                                                 0x1F64C, 0x1F389, 0x2728, 0x1F4AA, 0x1F4AF, 0x2B50, 0x1F31F,
                                                 0x1F4E8, 0x1F4E9, 0x1F4E7, 0x2709, 0x1F4E4]
    /// Zero-width joiner, variation selectors, gender signs and the keycap mark: parts of the picture before them.
    static let pictureParts: Set<UInt32> = [0x200D, 0xFE0F, 0xFE0E, 0x2640, 0x2642, 0x20E3]
}
