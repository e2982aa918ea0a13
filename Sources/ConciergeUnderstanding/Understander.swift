import Foundation
import ConciergeDomain

/// Everything that turns a buyer's words into meaning: the catalog, the trained matcher, entity extraction.
public struct Understander: Sendable {
    public let catalog: IntentCatalog
    public let matcher: IntentMatcher
    public let extractor: EntityExtractor

    /// Trains on the catalog, or restores the model from a cache that matches it exactly.
    public init(catalog: IntentCatalog, useCache: Bool = true) {
        self.catalog = catalog
        self.matcher = useCache ? IntentMatcher.cached(catalog: catalog) : IntentMatcher(catalog: catalog)
        self.extractor = EntityExtractor()
    }

    /// Loads and trains from the catalog folder (default: `IntentCatalog.defaultDirectory()`).
    public static func load(directory: URL? = nil) throws -> Understander {
        Understander(catalog: try IntentCatalog.load(directory: directory ?? IntentCatalog.defaultDirectory()))
    }

    /// The catalog's answer text for an intent or child intent, if it has one.
    public func answer(for name: String) -> String? {
        catalog.definition(named: name)?.answer?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
