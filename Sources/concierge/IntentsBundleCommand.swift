import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge intents bundle`: trains on a catalog and writes the Swift file that embeds the
/// catalog and model in the binary (`scripts/make_embedded_intents.sh` runs it).
struct IntentsBundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Train on the catalog and write the source file that builds it into the binary.")

    @OptionGroup var catalog: CatalogOptions

    @Option(help: ArgumentHelp("The Swift file to write.", valueName: "file"))
    var output: String

    func run() throws {
        try reportingFailures {
            guard catalog.chosenDirectory != nil else {
                throw ValidationError("name the catalog to bundle with --intents DIR")
            }
            let catalog = try catalog.load()
            let problems = catalog.check()
            guard problems.isEmpty else {
                throw CommandFailure.other("the catalog has problems; run `concierge intents check`:\n"
                    + problems.prefix(5).map(\.description).joined(separator: "\n"))
            }
            var embedded = catalog
            embedded.source = "built-in"
            let bundle = IntentBundle(catalog: embedded, matcher: IntentMatcher(catalog: catalog))
            let source = bundle.embeddedSource(generator: "scripts/make_embedded_intents.sh (concierge intents bundle)")
            do {
                try Data(source.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw CommandFailure.other("cannot write \(output): \(error.localizedDescription)")
            }
            Console.standardError.note("wrote \(output): \(catalog.intents.count) intents, fingerprint \(String(catalog.fingerprint, radix: 16))")
        }
    }
}
