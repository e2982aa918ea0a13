import Foundation
import ConciergeDomain

/// Turns a buyer's message into lower-case word tokens: Unicode folded (accents, widths,
/// curly quotes), punctuation dropped, contractions and chat shorthand expanded.
///
/// Digits are kept as digit tokens (`"#123456"` → `"123456"`); the classifier maps them to
/// placeholders and entity extraction reads them exactly.
public struct TextNormalizer: Sendable {
    /// Creates a normalizer.
    public init() {}

    /// The normalised tokens of `text`. The reader tokenises a line and then reads it as a short reply, which
    /// tokenises it again; the last texts tokenised are kept for that.
    public func tokens(_ text: String) -> [String] {
        if let kept = Self.lastTexts.tokens(of: text) { return kept }
        let tokens = tokensAfresh(text)
        Self.lastTexts.keep(tokens, of: text)
        return tokens
    }

    /// The normalised tokens of `text`, for a caller that reads each text once (`classify`): the texts tokenised
    /// last are neither searched nor kept.
    package func tokensReadOnce(_ text: String) -> [String] {
        tokensAfresh(text)
    }

    private static let lastTexts = LastTexts()

    /// The last few texts tokenised, with their tokens; safe to share between threads.
    private final class LastTexts: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [(text: String, tokens: [String])] = []
        private var next = 0
        private static let kept = 4

        func tokens(of text: String) -> [String]? {
            lock.lock()
            defer { lock.unlock() }
            // By bytes: canonically equivalent texts compare equal as strings but are tokenised differently.
            return entries.first { $0.text.utf8.elementsEqual(text.utf8) }?.tokens
        }

