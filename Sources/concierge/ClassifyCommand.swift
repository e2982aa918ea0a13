import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge classify`: one JSON classification per stdin line.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify each stdin line; print one JSON object per line.")

    @OptionGroup var catalog: IntentsCommand.CatalogOptions

    @OptionGroup var settingsOptions: IntentsCommand.SettingsOptions

    @Flag(help: "Also print the classifier's tokens (after normalisation and typo correction).")
    var tokens = false

    func run() throws {
        let catalog = try catalog.load()
        let settings = try settingsOptions.settings()
        let matcher = IntentMatcher.cached(catalog: catalog, settings: settings)
        let extractor = EntityExtractor()
        while let line = readLine(strippingNewline: true) {
            let classification = matcher.classify(line)
            let entities = extractor.extract(from: line, orders: [])
            var object: [String: Any] = [
                "text": classification.text,
                "intent": classification.intent,
                "detail": classification.detail ?? NSNull(),
                "confidence": Self.rounded(classification.confidence),
                "alternatives": classification.alternatives.map {
                    ["intent": $0.intent, "confidence": Self.rounded($0.confidence)] as [String: Any]
                },
                "ambiguous": classification.isAmbiguous,
                "entities": entities.jsonObject,
            ]
            if tokens { object["tokens"] = matcher.classifierTokens(line) }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
