import Foundation
import ConciergeDomain

/// Everything that turns a buyer's words into meaning: the catalog, the trained matcher, entity extraction.
public struct Understander: Sendable {
    public let catalog: IntentCatalog
    public let matcher: IntentMatcher
    public let extractor: EntityExtractor

    /// An understander from a catalog and a matcher already trained on it.
    public init(catalog: IntentCatalog, matcher: IntentMatcher) {
        self.catalog = catalog
        self.matcher = matcher
        self.extractor = EntityExtractor()
    }

    /// Trains on the catalog, or restores the model from a cache in `cacheDirectory` that
    /// matches it exactly; without a cache directory it always trains.
    public init(catalog: IntentCatalog, cacheDirectory: URL? = nil, willTrain: () -> Void = {}) {
        let matcher: IntentMatcher
        if let cacheDirectory {
            matcher = IntentMatcher.cached(catalog: catalog, directory: cacheDirectory, willTrain: willTrain)
        } else {
            willTrain()
            matcher = IntentMatcher(catalog: catalog)
        }
        self.init(catalog: catalog, matcher: matcher)
    }

    /// The catalog and model built into this binary; trains only if the built-in model was
    /// made by another version of the training code.
    public static func embedded(cacheDirectory: URL? = nil, willTrain: () -> Void = {}) throws -> Understander {
        // The word-vector table, the entity rules and the bundle are made at once, on every core there is.
        WordVectors.decodeInBackground()
        EntityExtractor.prepareInBackground()
        let bundle = try IntentBundle.embedded()
        if let matcher = bundle.matcher() { return Understander(catalog: bundle.catalog, matcher: matcher) }
        return Understander(catalog: bundle.catalog, cacheDirectory: cacheDirectory, willTrain: willTrain)
    }

    /// The catalog in `directory` (nil: the one built into the binary). A catalog identical to
    /// the built-in one uses the built-in model; another one is trained, or restored from
    /// `cacheDirectory`.
    public static func load(
        directory: URL? = nil, cacheDirectory: URL? = nil, willTrain: () -> Void = {}
    ) throws -> Understander {
        guard let directory else { return try embedded(cacheDirectory: cacheDirectory, willTrain: willTrain) }
        let catalog = try IntentCatalog.load(directory: directory)
        if let bundle = try? IntentBundle.embedded(), bundle.catalog.fingerprint == catalog.fingerprint,
           let matcher = bundle.matcher() {
            return Understander(catalog: catalog, matcher: matcher)
        }
        return Understander(catalog: catalog, cacheDirectory: cacheDirectory, willTrain: willTrain)
    }

    /// The catalog's answer text for an intent or child intent, if it has one.
    public func answer(for name: String) -> String? {
        catalog.definition(named: name)?.answer?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
