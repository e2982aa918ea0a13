import Foundation
import ConciergeDomain

/// Finds order numbers, order references, reasons, outcomes and amounts in a message.
///
/// Digits are only ever matched exactly: a mistyped order number finds nothing rather than
/// a neighbouring order. Words are matched typo-tolerantly (one edit for words of 5+ letters).
public struct EntityExtractor: Sendable {
    let normalizer = TextNormalizer()

    /// Creates an extractor (waiting for the rules' typo correction, when it is still being built).
    public init() {
        _ = Self.ruleCorrector
    }

    /// Builds the rules' tables and typo correction on a thread of its own, so that it overlaps the model's decoding at
    /// start (it is about a fifth of that work); the first extractor made waits only for what is left.
    static func prepareInBackground() {
        let thread = Thread { _ = EntityExtractor.ruleCorrector }
        thread.start()
    }

    /// Typo correction towards the rules' words: the same for every extractor, built once.
    static let ruleCorrector: SpellCorrector = {
        var vocabulary: [String: Int] = [:]
        for word in patternVocabulary { vocabulary[word] = 1 }
        return SpellCorrector(vocabulary: vocabulary)
    }()

    /// Extracts entities from `text`, resolving item words against the buyer's `orders`.
    public func extract(from text: String, orders: [OrderCandidate]) -> Entities {
        extract(from: text, tokens: normalizer.tokens(text), orders: orders)
    }

    /// Extracts entities from `text` whose normalised tokens (`TextNormalizer.tokens`) the
    /// caller already has: a line is tokenised once for the classifier and the extractor.
    package func extract(from text: String, tokens typed: [String], orders: [OrderCandidate]) -> Entities {
        let raw = Array(text.utf8)
        let numbers = Self.numbers(in: raw)
        // Each word is corrected and looked up once, the first time it is read (`WordReading`).
        let readings = Self.wordReadings.values(of: typed, WordReading.init)
        var entities = Entities()
        entities.orderNumbers = numbers.filter(\.isOrderNumber).map { OrderID($0.digits) }
        entities.amounts = Self.amounts(numbers, raw: raw)
        // A rule is tried only when some word matches its first step (`RuleSet`).
        var firstSteps = WordReading.FirstSteps()
        for reading in readings { firstSteps.formUnion(reading.firstSteps) }
        if !firstSteps.isEmpty {
            let ruleTokens = readings.map(\.rule)
            entities.cancellationReason = Self.compiledCancellationRules.firstMatch(ruleTokens, candidates: firstSteps.cancellation)
            entities.disputeReason = Self.compiledDisputeRules.firstMatch(ruleTokens, candidates: firstSteps.dispute)
            entities.disputeOutcome = Self.compiledOutcomeRules.firstMatch(ruleTokens, candidates: firstSteps.outcome)
        }
        entities.orderReference = itemReference(tokens: typed, orders: orders)
            ?? Self.latestReference(readings) ?? Self.ordinalReference(readings) ?? Self.hashPosition(raw)
        return entities
    }

    /// "#2": a `#` before one or two digits is a position in a list, not an order number.
    static func hashPosition(_ raw: [UInt8]) -> OrderReference? {
        for i in raw.indices where raw[i] == UInt8(ascii: "#") {
            var end = i + 1
            while end < raw.count, raw[end] >= 48, raw[end] <= 57 { end += 1 }
            let length = end - i - 1
            guard (1...2).contains(length), let value = Int(String(decoding: raw[(i + 1)..<end], as: UTF8.self)),
                  (1...20).contains(value)
            else { continue }
            return .ordinal(value)
        }
        return nil
    }

    /// Every word and prefix the rules below name, numbered once.
    static let ruleLexicon = RuleLexicon(
        patterns: cancellationRules.map(\.0) + disputeRules.map(\.0) + outcomeRules.map(\.0))
    static let compiledCancellationRules = RuleSet(cancellationRules, lexicon: ruleLexicon)
    static let compiledDisputeRules = RuleSet(disputeRules, lexicon: ruleLexicon)
    static let compiledOutcomeRules = RuleSet(outcomeRules, lexicon: ruleLexicon)

    // MARK: - Numbers and amounts

