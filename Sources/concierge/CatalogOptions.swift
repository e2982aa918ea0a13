import ArgumentParser
import ConciergeKit
import Foundation

/// Which intent catalog a command reads: `--intents DIR`, else `$CONCIERGE_INTENTS`, else the
/// catalog built into the binary. A folder named `intents` in the working directory is never
/// picked up by itself.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("intents"), help: ArgumentHelp(
        "Read the intent catalog from this directory instead of the one built in (default: $CONCIERGE_INTENTS if set).",
        valueName: "dir"))
    var directory: String?

    /// The directory chosen explicitly, or nil for the built-in catalog.
    var chosenDirectory: URL? {
        if let directory { return URL(fileURLWithPath: directory, isDirectory: true) }
        if let path = ProcessInfo.processInfo.environment["CONCIERGE_INTENTS"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return nil
    }

    /// The catalog, parsed (a directory) or decoded (the built-in one).
    func load() throws -> IntentCatalog {
        do {
            guard let directory = chosenDirectory else { return try IntentBundle.embedded().catalog }
            return try IntentCatalog.load(directory: directory)
        } catch let error as CatalogError {
            throw CommandFailure.intents(error.description)
        }
    }

    /// The catalog with its trained model: the built-in model when the catalog is the built-in
    /// one, else a cached or newly trained one (saying so on stderr, since training takes a while).
    func understander() throws -> Understander {
        do {
            return try Understander.load(
                directory: chosenDirectory, cacheDirectory: DataPaths.modelCache, willTrain: Self.announceTraining)
        } catch let error as CatalogError {
            throw CommandFailure.intents(error.description)
        }
    }

    /// A matcher for `settings`: the built-in or cached one for the defaults, else trained.
    func matcher(settings: MatcherSettings) throws -> IntentMatcher {
        if settings == MatcherSettings() { return try understander().matcher }
        let catalog = try load()
        return IntentMatcher.cached(
            catalog: catalog, settings: settings, directory: DataPaths.modelCache, willTrain: Self.announceTraining)
    }

    /// Training takes from half a second (release) to half a minute (debug): say so.
    static func announceTraining() {
        Console.standardError.note("Training the intent model (once; kept in \(DataPaths.modelCache.path))…")
    }
}
