import ConciergeDomain
/// Corrects out-of-vocabulary words to vocabulary words by Damerau–Levenshtein distance
/// (symmetric-delete index): distance 1 for words of 4–6 letters, 2 for longer words
/// (with the same first letter). Real English words are never corrected. Ties go to the more frequent word, then the alphabetically first.
struct SpellCorrector: Sendable {
    /// Words shorter than this are never corrected ("ur", "hi", "2nd" stay as typed).
    static let minimumLength = 4
    /// Words at least this long may be corrected at distance 2.
    static let distanceTwoLength = 7

    private let words: [[UInt8]]
    private let frequencies: [Int]
    private let known: Set<String>
    /// The vocabulary the corrector was built from (word → frequency).
    let vocabulary: [String: Int]
    /// The symmetric-delete index, flat: `keys` maps the hash of a word or of one of its
    /// deletes to a bucket, and bucket `b` holds the word ids `ids[starts[b]..<starts[b + 1]]`.
    /// Built in two counting passes with no allocation per key, so a start-up builds it in
    /// about a millisecond.
    private let keys: FeatureTable
    private let starts: [Int32]
    private let ids: [Int32]
    /// The corrections searched lately (nil: none close enough): buyers make the same typos line after line, and a
    /// search is the dearest step of reading a word. Shared by the copies of this corrector, whose words they are.
    private let searched = SharedMemo<String, String?>(capacity: 1 << 12)

    /// `vocabulary` maps each known word to its frequency in the catalog.
    init(vocabulary: [String: Int]) {
        self.vocabulary = vocabulary
        let sorted = vocabulary.sorted { $0.key < $1.key }
        words = sorted.map { Array($0.key.utf8) }
        frequencies = sorted.map(\.value)
        known = Set(vocabulary.keys)
        // Pass one: every (key, word) pair, its bucket, and the bucket sizes.
        // A word of n letters has 1 + n keys, plus n(n-1)/2 when it takes two deletions;
        // many coincide, so the table is sized for most of them, not all.
        let pairCount = words.reduce(0) { total, word in
            let n = word.count
            return total + 1 + n + (n >= Self.distanceTwoLength - 2 ? n * (n - 1) / 2 : 0)
        }
        var keys = FeatureTable(minimumCapacity: pairCount * 3 / 4)
        var pairBuckets: [Int32] = []
        var pairIDs: [Int32] = []
        pairBuckets.reserveCapacity(pairCount)
        pairIDs.reserveCapacity(pairCount)
        for (position, word) in words.enumerated() where word.count >= Self.minimumLength - 1 {
            guard word.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { continue }
            let id = Int32(position)
            let maxDistance = word.count >= Self.distanceTwoLength - 2 ? 2 : 1
            pairBuckets.append(keys.insert(Self.key(word)))
            pairIDs.append(id)
            Self.forEachDeleteKey(of: word, upTo: maxDistance) { key in
                pairBuckets.append(keys.insert(key))
                pairIDs.append(id)
            }
        }
        // Pass two: bucket starts (prefix sums), then each id into its bucket.
        var starts = [Int32](repeating: 0, count: keys.count + 1)
        for bucket in pairBuckets { starts[Int(bucket) + 1] += 1 }
        for b in 0..<keys.count { starts[b + 1] += starts[b] }
        var fill = starts
        var ids = [Int32](repeating: 0, count: pairIDs.count)
        for (bucket, id) in zip(pairBuckets, pairIDs) {
            ids[Int(fill[Int(bucket)])] = id
            fill[Int(bucket)] += 1
        }
        self.keys = keys
        self.starts = starts
        self.ids = ids
    }

    /// Whether `word` is a vocabulary word.
    func isKnown(_ word: String) -> Bool { known.contains(word) }

    /// Longest word worth correcting.
    static let maximumLength = 30

    /// The vocabulary word `word` was most likely meant to be, or nil when it is known,
    /// too short, not purely alphabetic, or nothing is close enough.
    func correction(for word: String) -> String? {
        if known.contains(word) { return nil }
        let utf8 = word.utf8
        // No word is longer than maximumLength; a longer run is noise, and correcting it would cost quadratic time.
        guard utf8.count >= Self.minimumLength, utf8.count <= Self.maximumLength,
              utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
        if EnglishLexicon.contains(word) { return nil }  // a real word, just not one the catalog uses
        // Lower-case ASCII from here on, so equal keys are equal bytes.
        if let kept = searched.value(for: word) { return kept }
        let found = search(Array(utf8))
        searched.keep(found, for: word)
        return found
    }

