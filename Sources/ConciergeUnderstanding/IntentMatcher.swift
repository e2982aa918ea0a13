import Foundation
import ConciergeDomain

/// Classifies buyer messages into the catalog's intents: normalisation, typo correction,
/// hashed word and character n-gram features, and a softmax regression trained on the
/// catalog at start-up (or restored from a validated cache, see `IntentMatcher+Cache`).
public struct IntentMatcher: Sendable {
    /// The hyper-parameters the matcher was trained and decides with.
    public let settings: MatcherSettings
    /// The catalog fingerprint the model was trained on.
    public let catalogFingerprint: UInt64

    /// Leaf classes: one per intent definition, sorted by name.
    let labels: [String]
    /// Top-level intent (group) of each label.
    let groupOfLabel: [Int]
    /// Top-level intent names, sorted.
    let groups: [String]
    let outOfScopeGroup: Int?
    let table: FeatureTable
    let model: SoftmaxRegression
    let corrector: SpellCorrector
    /// Words that occur in some in-scope example.
    let inScopeWords: Set<String>
    /// The model columns of the word-vector features, one per dimension (-1: a dimension the
    /// model has no column for); empty when they are off.
    let denseColumns: [Int32]
    let normalizer = TextNormalizer()
    /// Each word's own features (its unigram, then its character n-grams) as this matcher's model columns (-1: a
    /// feature the model has no column for), kept for the words read lately: hashing a word's n-grams and looking
    /// them up in the feature table is most of reading a message, and buyers use the same words again and again.
    /// The columns depend on the word's bytes alone, which is what `WordMemo` finds entries by.
    /// With each word, whether it names a service (`FeatureExtractor.services`), which depends on the word alone too.
    private let wordColumns = WordMemo<(columns: [Int32], isService: Bool)>(capacity: 1 << 14)
    /// Each normalised word's classifier token and whether no in-scope example has it: both depend on the word alone
    /// (foreign-word translation, typo correction and the placeholder are read word by word), so they are kept.
    private let wordTokens = WordMemo<(token: String, unknown: Bool)>(capacity: 1 << 14)

    /// Trains on every example of `catalog` with the default settings.
    public init(catalog: IntentCatalog) {
        self.init(catalog: catalog, settings: MatcherSettings())
    }

    /// Trains on every example of `catalog`.
    public init(catalog: IntentCatalog, settings: MatcherSettings) {
        let examples = catalog.intents.flatMap { intent in intent.examples.map { (intent.name, $0.text) } }
        self.init(
            definitions: catalog.intents.map { ($0.name, $0.topLevelName) }, examples: examples,
            settings: settings, fingerprint: catalog.fingerprint)
    }

