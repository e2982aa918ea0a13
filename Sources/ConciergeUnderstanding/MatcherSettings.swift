import ConciergeDomain
/// The matcher's hyper-parameters. Defaults are chosen by cross-validation that holds out whole
/// paraphrase families, plain and with unseen framings (`concierge intents eval --framed`);
/// never by looking at which lines of a final-check set fail.
public struct MatcherSettings: Sendable, Equatable, Hashable {
    /// Character n-gram lengths taken inside each word (with boundary markers).
    public var charGramLengths: ClosedRange<Int> = 3...5
    /// Weight of word unigram features relative to the others.
    public var wordWeight: Float = 1.0
    /// Weight of word bigram features.
    public var bigramWeight: Float = 1.0
    /// Weight of each character n-gram feature.
    public var charWeight: Float = 1.0
    /// Weight of the "word unseen in any in-scope example" feature.
    public var unknownWordWeight: Float = 1.0
    /// Weight of the "speaks as a seller" feature (`FeatureExtractor.speaksAsSeller`); 0 disables it.
    /// Measured (0 -> 8, three seeds): family-held-out CV 0.888 / 0.034 / 0.905 -> 0.890 / 0.033 / 0.905;
    /// development blind sets 1 and 3 out-of-scope recall 0.933 -> 0.948 and 0.927 -> 0.938, in scope
    /// within 0.002. Widened to a seller's own wordings ("i'm a seller", "my buyer says", "shipped to a
    /// customer"; three seeds): cross-validation 0.894 / 0.033 / 0.906 -> 0.894 / 0.032 / 0.908, unseen
    /// framings 0.772 -> 0.773 in scope; development blind sets 1, 3, 4, 5 out-of-scope recall
    /// 0.960 / 0.943 / 0.916 / 0.928 -> 0.964 / 0.938 / 0.924 / 0.928, in scope within 0.001.
    public var sellerViewWeight: Float = 8
    /// Weight of the "names another company or service" feature (`FeatureExtractor.namesOtherService`); 0 disables it.
    /// Measured (0 -> 32, three seeds): out-of-scope recall on the development blind sets 1, 3 and 4
    /// 0.948 / 0.927 / 0.890 -> 0.957 / 0.940 / 0.915, and on set 5 (held out while choosing)
    /// 0.916 -> 0.928; in-scope accuracy and cross-validation within 0.001.
    public var otherServiceWeight: Float = 32
    /// Weight of the "names a service, booking or bill" feature (`FeatureExtractor.namesService`); 0 disables it.
    /// Measured (0 -> 8, three seeds, blind set 8 held out while choosing): family-held-out CV
    /// 0.894 / 0.032 / 0.908 -> 0.897 / 0.029 / 0.906; development blind sets 1, 3, 4, 5, 7 in scope
    /// 0.937 / 0.940 / 0.932 / 0.913 / 0.935 -> 0.941 / 0.940 / 0.932 / 0.914 / 0.938, false rejections
    /// 0.018 / 0.015 / 0.017 / 0.029 / 0.022 -> 0.013 / 0.015 / 0.015 / 0.028 / 0.019, out-of-scope recall
    /// within 0.002; 16 measured alike. Its mirror, a feature for item nouns (about 240 goods: "drill",
    /// "kettle", "scarf"…), moved nothing (every figure within 0.003, alone or with this one) and was left out.
    public var serviceWeight: Float = 8
    /// Weight of the "places the request outside this marketplace" feature (`FeatureExtractor.placesElsewhere`:
    /// "another website", "some other app", "not through you", a parcel the buyer sent to a relative); 0 disables
    /// it. Measured (0 -> 8, three seeds, blind set 9 held out while choosing): development blind sets 3 and 7
    /// out-of-scope recall 0.935 -> 0.940 and 0.911 -> 0.915, in scope and false rejections within 0.001 on every
    /// set, cross-validation unchanged (the catalog has two such sentences). 32 did the same on the sets but read
    /// "i see it 4 euro cheaper in other shop, cancel them please" as out of scope, as any "shop" or "store" did:
    /// the marketplace's sellers are shops, so only "another online shop" counts.
    public var elsewhereWeight: Float = 8
    /// Whether a letter's salutation and sign-off are left out before classifying (`LetterFraming`); when the body
    /// alone reads as out of scope, the whole message is read. Read where the classifier reads a message, not in
    /// training (the catalog's examples are not letters), so the model is unchanged. Measured (off -> on, three
    /// seeds, blind set 9 held out): development blind sets 4 and 5 in scope 0.932 -> 0.935 and 0.916 -> 0.917,
    /// false rejections 0.015 -> 0.014 on set 4, the other sets and cross-validation unchanged; unseen framings
    /// 0.774 -> 0.772 in scope (a greeting wrapped as "hi there, how are you doing, can you help me with that?"
    /// reads as help). Dialogue replay and the blind conversations unchanged.
    public var readLetters: Bool = true
    /// Passes of stochastic gradient descent over the examples.
    public var epochs: Int = 10
    /// AdaGrad learning rate.
    public var learningRate: Float = 0.5
    /// L2 regularisation strength.
    public var l2: Float = 1e-6
    /// Examples of class c weigh (mean class size / size of c)^classBalance: 0 = plain, 1 = fully balanced.
    public var classBalance: Float = 0
    /// Average the weights of the second half of the epochs (less dependence on example order).
    public var averageWeights: Bool = true
    /// Training runs with different shuffles whose weights are averaged.
    /// Measured with the content-keyed training order (4 -> 8, ten seeds): family-held-out CV
    /// 0.891 / 0.032 / 0.906 -> 0.892 / 0.032 / 0.907, unseen framings 0.766 -> 0.769 in scope,
    /// development blind sets 3 and 4 in scope 0.938 -> 0.941 and 0.933 -> 0.936; the result leans
    /// less on any one order (training takes twice as long; start-up uses the built-in model).
    public var shuffles: Int = 8
    /// Seed of the example shuffle.
    public var seed: UInt64 = 20_240_601
    /// Softmax temperature applied to logits (calibration; > 1 softens).
    public var temperature: Double = 1.0
    /// Below this probability the best in-scope intent is rejected as out of scope.
    public var rejectThreshold: Double = 0.4
    /// A message whose every word occurs in some in-scope example is rejected only when the
    /// out-of-scope probability reaches this (1 disables the rule: the usual comparison). The
    /// catch-all class shares generic words ("where is", "cancel my") with every request, so on
    /// those alone it must not outvote the in-scope intents: fewer false rejections on family-held-out
    /// cross-validation (0.030 -> 0.027) and the development blind set, and no more dialogue lines
    /// turned away as "outside what I can help with".
    public var familiarOutOfScopeFloor: Double = 0.8
    /// The top two in-scope intents closer than this are ambiguous…
    public var ambiguityMargin: Double = 0.3
    /// …provided the second has at least this probability.
    public var ambiguityFloor: Double = 0.2
    /// When the detail (the child intent) is chosen inside the winning group, each child's probability
    /// is multiplied by this before it is compared with its parent's: a child has far fewer examples
    /// than its parent, so on wording it has not seen the parent wins even when the message is about
    /// the child. 1 compares them as they are. 8 was measured (three seeds): cross-validation unchanged,
    /// development blind sets +0.001 to +0.004 in scope, but a dialogue transcript failed and the blind
    /// conversations of corpus/blind/r5 and r7 passed 157 instead of 161 (a child's answer where the
    /// conversation needed the parent's flow).
    public var childBoost: Double = 3
    /// Window length (tokens) for reading long messages piecewise; 0 disables windows.
    public var windowSize: Int = 10
    /// Weight of the best window against the whole message.
    public var windowShare: Double = 0.5
    /// Whether common words of other languages are read as their English words (`ForeignWords`)
    /// before classifying. Measured (off -> on, three seeds): held-out blind set 5 in-scope accuracy
    /// 0.900 -> 0.913, false rejections 0.041 -> 0.030, out-of-scope recall 0.928 -> 0.927; development
    /// blind set 4 0.924 / 0.027 / 0.915 -> 0.938 / 0.013 / 0.915; cross-validation 0.888 -> 0.892 in scope.
    /// The table widened from greetings and nouns to the verbs and little words of a request ("quero",
    /// "recebi", "errado", "esquece"; three seeds): development blind sets 5 and 7 in scope / false rejections
    /// 0.913 / 0.029 -> 0.914 / 0.026 and 0.935 / 0.022 -> 0.936 / 0.021, set 4 0.932 -> 0.932, the others
    /// and cross-validation (English sentences) unchanged.
    public var translateForeignWords: Bool = true
    /// Whether the currency of an amount is left out of the classifier's words (`AmountWords`). Measured
    /// (off -> on, with the service feature, three seeds): cross-validation 0.8966 / 0.0285 / 0.9064 ->
    /// 0.8970 / 0.0288 / 0.9056, development blind sets within 0.001 (they hold few amounts; conversations
    /// hold many: "cancel the cordless drill 54 dollars" was out of scope). Number words read as numbers
    /// too ("forty" as "40") did no better. Off: it cost a dialogue transcript ("only partial refund of 6
    /// dollar" in a dispute became a tie between open_dispute and refund_status, and the dispute was lost).
    public var readAmounts: Bool = false
    /// Whether unknown words are corrected to vocabulary words before classifying.
    public var correctTypos: Bool = true
    /// Weight of the distilled word-vector features (mean of the message's word vectors); 0 disables them.
    /// Measured with the catalog's paraphrase families (0 -> 3): family-held-out in-scope accuracy
    /// 0.877 -> 0.892, false rejections 0.039 -> 0.033, out-of-scope recall 0.906 -> 0.898; development
    /// blind set 0.935 / 0.014 / 0.921 -> 0.935 / 0.014 / 0.929; unseen framings 0.742 -> 0.777. Words
    /// the catalog never uses ("adios", "reimbursement") land near the intent they mean.
    public var embeddingWeight: Float = 3
    /// Whether a request's framing ("can you tell me where i can…") is removed before classifying.
    /// Off: measured with family-held-out cross-validation it did not help (framings it does not
    /// list are what matters, and learning from wrapped examples does that better).
    public var stripFraming: Bool = false
    /// Whether each training example is also learnt wrapped in a framing (`RequestFraming.trainingWrappers`).
    /// Off: with the catalog's own paraphrase families (each request written in several framings)
    /// it adds little on the development blind set (+0.01) and cross-validation (-0.003 in scope),
    /// helps mainly the artificial `--framed` wrappers, lowers out-of-scope recall on the blind set
    /// (0.929 -> 0.914), and makes three more tuning conversations of `corpus/blind/tune` fail.
    public var augmentFraming: Bool = false
    /// Whether a request made for someone else is read as the request itself (`RelayedRequest`: "my husband asked
    /// me where his parcel is" without "my husband", "his" read as "my"). Read where the classifier reads a line, not
    /// in training, so the model is unchanged; no catalog sentence is read differently, so family-held-out
    /// cross-validation is unchanged too. Measured with the built-in model (off -> on): blind set 13 (buyers writing
    /// for someone else; checked once, at the end) 0.759 / 0.106 / 0.887 -> 0.794 / 0.068 / 0.877; every other
    /// development blind set unchanged to the fourth decimal. A first version that also left out a person who did
    /// something in the story ("my husband bought one") or the object of the line ("a parcel i sent to my cousin")
    /// cost out-of-scope recall (development sets 0.927 -> 0.916) and a development conversation.
    public var readRelayed: Bool = true
    /// A message counts as made of familiar words (`familiarOutOfScopeFloor`) when at most this share of its words
    /// occur in no in-scope example (0: none may). Measured on the development blind sets but 13 (mean of ten sets,
    /// built-in model): 0.1 -> in scope +0.003, false rejections -0.004, out-of-scope recall -0.008; 0.2 ->
    /// +0.005 / -0.009 / -0.034; with the floor at 0.6 or 0.7 no better. A trade, not a gain: left at 0.
    public var familiarUnknownShare: Double = 0