    /// A run of ASCII digits in the raw text, with what surrounds it.
    struct NumberRun {
        var digits: String
        var start: Int
        var end: Int  // exclusive
        var fraction: String?  // digits after a decimal point, e.g. "50" in 12.50

        var isOrderNumber: Bool { fraction == nil && (6...20).contains(digits.count) }
    }

    static func numbers(in raw: [UInt8]) -> [NumberRun] {
        var runs: [NumberRun] = []
        var index = 0
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < raw.count && raw[i] >= 48 && raw[i] <= 57 }
        while index < raw.count {
            guard isDigit(index) else {
                index += 1
                continue
            }
            let start = index
            while isDigit(index) { index += 1 }
            var run = NumberRun(
                digits: String(decoding: raw[start..<index], as: UTF8.self), start: start, end: index)
            // "12.50" / "12,50": a decimal, never an order number
            if index + 1 < raw.count, raw[index] == 46 || raw[index] == 44, isDigit(index + 1) {
                var end = index + 1
                while isDigit(end) { end += 1 }
                if end - index - 1 <= 2 {
                    run.fraction = String(decoding: raw[(index + 1)..<end], as: UTF8.self)
                    run.end = end
                    index = end
                }
            }
            // digits glued to a decimal point before them belong to a decimal we skipped
            if start >= 2, raw[start - 1] == 46, isDigit(start - 2) {
                continue
            }
            runs.append(run)
        }
        return runs
    }

    private static let currencyWordsAfter: Set<String> = [
        "usd", "dollar", "dollars", "bucks", "eur", "euro", "euros", "gbp", "pound", "pounds", "cad", "aud",
    ]
    private static let currencyWordsBefore: Set<String> = ["usd", "eur", "gbp", "cad", "aud"]
    private static let refundWords: Set<String> = ["refund", "refunded", "back", "off", "compensation"]
    private static let refundLeadWords: Set<String> = ["refund", "of", "me", "compensation", "reimburse"]

    static func amounts(_ numbers: [NumberRun], raw: [UInt8]) -> [Int] {
        var result: [Int] = []
        for number in numbers where !number.isOrderNumber && number.digits.count <= 7 {
            guard let whole = Int(number.digits) else { continue }
            let before = word(before: number.start, raw)
            let after = word(after: number.end, raw)
            let symbolBefore = symbol(before: number.start, raw)
            var isAmount = number.fraction?.count == 2 || symbolBefore
                || currencyWordsAfter.contains(after) || currencyWordsBefore.contains(before)
            if !isAmount && (refundWords.contains(after) || (refundLeadWords.contains(before) && after != "days")) {
                isAmount = true
            }
            guard isAmount else { continue }
            var cents = whole * 100
            if let fraction = number.fraction, let value = Int(fraction) {
                cents += fraction.count == 1 ? value * 10 : value
            }
            if after == "cents" || after == "cent" { cents = whole }
            result.append(cents)
        }
        return result
    }

    /// The lower-cased letters word just before `index` (skipping spaces), or "".
    private static func word(before index: Int, _ raw: [UInt8]) -> String {
        var end = index
        while end > 0, raw[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0, isASCIILetter(raw[start - 1]) { start -= 1 }
        return String(decoding: raw[start..<end], as: UTF8.self).lowercased()
    }

    private static func word(after index: Int, _ raw: [UInt8]) -> String {
        var start = index
        while start < raw.count, raw[start] == 32 { start += 1 }
        var end = start
        while end < raw.count, isASCIILetter(raw[end]) { end += 1 }
        return String(decoding: raw[start..<end], as: UTF8.self).lowercased()
    }

    /// A currency symbol ($, €, £) right before the number (spaces allowed).
    private static func symbol(before index: Int, _ raw: [UInt8]) -> Bool {
        var i = index
        while i > 0, raw[i - 1] == 32 { i -= 1 }
        guard i > 0 else { return false }
        if raw[i - 1] == 36 { return true }  // $
        if i >= 3, raw[i - 3] == 0xE2, raw[i - 2] == 0x82, raw[i - 1] == 0xAC { return true }  // €
        if i >= 2, raw[i - 2] == 0xC2, raw[i - 1] == 0xA3 { return true }  // £
        return false
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