    /// The closest vocabulary word to `bytes` (lower-case ASCII letters, unknown, not English), if one is close enough.
    private func search(_ bytes: [UInt8]) -> String? {
        let maxDistance = bytes.count >= Self.distanceTwoLength ? 2 : 1
        // Ranked by distance, then swapped letters before other edits ("wnat" is "want", not
        // "what"), then frequency, then index: deterministic and typo-shaped.
        var best: (distance: Int, swapped: Bool, frequency: Int, id: Int32)?
        let sortedLetters = bytes.sorted()
        func consider(_ ids: ArraySlice<Int32>) {
            for id in ids {
                let candidate = words[Int(id)]
                if abs(candidate.count - bytes.count) > maxDistance { continue }
                let distance = Self.distance(bytes, candidate, limit: maxDistance)
                if distance > maxDistance { continue }
                if distance == 2 && candidate.first != bytes.first { continue }
                if distance == 1 && candidate.count < Self.minimumLength - 1 { continue }
                let swapped = candidate.count == bytes.count && candidate.sorted() == sortedLetters
                let frequency = frequencies[Int(id)]
                if let current = best {
                    if distance != current.distance {
                        if distance > current.distance { continue }
                    } else if swapped != current.swapped {
                        if !swapped { continue }
                    } else if frequency != current.frequency {
                        if frequency < current.frequency { continue }
                    } else if id >= current.id {
                        continue
                    }
                }
                best = (distance, swapped, frequency, id)
            }
        }
        func consider(key: UInt64) {
            guard let bucket = keys.index(of: key).map(Int.init) else { return }
            consider(ids[Int(starts[bucket])..<Int(starts[bucket + 1])])
        }
        consider(key: Self.key(bytes))
        Self.forEachDeleteKey(of: bytes, upTo: maxDistance) { consider(key: $0) }
        guard let best else { return nil }
        return String(decoding: words[Int(best.id)], as: UTF8.self)
    }

    private static func key(_ bytes: [UInt8]) -> UInt64 {
        var hash = StableHash()
        hash.combine(bytes: bytes)
        return hash.value
    }

    /// Calls `body` with the key (hash) of every string obtained by deleting 1…`upTo`
    /// characters (duplicates possible): the same strings, in the same order, as deleting
    /// them from copies, but hashed in place from the running hash of the prefix before the
    /// first deletion.
    private static func forEachDeleteKey(of word: [UInt8], upTo: Int, _ body: (UInt64) -> Void) {
        let count = word.count
        guard count > 1 else { return }
        word.withUnsafeBufferPointer { bytes in
            var prefix = StableHash()
            for i in 0..<count {
                var once = prefix
                for k in (i + 1)..<count { once.combine(bytes[k]) }
                body(once.value)
                if upTo >= 2 && count - 1 > 1 {
                    // a second deletion at a later position only, so each pair is produced once
                    var twicePrefix = prefix
                    for j in (i + 1)..<count {
                        var twice = twicePrefix
                        for k in (j + 1)..<count { twice.combine(bytes[k]) }
                        body(twice.value)
                        twicePrefix.combine(bytes[j])
                    }
                }
                prefix.combine(bytes[i])
            }
        }
    }

    /// Whether `distance(a, b, limit: 1) <= 1`, without the table: equal, or one substitution, insertion, deletion
    /// or swap of neighbours apart.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            guard let first = a.indices.first(where: { a[$0] != b[$0] }) else { return true }
            if a[(first + 1)...] == b[(first + 1)...] { return true }
            return first + 1 < a.count && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)...] == b[(first + 2)...]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        let first = short.indices.first(where: { short[$0] != long[$0] }) ?? short.count
        return short[first...] == long[(first + 1)...]
    }

    /// Optimal-string-alignment distance, stopping early once it exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        var previous2 = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMin = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[m]
    }
}
