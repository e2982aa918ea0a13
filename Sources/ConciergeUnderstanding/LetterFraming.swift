import ConciergeDomain
/// Separates a letter's request from its opening and closing: "Dear support, … When will I be
/// refunded? Kind regards, Mrs. Smith" is read as the sentences between them. The salutation
/// and the sign-off carry no request, but their words do pull: a closing "Thanks, Anna" leans to
/// `thanks`, and a signed name is a word no in-scope example has, which leans to out of scope.
///
/// Only punctuation-delimited parts are removed (a sign-off follows the end of a sentence), and only
/// when at least `minimumBodyWords` words stay: a short "thanks, bye" or "hello, anyone there?" is
/// the message itself.
enum LetterFraming {
    static let minimumBodyWords = 8

    /// First words of a salutation segment ("dear sir or madam", "good morning", "hi there").
    static let salutationStarts: Set<String> = ["dear", "hello", "hi", "hey", "hiya", "greetings", "good"]
    /// Words a salutation segment may hold after its first word.
    static let salutationWords: Set<String> = [
        "sir", "or", "madam", "madame", "support", "team", "customer", "care", "service", "services", "there",
        "all", "everyone", "morning", "afternoon", "evening", "day", "concierge", "helpdesk", "desk", "help",
        "to", "whom", "it", "may", "concern", "folks", "again", "friend", "friends", "the", "staff", "agent",
        "mr", "mrs", "ms", "miss", "dr", "you", "dear",
    ]
    /// Well-wishing that opens a letter ("hope you're well", "i hope this finds you well", "i hope you can help me",
    /// "i hope i am in the right place").
    static let wishWords: Set<String> = [
        "i", "hope", "you", "you're", "youre", "are", "re", "well", "doing", "this", "finds", "all", "is", "good",
        "fine", "great", "having", "a", "nice", "day", "today", "and", "safe", "your", "going", "has", "been", "week",
        "weekend", "it's", "everything", "things", "can", "could", "will", "help", "me", "able", "to", "am", "in",
        "the", "right", "place",
    ]
    /// First words of a sign-off segment ("kind regards", "many thanks", "thank you kindly", "best").
    static let signOffStarts: Set<String> = [
        "regards", "kind", "best", "warm", "warmest", "many", "thanks", "thank", "thx", "ty", "cheers", "sincerely",
        "yours", "respectfully", "with", "greetings", "cordially", "all", "much", "appreciated", "love",
    ]
    /// Words a sign-off segment may hold after its first ("thank you very much for your help").
    static let signOffWords: Set<String> = [
        "regards", "wishes", "best", "thanks", "thank", "you", "kindly", "very", "so", "much", "in", "advance",
        "for", "your", "help", "a", "lot", "again", "the", "time", "and", "assistance", "support", "understanding",
        "patience", "sincerely", "truly", "faithfully", "all", "of", "it", "appreciate", "appreciated", "regard",
        "warm", "kind", "many", "greetings", "from",
    ]
    /// Words that end a conversation rather than sign a letter: a closing holding one is kept ("thanks, bye").
    static let farewellWords: Set<String> = ["bye", "goodbye", "later", "ciao", "care", "night", "soon"]

    /// The text without its salutation and sign-off, or nil when it has neither (or too little would stay).
    static func body(of text: String) -> Substring? {
        // Cheap exit for short texts; the rest is one pass over the bytes, and only the few segments at the two
        // ends are turned into words (and only while they are short enough to be a salutation, sign-off or name).
        guard text.utf8.count >= 30 else { return nil }
        let cut: Range<Int>?? = text.utf8.withContiguousStorageIfAvailable { bodyRange(of: $0) }
        guard let cut, let range = cut else { return nil }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }

