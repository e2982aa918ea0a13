import ArgumentParser
import ConciergeKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `concierge classify`: one JSON classification per stdin line.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify each stdin line; print one JSON object per line.")

    @OptionGroup var catalog: CatalogOptions

    @OptionGroup var settingsOptions: IntentsCommand.SettingsOptions

    @Flag(help: "Also print the classifier's tokens (after normalisation and typo correction).")
    var tokens = false

    func run() throws {
        try reportingFailures {
            let matcher = try catalog.matcher(settings: try settingsOptions.settings())
            let extractor = EntityExtractor()
            let normalizer = TextNormalizer()
            // Output is gathered and written in large blocks: one write per line would cost
            // more than classifying it. A terminal still sees each line as it is answered.
            let interactive = isatty(STDOUT_FILENO) == 1
            var output: [UInt8] = []
            output.reserveCapacity(1 << 16)
            func flush() {
                output.withUnsafeBufferPointer { buffer in
                    var offset = 0
                    while offset < buffer.count, let base = buffer.baseAddress {
                        let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
                        if written <= 0 { break }  // a closed pipe: nothing more can be said
                        offset += written
                    }
                }
                output.removeAll(keepingCapacity: true)
            }
            while let line = readLine(strippingNewline: true) {
                // One tokenisation serves the classifier and the extractor; each line is read once, so the
                // normaliser keeps no copy of it.
                let normalized = normalizer.tokensReadOnce(line)
                let classification = matcher.classify(line, normalized: normalized)
                let entities = extractor.extract(from: line, tokens: normalized, orders: [])
                output += classification.jsonLine(
                    entities: entities, tokens: tokens ? matcher.classifierTokens(normalized: normalized) : nil)
                output.append(UInt8(ascii: "\n"))
                if interactive || output.count >= 1 << 16 { flush() }
            }
            flush()
        }
    }
}