    /// The defaults.
    public init() {}

    /// Sets a field by name (for `intents eval --set name=value` experiments); false if unknown.
    public mutating func set(_ name: String, to value: String) -> Bool {
        switch name {
        case "chargrams":
            let parts = value.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, parts[0] <= parts[1] else { return false }
            charGramLengths = parts[0]...parts[1]
        case "wordWeight": guard let v = Float(value) else { return false }; wordWeight = v
        case "bigramWeight": guard let v = Float(value) else { return false }; bigramWeight = v
        case "charWeight": guard let v = Float(value) else { return false }; charWeight = v
        case "unknownWordWeight": guard let v = Float(value) else { return false }; unknownWordWeight = v
        case "sellerViewWeight": guard let v = Float(value) else { return false }; sellerViewWeight = v
        case "otherServiceWeight": guard let v = Float(value) else { return false }; otherServiceWeight = v
        case "serviceWeight": guard let v = Float(value) else { return false }; serviceWeight = v
        case "elsewhereWeight": guard let v = Float(value) else { return false }; elsewhereWeight = v
        case "readLetters": guard let v = Bool(value) else { return false }; readLetters = v
        case "epochs": guard let v = Int(value) else { return false }; epochs = v
        case "learningRate": guard let v = Float(value) else { return false }; learningRate = v
        case "l2": guard let v = Float(value) else { return false }; l2 = v
        case "classBalance": guard let v = Float(value) else { return false }; classBalance = v
        case "averageWeights": guard let v = Bool(value) else { return false }; averageWeights = v
        case "shuffles": guard let v = Int(value) else { return false }; shuffles = v
        case "seed": guard let v = UInt64(value) else { return false }; seed = v
        case "temperature": guard let v = Double(value) else { return false }; temperature = v
        case "rejectThreshold": guard let v = Double(value) else { return false }; rejectThreshold = v
        case "familiarOutOfScopeFloor": guard let v = Double(value) else { return false }; familiarOutOfScopeFloor = v
        case "ambiguityMargin": guard let v = Double(value) else { return false }; ambiguityMargin = v
        case "ambiguityFloor": guard let v = Double(value) else { return false }; ambiguityFloor = v
        case "childBoost": guard let v = Double(value) else { return false }; childBoost = v
        case "windowSize": guard let v = Int(value) else { return false }; windowSize = v
        case "windowShare": guard let v = Double(value) else { return false }; windowShare = v
        case "translateForeignWords": guard let v = Bool(value) else { return false }; translateForeignWords = v
        case "readAmounts": guard let v = Bool(value) else { return false }; readAmounts = v
        case "correctTypos": guard let v = Bool(value) else { return false }; correctTypos = v
        case "embeddingWeight": guard let v = Float(value) else { return false }; embeddingWeight = v
        case "stripFraming": guard let v = Bool(value) else { return false }; stripFraming = v
        case "augmentFraming": guard let v = Bool(value) else { return false }; augmentFraming = v
        case "readRelayed": guard let v = Bool(value) else { return false }; readRelayed = v
        case "familiarUnknownShare": guard let v = Double(value) else { return false }; familiarUnknownShare = v
        default: return false
        }
        return true
    }

    /// A stable hash of the training-relevant settings, part of the cache key.
    var trainingFingerprint: UInt64 {
        var hash = StableHash()
        // How the training code orders examples: a model trained by another order is another model.
        hash.combine("examples visited in the order of their content keys; a shared sentence is one row")
        hash.combine("\(charGramLengths.lowerBound)-\(charGramLengths.upperBound)")
        for value in [wordWeight, bigramWeight, charWeight, unknownWordWeight, learningRate, l2, classBalance] {
            hash.combine("\(value)")
        }
        hash.combine("\(epochs) \(seed) \(averageWeights) \(shuffles) \(embeddingWeight) \(stripFraming) \(augmentFraming)")
        if sellerViewWeight > 0 { hash.combine("seller view \(sellerViewWeight)") }
        if otherServiceWeight > 0 { hash.combine("other service \(otherServiceWeight)") }
        if serviceWeight > 0 { hash.combine("services \(serviceWeight)") }
        if elsewhereWeight > 0 { hash.combine("elsewhere \(elsewhereWeight)") }
        // What the seller-view feature looks for: a model trained on other wordings is another model.
        hash.combine("seller view 2")
        return hash.finalized
    }
}
