import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding

/// The trained model follows from what the catalog says, not from the order its files list it
/// in: the same examples in another order give the same weights, bit for bit.
@Suite("Training order")
struct TrainingOrderTests {
    /// An invented catalog: each intent's examples as YAML lines, some in paraphrase families.
    static let intents: [(name: String, lines: [String])] = [
        ("cancel_order", [
            "  - drop my purchase", "  - i no longer want the lamp i bought", "  - call off order 55501234",
            "  - - please stop the shipment of my kettle", "    - halt the kettle order",
            "    - can the kettle purchase be stopped", "  - scrap that order", "  - cancel it now",
        ]),
        ("order_status", [
            "  - has my parcel shipped", "  - when will the blanket get here", "  - tracking for 55507788",
            "  - - is the box on its way", "    - any news on the box", "    - has the box left the warehouse",
            "  - still waiting for my delivery", "  - where is the stuff i paid for",
        ]),
        ("refund_status", [
            "  - did the money come back", "  - is my reimbursement done", "  - refund still missing",
            "  - - when is the refund for the mug due", "    - has the mug refund gone through",
            "  - money back status", "  - no refund on my card yet",
        ]),
        ("out_of_scope", [
            "  - book me a train to leeds", "  - what is the capital of peru", "  - sing me something",
            "  - - cancel my phone contract", "    - end my mobile plan", "  - how tall is a giraffe",
            "  - recommend a film for tonight",
        ]),
    ]

    /// The catalog with each intent's top-level entries (a family keeps its lines together, in
    /// the order `reorder` gives them) listed in `reorder`'s order.
    static func catalog(reorder: ([[String]]) -> [[String]]) throws -> IntentCatalog {
        let definitions = try intents.reversed().map { intent -> IntentDefinition in
            // Entries: a plain line, or a family (its "  - - " line and the "    - " lines after it).
            var entries: [[String]] = []
            for line in intent.lines {
                if line.hasPrefix("    - ") { entries[entries.count - 1].append(line) } else { entries.append([line]) }
            }
            let lines = reorder(entries).flatMap { entry -> [String] in
                guard entry.count > 1 else { return entry }
                // Inside a family, the first listed line carries the family's "- - " marker.
                let texts = reorder(entry.map { [String($0.drop { $0 == " " || $0 == "-" })] }).map { $0[0] }
                return ["  - - " + texts[0]] + texts.dropFirst().map { "    - " + $0 }
            }
            let yaml = "name: \(intent.name)\ndescription: \"invented\"\nexamples:\n" + lines.joined(separator: "\n") + "\n"
            return try IntentCatalog.parse(yaml: yaml, file: "\(intent.name).yaml")
        }
        return IntentCatalog(intents: definitions)
    }

    static func settings() -> MatcherSettings {
        var settings = MatcherSettings()
        settings.embeddingWeight = 0  // the word-vector table plays no part in the order
        return settings
    }

    /// The parts of a matcher that training produces (the catalog fingerprint, which hashes the
    /// lines in file order, is not one of them).
    static func trained(_ matcher: IntentMatcher) -> (columns: [UInt64], weights: [Float], bias: [Float]) {
        (matcher.table.keysByColumn, matcher.model.flatWeights, matcher.model.flatBias)
    }

    @Test("the catalog's lines in another order train the same model")
    func permutedLinesTrainTheSameModel() throws {
        let asWritten = try Self.catalog { $0 }
        let reversed = try Self.catalog { $0.reversed() }
        var generator = SplitMix64(seed: 41)
        let shuffled = try Self.catalog { entries in
            var entries = entries
            generator.shuffle(&entries)
            return entries
        }
        #expect(asWritten.fingerprint != reversed.fingerprint)  // the files do differ
        let reference = IntentMatcher(catalog: asWritten, settings: Self.settings())
        for other in [reversed, shuffled] {
            let matcher = IntentMatcher(catalog: other, settings: Self.settings())
            let (a, b) = (Self.trained(reference), Self.trained(matcher))
            #expect(a.columns == b.columns)
            #expect(a.weights == b.weights)
            #expect(a.bias == b.bias)
            for text in ["stop the lamp order", "has the refund for my mug arrived", "where is my blanket", "cancel my gym"] {
                #expect(reference.classify(text) == matcher.classify(text), "\(text)")
            }
        }
    }

    @Test("cross-validation folds follow from the families, not from where the file lists them")
    func foldsIgnoreLineOrder() throws {
        let asWritten = try Self.catalog { $0 }
        let reversed = try Self.catalog { $0.reversed() }
        func folds(_ catalog: IntentCatalog) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: CrossValidation(folds: 3).assignFolds(catalog).map { ("\($0.intent) \($0.text)", $0.fold) })
        }
        #expect(folds(asWritten) == folds(reversed))
        #expect(Set(folds(asWritten).values) == [0, 1, 2])
        // A family added to one intent leaves every other intent's folds as they were.
        var grown = asWritten
        let index = try #require(grown.intents.firstIndex { $0.name == "order_status" })
        grown.intents[index].examples.append(.init(text: "is the rug out for delivery", line: 900))
        let before = folds(asWritten), after = folds(grown)
        for (key, fold) in before where !key.hasPrefix("order_status ") { #expect(after[key] == fold, "\(key)") }
    }

    @Test("another seed still trains another model")
    func seedStillMatters() throws {
        let catalog = try Self.catalog { $0 }
        var other = Self.settings()
        other.seed &+= 1
        let first = IntentMatcher(catalog: catalog, settings: Self.settings())
        let second = IntentMatcher(catalog: catalog, settings: other)
        #expect(Self.trained(first).weights != Self.trained(second).weights)
    }
}