        func keep(_ tokens: [String], of text: String) {
            lock.lock()
            defer { lock.unlock() }
            if entries.count < Self.kept {
                entries.append((text, tokens))
            } else {
                entries[next] = (text, tokens)
                next = (next + 1) % Self.kept
            }
        }
    }

    private func tokensAfresh(_ text: String) -> [String] {
        var tokens: [String] = []
        tokens.reserveCapacity(16)
        let bytes = Self.foldedBytes(text)
        var start = -1
        var index = 0
        let count = bytes.count
        func flush(_ end: Int) {
            if start >= 0 {
                emit(bytes[start..<end], into: &tokens)
                start = -1
            }
        }
        while index < count {
            let byte = bytes[index]
            if Self.isWordByte(byte) {
                if start >= 0, index > start, Self.isDigitLetterBoundary(bytes, index, start: start) {
                    flush(index)
                }
                if start < 0 { start = index }
            } else if byte == UInt8(ascii: "'"), start >= 0, index + 1 < count, Self.isLetterByte(bytes[index + 1]) {
                // apostrophe inside a word: keep for contraction handling
            } else {
                flush(index)
            }
            index += 1
        }
        flush(count)
        return tokens
    }

    /// The tokens joined by single spaces.
    public func normalize(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    // MARK: - Folding

    /// Lower-cased bytes; non-ASCII text is folded (diacritics, width, case) first.
    static func foldedBytes(_ text: String) -> [UInt8] {
        // ASCII text, the usual case, is lower-cased straight from the string's storage.
        let lowered = text.utf8.withContiguousStorageIfAvailable { source -> [UInt8]? in
            guard !source.contains(where: { $0 >= 0x80 }) else { return nil }
            return [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
                for i in 0..<source.count {
                    let byte = source[i]
                    buffer[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                count = source.count
            }
        }
        if let lowered, let lowered { return lowered }
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return text.utf8.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4, 0x0060, 0x02BC: scalars.append("'")
            case 0x00DF: scalars.append(contentsOf: "ss".unicodeScalars)
            default:
                if scalar.properties.isWhitespace || scalar.properties.generalCategory.isPunctuationOrSymbol {
                    scalars.append(" ")
                } else {
                    scalars.append(scalar)
                }
            }
        }
        let folded = String(scalars)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        return Array(folded.utf8)
    }

    @inline(__always) static func isLetterByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || byte >= 0x80
    }

    @inline(__always) static func isDigitByte(_ byte: UInt8) -> Bool {
        byte >= 48 && byte <= 57
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        isLetterByte(byte) || isDigitByte(byte)
    }

    /// Splits "order123456" and "123456abc", but keeps ordinals such as "2nd" whole.
    private static func isDigitLetterBoundary(_ bytes: [UInt8], _ index: Int, start: Int) -> Bool {
        let previous = bytes[index - 1]
        let current = bytes[index]
        if isDigitByte(previous) && isLetterByte(current) {
            // ordinal suffix: st, nd, rd, th followed by a non-letter
            if index + 1 < bytes.count {
                let pair = (current, bytes[index + 1])
                let isSuffix = pair == (115, 116) || pair == (110, 100) || pair == (114, 100) || pair == (116, 104)
                let after = index + 2 < bytes.count ? bytes[index + 2] : 32
                if isSuffix && !isLetterByte(after) { return false }
            }
            return true
        }
        if isLetterByte(previous) && isDigitByte(current) {
            // a letter before digits; don't split inside ordinals already kept ("2nd")
            return true
        }
        return false
    }

    // MARK: - Contractions and shorthand

    private func emit(_ slice: ArraySlice<UInt8>, into tokens: inout [String]) {
        let word = String(decoding: slice, as: UTF8.self)
        // ASCII words are searched as bytes: Foundation's substring search cost more than the
        // rest of tokenising. Other words keep it (an apostrophe may carry a combining mark).
        let isASCII = !slice.contains { $0 >= 0x80 }
        if isASCII ? slice.contains(UInt8(ascii: "'")) : word.contains("'") {
            expandContraction(word, into: &tokens)
            return
        }
        if let expansion = isASCII ? Self.shorthandByBytes.expansion(of: slice) : Self.shorthand[word] {
            tokens.append(contentsOf: expansion)
        } else {
            tokens.append(word)
        }
    }

    /// `shorthand` by the bytes of its words, for ASCII words: hashing the bytes costs a fraction of hashing a
    /// string, and this runs for every word of every line.
    private static let shorthandByBytes = ByteKeyedWords(shorthand)

    /// A small map from ASCII words, given as bytes, to their expansions.
    private struct ByteKeyedWords: Sendable {
        private var table = FeatureTable(minimumCapacity: 256)
        private var words: [[UInt8]] = []
        private var expansions: [[String]] = []

        init(_ map: [String: [String]]) {
            for (word, expansion) in map.sorted(by: { $0.key < $1.key }) {
                let bytes = Array(word.utf8)
                let index = table.insert(Self.key(bytes))
                precondition(Int(index) == words.count, "two shorthand words with one hash")
                words.append(bytes)
                expansions.append(expansion)
            }
        }

        func expansion(of bytes: ArraySlice<UInt8>) -> [String]? {
            guard let index = table.index(of: Self.key(bytes)), words[Int(index)].elementsEqual(bytes) else { return nil }
            return expansions[Int(index)]
        }

        private static func key<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
            var hash = StableHash()
            hash.combine(bytes: bytes)
            return hash.finalized
        }
    }

    private func expandContraction(_ word: String, into tokens: inout [String]) {
        if let expansion = Self.irregularContractions[word] {
            tokens.append(contentsOf: expansion)
            return
        }
        for (suffix, replacement) in Self.contractionSuffixes where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            if !stem.isEmpty {
                tokens.append(stem)
                if let replacement { tokens.append(replacement) }
                return
            }
        }
        let plain = word.replacingOccurrences(of: "'", with: "")
        if !plain.isEmpty { tokens.append(Self.shorthand[plain]?.joined(separator: " ") ?? plain) }
    }

    private static let irregularContractions: [String: [String]] = [
        "can't": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
        "ain't": ["is", "not"], "i'm": ["i", "am"], "let's": ["let", "us"],
        "it's": ["it", "is"], "that's": ["that", "is"], "what's": ["what", "is"],
        "where's": ["where", "is"], "who's": ["who", "is"], "how's": ["how", "is"],
        "there's": ["there", "is"], "here's": ["here", "is"], "he's": ["he", "is"],
        "she's": ["she", "is"], "when's": ["when", "is"], "y'all": ["you", "all"],
    ]

    /// Checked in order; `nil` replacement drops the suffix (possessive 's).
    private static let contractionSuffixes: [(String, String?)] = [
        ("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
        ("'m", "am"), ("'s", nil),
    ]

    /// Apostrophe-less contractions and chat shorthand buyers type.
    static let shorthand: [String: [String]] = [
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
        "cant": ["can", "not"], "cannot": ["can", "not"], "couldnt": ["could", "not"],
        "wont": ["will", "not"], "wouldnt": ["would", "not"], "shouldnt": ["should", "not"],
        "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
        "werent": ["were", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"],
        "hadnt": ["had", "not"], "aint": ["is", "not"], "im": ["i", "am"], "ive": ["i", "have"],
        "youre": ["you", "are"], "thats": ["that", "is"], "whats": ["what", "is"],
        "wheres": ["where", "is"], "hows": ["how", "is"], "theres": ["there", "is"],
        "u": ["you"], "ur": ["your"], "r": ["are"], "pls": ["please"], "plz": ["please"],
        "pleas": ["please"], "thx": ["thanks"], "thanx": ["thanks"], "tks": ["thanks"],
        "ty": ["thank", "you"], "tysm": ["thank", "you", "so", "much"], "tnx": ["thanks"],
        "wanna": ["want", "to"], "gonna": ["going", "to"], "gotta": ["got", "to"],
        "wat": ["what"], "wht": ["what"], "msg": ["message"], "pkg": ["package"],
        "rn": ["right", "now"], "bc": ["because"], "cuz": ["because"], "coz": ["because"],
        "idk": ["i", "do", "not", "know"], "hv": ["have"], "abt": ["about"], "b4": ["before"],
        "asap": ["as", "soon", "as", "possible"], "pmt": ["payment"], "acct": ["account"],
        "info": ["information"], "hi5": ["hi"], "thnx": ["thanks"], "k": ["ok"], "okay": ["ok"],
        "okey": ["ok"], "yr": ["your"], "ya": ["you"], "yo": ["hey"],
    ]
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
             .currencySymbol, .modifierSymbol, .otherSymbol, .control, .format:
            return true
        default:
            return false
        }
    }
}
