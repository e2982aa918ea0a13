import Foundation
import ConciergeDomain

extension EntityExtractor {
    /// What the rules and the order references make of one word as the normaliser gives it, after its typo correction
    /// towards the rules' words: its place in the rules' lexicon, the words the references look for, the positions
    /// it can name. It depends on the word alone, so it is worked out once per word (`wordReadings`): correcting and
    /// looking up every word of every line cost more than the rules themselves.
    struct WordReading: Sendable {
        /// The corrected word as the rules see it.
        var rule: RuleLexicon.Token
        /// What the references read of the corrected word.
        var traits: WordTraits
        /// The position it names on its own ("second", "2nd").
        var position: Int?
        /// The position it names after a word that leads one ("3", "three", and those above); nil for any other word.
        var positionAfterLead: Int?

        /// The rules whose first step the corrected word matches.
        var firstSteps: FirstSteps

        /// One bit per rule of each rule set (`RuleSet.firstStepsMatching`).
        struct FirstSteps: Sendable {
            var cancellation: UInt64 = 0
            var dispute: UInt64 = 0
            var outcome: UInt64 = 0

            var isEmpty: Bool { cancellation | dispute | outcome == 0 }

            mutating func formUnion(_ other: FirstSteps) {
                cancellation |= other.cancellation
                dispute |= other.dispute
                outcome |= other.outcome
            }
        }

        init(_ typed: String) {
            var word = typed
            if typed.utf8.count >= 5, let corrected = EntityExtractor.ruleCorrector.correction(for: typed) {
                word = corrected
            }
            rule = EntityExtractor.ruleLexicon.tokens([word])[0]
            firstSteps = FirstSteps(
                cancellation: EntityExtractor.compiledCancellationRules.firstStepsMatching(rule),
                dispute: EntityExtractor.compiledDisputeRules.firstStepsMatching(rule),
                outcome: EntityExtractor.compiledOutcomeRules.firstStepsMatching(rule))
            traits = WordTraits(word)
            position = EntityExtractor.position(of: word, allowBare: false)
            positionAfterLead = Int(word) != nil || EntityExtractor.numberWords[word] != nil
                ? EntityExtractor.position(of: word, allowBare: true) : nil
        }
    }

    /// The words `latestReference` and `ordinalReference` look for, as flags of a corrected word.
    struct WordTraits: OptionSet, Sendable {
        let rawValue: UInt16

        /// "latest", "newest".
        static let latest = WordTraits(rawValue: 1 << 0)
        static let last = WordTraits(rawValue: 1 << 1)
        static let recent = WordTraits(rawValue: 1 << 2)
        /// One of `orderNouns`.
        static let orderNoun = WordTraits(rawValue: 1 << 3)
        static let week = WordTraits(rawValue: 1 << 4)
        /// "week", "month", "year", "time", "night": "last" before it is no order ("last week").
        static let period = WordTraits(rawValue: 1 << 5)
        static let the = WordTraits(rawValue: 1 << 6)
        /// "time", "of": a position before it is no order ("first time", "first of all").
        static let timeOrOf = WordTraits(rawValue: 1 << 7)
        /// One of `positionLeads`: a bare number after it is a position ("number 3", "option 2").
        static let positionLead = WordTraits(rawValue: 1 << 8)

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(_ word: String) {
            var traits: WordTraits = []
            if word == "latest" || word == "newest" { traits.insert(.latest) }
            if word == "last" { traits.insert(.last) }
            if word == "recent" { traits.insert(.recent) }
            if EntityExtractor.orderNouns.contains(word) { traits.insert(.orderNoun) }
            if word == "week" { traits.insert(.week) }
            if ["week", "month", "year", "time", "night"].contains(word) { traits.insert(.period) }
            if word == "the" { traits.insert(.the) }
            if word == "time" || word == "of" { traits.insert(.timeOrOf) }
            if EntityExtractor.positionLeads.contains(word) { traits.insert(.positionLead) }
            self = traits
        }
    }

    /// The readings of the words read lately.
    static let wordReadings = WordMemo<WordReading>(capacity: 1 << 14)
}