    /// Trains on a subset of examples (cross-validation): `definitions` are (name, top-level) pairs.
    /// Long: the features, the spell-correction vocabulary and the model are built in one pass over the examples.
    init(
        definitions: [(name: String, topLevel: String)], examples: [(intent: String, text: String)],
        settings: MatcherSettings, fingerprint: UInt64
    ) {
        let sortedDefinitions = definitions.sorted { $0.name < $1.name }
        let labels = sortedDefinitions.map(\.name)
        let groups = Array(Set(sortedDefinitions.map(\.topLevel))).sorted()
        let groupIndex = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let groupOfLabel = sortedDefinitions.map { groupIndex[$0.topLevel] ?? 0 }
        let outOfScopeGroup = groupIndex[IntentCatalog.outOfScope]

        // The examples in an order of their own content (hash of intent and text): the feature
        // columns, the rows and the training order then follow from what the catalog says, not
        // from the order its files list it in (`SoftmaxRegression.train`).
        var examples = examples.map { (key: Self.exampleKey(intent: $0.intent, text: $0.text), example: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : ($0.example.intent, $0.example.text) < ($1.example.intent, $1.example.text) }
            .map(\.example)
        let originalCount = examples.count
        if settings.augmentFraming {
            let wrappers = RequestFraming.trainingWrappers
            // The wrapper follows from the text, so a sentence given to two intents is wrapped
            // alike for both and stays the tie it is.
            examples += examples.map { example in
                let wrapper = wrappers[Int(StableHash.of(example.text) % UInt64(wrappers.count))]
                return (example.intent, wrapper.replacingOccurrences(of: "{}", with: example.text))
            }
        }
        let normalizer = TextNormalizer()
        let tokenized = examples.map { example in
            var tokens = normalizer.tokens(example.text)
            if settings.readAmounts { tokens = AmountWords.read(tokens) }
            return settings.stripFraming ? RequestFraming.request(in: tokens) : tokens
        }
        var frequency: [String: Int] = [:]
        var inScopeDocuments: [String: Int] = [:]
        // Vocabulary and "in-scope word" counts come from the catalog's own sentences: a
        // wrapper's words stay unknown, as an unseen framing's words are at run time.
        for (example, tokens) in zip(examples, tokenized).prefix(originalCount) {
            let isInScope = groupOfLabel[labelIndex[example.intent] ?? 0] != outOfScopeGroup
            for token in tokens { frequency[token, default: 0] += 1 }
            if isInScope {
                for token in Set(tokens) { inScopeDocuments[token, default: 0] += 1 }
            }
        }
        let extractor = FeatureExtractor(settings: settings)
        var table = FeatureTable(minimumCapacity: 1 << 15)
        var rows: [SoftmaxRegression.Row] = []
        var rowLabels: [[Int]] = []
        var rowKeys: [UInt64] = []
        // A sentence taught to several intents is one row with all their labels (its target shared
        // between them), not several rows whose order would decide which intent it leans to.
        var rowOfText: [String: Int] = [:]
        rows.reserveCapacity(examples.count)
        var hashes: [UInt64] = []
        var weights: [Float] = []
        for (example, tokens) in zip(examples, tokenized) {
            guard let label = labelIndex[example.intent], !tokens.isEmpty else { continue }
            if let row = rowOfText[example.text] {
                if !rowLabels[row].contains(label) { rowLabels[row].append(label) }
                continue
            }
            rowOfText[example.text] = rows.count
            let isInScope = groupOfLabel[label] != outOfScopeGroup
            // A word counts as unknown for an in-scope example when no *other* in-scope
            // example has it: this simulates meeting new words at run time, so the
            // "unknown word" feature does not become a pure out-of-scope marker.
            let unknown = tokens.map { token -> Bool in
                let documents = inScopeDocuments[token] ?? 0
                return isInScope ? documents <= 1 : documents == 0
            }
            hashes.removeAll(keepingCapacity: true)
            weights.removeAll(keepingCapacity: true)
            extractor.extract(
                tokens: tokens.map(FeatureExtractor.classifierToken), unknown: unknown,
                hashes: &hashes, weights: &weights)
            let norm = 1 / Float(hashes.count).squareRoot()
            for i in weights.indices { weights[i] *= norm }
            extractor.appendDense(tokens: tokens, hashes: &hashes, weights: &weights)
            // Repeated features (a char n-gram in two words) are merged: same result, less work.
            var merged: [Int32: Float] = [:]
            for (hash, weight) in zip(hashes, weights) { merged[table.insert(hash), default: 0] += weight }
            let columns = merged.keys.sorted()
            rows.append(.init(columns: columns, values: columns.map { merged[$0] ?? 0 }))
            rowLabels.append([label])
            rowKeys.append(Self.exampleKey(intent: "", text: example.text))
        }
        // Several shuffles, averaged: one run's result depends on the order it saw examples in.
        let featureCount = table.count
        let models = (0..<max(1, settings.shuffles)).map { run -> SoftmaxRegression in
            var runSettings = settings
            runSettings.seed = settings.seed &+ UInt64(run) &* 0x9e37_79b9
            return SoftmaxRegression.train(
                rows: rows, labels: rowLabels, keys: rowKeys, classCount: labels.count, featureCount: featureCount,
                settings: runSettings)
        }
        // Rounded as the cache and the built-in model store it, so a restored matcher
        // classifies exactly like the one just trained.
        let model = SoftmaxRegression.average(models).roundTripped()
        self.init(
            settings: settings, catalogFingerprint: fingerprint, labels: labels, groupOfLabel: groupOfLabel,
            groups: groups, table: table, model: model, vocabulary: frequency,
            inScopeWords: Set(inScopeDocuments.keys))
    }

    /// What names a training example whatever its position: a hash of its intent and its text.
    static func exampleKey(intent: String, text: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(intent)
        hash.combine(text)
        return hash.finalized
    }

    init(
        settings: MatcherSettings, catalogFingerprint: UInt64, labels: [String], groupOfLabel: [Int],
        groups: [String], table: FeatureTable, model: SoftmaxRegression, vocabulary: [String: Int],
        inScopeWords: Set<String>
    ) {
        self.settings = settings
        self.catalogFingerprint = catalogFingerprint
        self.labels = labels
        self.groupOfLabel = groupOfLabel
        self.groups = groups
        self.outOfScopeGroup = groups.firstIndex(of: IntentCatalog.outOfScope)
        self.table = table
        self.model = model
        self.corrector = SpellCorrector(vocabulary: vocabulary)
        self.inScopeWords = inScopeWords
        if settings.embeddingWeight > 0, let vectors = WordVectors.builtIn {
            let columns = FeatureExtractor.denseFeature.prefix(vectors.dimensions).map { table.index(of: $0) }
            self.denseColumns = columns.map { $0 ?? -1 }
        } else {
            self.denseColumns = []
        }
    }

    /// The tokens the classifier sees: normalised, typos corrected, digits as placeholders.
    public func classifierTokens(_ text: String) -> [String] {
        classifierTokens(normalized: normalizer.tokens(text))
    }

    /// The classifier's tokens from the normaliser's (`TextNormalizer.tokens`).
    package func classifierTokens(normalized: [String]) -> [String] {
        classifierReadings(normalized: normalized).map(\.token)
    }

    /// Each classifier token with its unknown-word flag (`unknownFlags`), read through `wordTokens`.
    private func classifierReadings(normalized: [String]) -> [(token: String, unknown: Bool)] {
        var tokens = normalized
        if settings.readAmounts { tokens = AmountWords.read(tokens) }
        if settings.readRelayed { tokens = RelayedRequest.request(in: tokens) }
        if settings.stripFraming { tokens = RequestFraming.request(in: tokens) }
        return wordTokens.values(of: tokens) { word in
            let token = classifierToken(word)
            return (token, !token.hasPrefix("<") && !inScopeWords.contains(token))
        }
    }

    /// One normalised word as the classifier reads it: a foreign word in English, a typo corrected, a placeholder.
    private func classifierToken(_ word: String) -> String {
        var word = word
        if settings.translateForeignWords, let english = ForeignWords.english[word], !corrector.isKnown(word),
           !EnglishLexicon.contains(word) { word = english }
        // Another company's name is not a typo of a catalog word ("shein" is not "shoes").
        if settings.correctTypos, !FeatureExtractor.otherServices.contains(word), let corrected = corrector.correction(for: word) {
            word = corrected
        }
        return FeatureExtractor.classifierToken(word)
    }

    /// Probabilities of every leaf label (intent definition), in `labels` order.
    ///
    /// Long messages (stories with the request buried in them) are also read in overlapping
    /// windows: the window most confidently about some in-scope intent is averaged with the
    /// whole message, so one clear sentence is not drowned by the story around it.
    func labelProbabilities(_ text: String) -> [Double] {
        labelProbabilities(classifierTokens: classifierTokens(text))
    }

    /// `labelProbabilities` of a message already turned into classifier tokens.
    func labelProbabilities(classifierTokens tokens: [String]) -> [Double] {
        labelProbabilities(classifierTokens: tokens, unknown: unknownFlags(tokens))
    }

    /// Which tokens occur in no in-scope example (placeholders never do).
    private func unknownFlags(_ tokens: [String]) -> [Bool] {
        tokens.map { !$0.hasPrefix("<") && !inScopeWords.contains($0) }
    }

    /// `labelProbabilities` with the tokens' unknown-word flags already known.
    private func labelProbabilities(classifierTokens tokens: [String], unknown: [Bool]) -> [Double] {
        var scratch = Self.scratchPool.take()
        var whole: [Double] = []
        whole.reserveCapacity(labels.count)
        probabilities(tokens: tokens, unknown: unknown, range: tokens.indices, scratch: &scratch, into: &whole)
        guard settings.windowSize > 0, tokens.count > settings.windowSize + settings.windowSize / 2 else {
            Self.scratchPool.giveBack(scratch)
            return whole
        }
        var window: [Double] = [], best: [Double] = []
        swap(&window, &scratch.window)
        swap(&best, &scratch.best)
        var found = false
        var bestScore = -1.0
        let stride = max(1, settings.windowSize / 2)
        var start = 0
        while start < tokens.count {
            let end = min(tokens.count, start + settings.windowSize)
            probabilities(tokens: tokens, unknown: unknown, range: start..<end, scratch: &scratch, into: &window)
            var score = 0.0
            for (label, probability) in window.enumerated() where groupOfLabel[label] != outOfScopeGroup {
                score = max(score, probability)
            }
            if score > bestScore {
                bestScore = score
                swap(&best, &window)
                found = true
            }
            if end == tokens.count { break }
            start += stride
        }
        if found {
            let share = settings.windowShare
            for i in whole.indices { whole[i] = (1 - share) * whole[i] + share * best[i] }
        }
        swap(&window, &scratch.window)
        swap(&best, &scratch.best)
        Self.scratchPool.giveBack(scratch)
        return whole
    }

    /// Probabilities of the labels for already-prepared classifier tokens (those in `range`), written into
    /// `probabilities`; the working arrays are `scratch`'s.
    private func probabilities(
        tokens allTokens: [String], unknown allUnknown: [Bool], range: Range<Int>, scratch: inout Scratch,
        into probabilities: inout [Double]
    ) {
        scratch.logits.removeAll(keepingCapacity: true)
        scratch.logits.append(contentsOf: repeatElement(0, count: labels.count))
        scratch.columns.removeAll(keepingCapacity: true)
        scratch.values.removeAll(keepingCapacity: true)
        if !range.isEmpty {
            let tokens = allTokens[range], unknown = allUnknown[range]
            let extractor = FeatureExtractor(settings: settings)
            appendSparseColumns(tokens: tokens, unknown: unknown, extractor: extractor, scratch: &scratch)
            if !denseColumns.isEmpty {
                // The dense features' columns were looked up once, at start.
                extractor.denseValues(tokens: range == allTokens.indices ? allTokens : Array(tokens), into: &scratch.dense)
                for (d, value) in scratch.dense.enumerated() where value != 0 && d < denseColumns.count && denseColumns[d] >= 0 {
                    scratch.columns.append(denseColumns[d])
                    scratch.values.append(value)
                }
            }
        }
        // No tokens (emoji, punctuation): no columns, the priors alone.
        model.logits(columns: scratch.columns, values: scratch.values, into: &scratch.logits, sums: &scratch.sums)
        let temperature = settings.temperature
        let maximum = Double(scratch.logits.max() ?? 0)
        probabilities.removeAll(keepingCapacity: true)
        for logit in scratch.logits { probabilities.append(exp((Double(logit) - maximum) / temperature)) }
        let sum = probabilities.reduce(0, +)
        for i in probabilities.indices { probabilities[i] /= sum }
    }

    /// Appends the sparse features of `tokens` as model columns and values: the features
    /// `FeatureExtractor.extract` makes, in its order, those the table has, each weight times the
    /// features' norm; each word's own features (unigram, character n-grams) come from `wordColumns`.
    private func appendSparseColumns(
        tokens: ArraySlice<String>, unknown: ArraySlice<Bool>, extractor: FeatureExtractor, scratch: inout Scratch
    ) {
        let first = scratch.values.count
        var count = 0
        if settings.sellerViewWeight > 0 && FeatureExtractor.speaksAsSeller(tokens) {
            count += 1
            scratch.append(column: table.index(of: FeatureExtractor.sellerViewFeature), weight: settings.sellerViewWeight)
        }
        if settings.otherServiceWeight > 0 && FeatureExtractor.namesOtherService(tokens) {
            count += 1
            scratch.append(column: table.index(of: FeatureExtractor.otherServiceFeature), weight: settings.otherServiceWeight)
        }
        var previous = "^"
        let hasCharGrams = settings.charWeight != 0
        let owns = wordColumns.values(of: tokens) { token in
            var hashes = [FeatureExtractor.wordFeature(token)]
            if hasCharGrams && !token.hasPrefix("<") { extractor.appendCharGrams(of: token, buffer: &scratch.bytes, to: &hashes) }
            return (hashes.map { table.index(of: $0) ?? -1 }, FeatureExtractor.services.contains(token))
        }
        if settings.serviceWeight > 0 && owns.contains(where: \.isService) {
            count += 1
            scratch.append(column: table.index(of: FeatureExtractor.serviceFeature), weight: settings.serviceWeight)
        }
        if settings.elsewhereWeight > 0 && FeatureExtractor.placesElsewhere(tokens) {
            count += 1
            scratch.append(column: table.index(of: FeatureExtractor.elsewhereFeature), weight: settings.elsewhereWeight)
        }
        for ((token, isUnknown), (own, _)) in zip(zip(tokens, unknown), owns) {
            let hasGrams = hasCharGrams && !token.hasPrefix("<")
            count += 2
            scratch.append(column: own[0], weight: settings.wordWeight)
            scratch.append(column: table.index(of: FeatureExtractor.bigramFeature(previous, token)), weight: settings.bigramWeight)
            previous = token
            if isUnknown {
                count += 1
                scratch.append(column: table.index(of: FeatureExtractor.unknownWordFeature), weight: settings.unknownWordWeight)
            }
            guard hasGrams else { continue }
            count += own.count - 1
            for column in own.dropFirst() { scratch.append(column: column, weight: settings.charWeight) }
        }
        let norm = 1 / Float(count).squareRoot()
        for i in first..<scratch.values.count { scratch.values[i] *= norm }
    }

    /// Classifies one message.
    public func classify(_ text: String) -> Classification {
        classify(text, normalized: normalizer.tokens(text))
    }

    /// Classifies a message whose normalised tokens (`TextNormalizer.tokens`) the caller
    /// already has: a line is tokenised once for the classifier and the entity extractor.
    package func classify(_ text: String, normalized: [String]) -> Classification {
        // A letter is read without its salutation and sign-off; when its body alone is about nothing Concierge
        // handles, the whole message is read instead: "Lovely, that is a relief. Thank you" is its thanks.
        if settings.readLetters, let body = LetterFraming.body(of: text) {
            let reading = classify(text, body: normalizer.tokens(String(body)))
            if reading.intent != IntentCatalog.outOfScope { return reading }
        }
        return classify(text, body: normalized)
    }

    /// `classify` of the tokens of the message's body (a letter's request without its salutation and sign-off).
    private func classify(_ text: String, body normalized: [String]) -> Classification {
        if normalized.isEmpty {
            // Nothing readable (blank, emoji, punctuation): no intent to guess.
            return Classification(
                text: text, intent: IntentCatalog.outOfScope, detail: nil, confidence: 1,
                alternatives: [], isAmbiguous: false)
        }
        let readings = classifierReadings(normalized: normalized)
        let tokens = readings.map(\.token)
        let unknown = readings.map(\.unknown)
        return decide(
            text: text, labelProbabilities: labelProbabilities(classifierTokens: tokens, unknown: unknown),
            hasForeignWord: Double(unknown.lazy.filter { $0 }.count) > settings.familiarUnknownShare * Double(unknown.count))
    }
}