    /// The byte range of the body in a text's bytes (`body`).
    static func bodyRange(of bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard hasTwoSegments(bytes) else { return nil }
        let bounds = segmentBounds(of: bytes)
        guard bounds.count >= 2 else { return nil }
        /// The lowercased words of segment `i`, or nil when it has more than `limit`.
        func words(_ i: Int, limit: Int) -> [String]? {
            var result: [String] = []
            var word: [UInt8] = []
            var index = bounds[i].start
            let end = bounds[i].end
            while index <= end {
                let byte = index < end ? bytes[index] : 0x20
                if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                    word.append(UInt8(ascii: "'"))  // a typographic apostrophe
                    index += 3
                    continue
                }
                if isWordByte(byte) {
                    word.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                } else if !word.isEmpty {
                    if result.count == limit { return nil }
                    result.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
                index += 1
            }
            return result
        }
        /// The number of words of segment `i`.
        func wordCount(_ i: Int) -> Int {
            var count = 0
            var inWord = false
            for index in bounds[i].start..<bounds[i].end {
                let isWord = isWordByte(bytes[index])
                if isWord && !inWord { count += 1 }
                inWord = isWord
            }
            return count
        }
        /// The first word of segment `i`, lowercased; "" when it is longer than any opening's or closing's first word.
        func firstWord(_ i: Int) -> String {
            var end = bounds[i].start
            while end < bounds[i].end && isWordByte(bytes[end]) { end += 1 }
            let count = end - bounds[i].start
            guard count <= 12 else { return "" }
            return String(unsafeUninitializedCapacity: count) { buffer in
                for k in 0..<count {
                    let byte = bytes[bounds[i].start + k]
                    buffer[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return count
            }
        }
        var first = 0
        var last = bounds.count  // exclusive
        // The opening: a salutation, then perhaps well-wishing ("hope you're well", "i hope…"). The words of a
        // segment are made only when its first word may open one.
        if salutationStarts.contains(firstWord(first)), let opening = words(first, limit: 5), isSalutation(opening) {
            first += 1
        }
        while first < last, ["i", "hope"].contains(firstWord(first)), let wish = words(first, limit: 8), isWish(wish) {
            first += 1
        }
        // The closing: a sign-off, then at most a name (a few words per segment, "Mrs. Jane Doe" is two).
        var closing = last - 1
        guard signOffStarts.contains(firstWord(closing)) || wordCount(closing) <= 3 else {
            return first > 0 ? checkedBody(first, last) : nil
        }
        var closingWords = words(closing, limit: 7)
        var nameWords = 0
        var hasFarewell = false
        while closing > first, let name = closingWords, name.count <= 3, !isSignOff(name) {
            nameWords += name.count
            hasFarewell = hasFarewell || name.contains(where: farewellWords.contains)
            closing -= 1
            closingWords = words(closing, limit: 7)
        }
        if closing > first, nameWords <= 3, !hasFarewell, let signOff = closingWords, isSignOff(signOff),
           !signOff.contains(where: farewellWords.contains) {
            last = closing
        }
        guard first > 0 || last < bounds.count else { return nil }
        return checkedBody(first, last)

        /// The byte range of segments `first..<last`, when they hold enough words to be read alone.
        func checkedBody(_ first: Int, _ last: Int) -> Range<Int>? {
            guard first < last else { return nil }
            var bodyWords = 0
            for i in first..<last { bodyWords += wordCount(i) }
            guard bodyWords >= minimumBodyWords else { return nil }
            return bounds[first].start..<bounds[last - 1].end
        }
    }

    /// A byte of a word: an ASCII letter, digit or apostrophe, or any byte of a non-ASCII character.
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), 0x80...:
            return true
        default:
            return false
        }
    }

    /// Whether some word follows a sentence punctuation mark or line break (without building the segments: most
    /// messages are one sentence).
    static func hasTwoSegments(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var seenWord = false
        var seenBreak = false
        for byte in bytes {
            if isWordByte(byte) {
                if seenBreak { return true }
                seenWord = true
            } else if seenWord && isBreak(byte) {
                seenBreak = true
            }
        }
        return false
    }

    static func isBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            return true
        default:
            return false
        }
    }

    /// The byte ranges of the text's segments (cut at sentence punctuation and line breaks), each from its first
    /// to past its last byte of a word (ASCII letters, digits, apostrophes, and any non-ASCII byte); segments
    /// without a word are left out.
    static func segmentBounds(of bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, end: Int)] {
        var bounds: [(start: Int, end: Int)] = []
        var start = -1
        var end = 0
        for (index, byte) in bytes.enumerated() {
            if isWordByte(byte) {
                if start < 0 { start = index }
                end = index + 1
                continue
            }
            if isBreak(byte) {
                if start >= 0 { bounds.append((start, end)) }
                start = -1
            }
        }
        if start >= 0 { bounds.append((start, end)) }
        return bounds
    }

    static func isSalutation(_ words: [String]) -> Bool {
        guard let head = words.first, salutationStarts.contains(head), words.count <= 5 else { return false }
        // "good" opens a salutation only as "good morning/afternoon/evening/day".
        if head == "good" && (words.count < 2 || !["morning", "afternoon", "evening", "day"].contains(words[1])) {
            return false
        }
        // "Dear Anna": a name after "dear" or "hello" is part of it; other words must be a salutation's.
        return words.dropFirst().allSatisfy { salutationWords.contains($0) } || (head == "dear" && words.count <= 3)
    }

    static func isWish(_ words: [String]) -> Bool {
        words.count >= 2 && words.count <= 8 && words.contains("hope") && words.allSatisfy { wishWords.contains($0) }
    }

    static func isSignOff(_ words: [String]) -> Bool {
        guard let head = words.first, signOffStarts.contains(head), words.count <= 7 else { return false }
        // "with", "all", "much", "love" open a sign-off only with a sign-off's word after them.
        if ["with", "all", "much", "love", "many", "kind", "warm", "warmest", "best", "yours"].contains(head), words.count >= 2 {
            return words.dropFirst().allSatisfy { signOffWords.contains($0) }
        }
        if words.count == 1 {
            return !["with", "all", "much", "love", "many", "kind", "warm", "warmest"].contains(head)
        }
        return words.dropFirst().allSatisfy { signOffWords.contains($0) }
    }
}
