import Foundation
import ConciergeDomain

extension IntentMatcher {
    /// Bumped whenever features, training or the file layout change, so old caches are ignored.
    static let cacheFormatVersion: UInt32 = 4

    /// The cache file for a catalog and settings: the name carries both fingerprints.
    static func cacheFile(in directory: URL, catalog: IntentCatalog, settings: MatcherSettings) -> URL {
        let key = String(catalog.fingerprint ^ settings.trainingFingerprint, radix: 16)
        return directory.appendingPathComponent("matcher-v\(cacheFormatVersion)-\(key).bin")
    }

    /// A matcher restored from a cache in `directory` that matches the catalog and settings,
    /// or trained and then cached (best effort: an unwritable cache only costs the training
    /// time). `willTrain` is called before training, so the caller can say it will take a while.
    public static func cached(
        catalog: IntentCatalog, settings: MatcherSettings = MatcherSettings(),
        directory: URL, willTrain: () -> Void = {}
    ) -> IntentMatcher {
        let file = cacheFile(in: directory, catalog: catalog, settings: settings)
        if let data = FileManager.default.contents(atPath: file.path),
           let matcher = IntentMatcher(cacheData: data, catalog: catalog, settings: settings) {
            return matcher
        }
        willTrain()
        let matcher = IntentMatcher(catalog: catalog, settings: settings)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = file.appendingPathExtension("tmp\(ProcessInfo.processInfo.processIdentifier)")
        if (try? matcher.cacheData().write(to: temporary)) != nil {
            _ = try? FileManager.default.removeItem(at: file)
            if (try? FileManager.default.moveItem(at: temporary, to: file)) == nil {
                try? FileManager.default.removeItem(at: temporary)
            }
            pruneCache(in: directory, keeping: cacheFilesKept)
        }
        return matcher
    }

    /// How many cached models (catalog versions) are kept; older ones are deleted.
    static let cacheFilesKept = 4

    /// Deletes all but the `keeping` most recently written model files.
    static func pruneCache(in directory: URL, keeping: Int) {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else { return }
        let models = names.filter { $0.hasPrefix("matcher-v") && $0.hasSuffix(".bin") }.map { name -> (URL, Date) in
            let url = directory.appendingPathComponent(name)
            let date = (try? fileManager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, date)
        }
        for (url, _) in models.sorted(by: { $0.1 > $1.1 }).dropFirst(keeping) {
            try? fileManager.removeItem(at: url)
        }
    }

    /// The trained state as bytes: header (magic, version, fingerprints), payload, checksum.
    /// Weights are stored as one scale and one signed byte per feature and class (a quarter of
    /// the floats' size, which is what the binary embeds); the feature table as its keys in
    /// column order.
    func cacheData() -> Data {
        var writer = ByteWriter()
        writer.bytes(Array("CNCM".utf8))
        writer.uint32(Self.cacheFormatVersion)
        writer.uint64(catalogFingerprint)
        writer.uint64(settings.trainingFingerprint)
        writer.strings(labels)
        writer.int32s(groupOfLabel.map { Int32($0) })
        writer.strings(groups)
        writer.uint64s(table.keysByColumn)
        let quantized = model.quantized()
        writer.floats(quantized.scales)
        writer.int8s(quantized.weights)
        writer.floats(model.flatBias)
        let words = corrector.vocabulary.sorted { $0.key < $1.key }
        writer.strings(words.map(\.key))
        writer.int32s(words.map { Int32($0.value) })
        writer.strings(inScopeWords.sorted())
        writer.uint64(writer.checksum)
        return Data(writer.buffer)
    }

    /// Restores a matcher from `cacheData()`; nil unless the bytes are intact and were made
    /// for this catalog, these settings and this format version.
    init?(cacheData data: Data, catalog: IntentCatalog, settings: MatcherSettings) {
        self.init(cacheBytes: [UInt8](data), catalog: catalog, settings: settings, checksumVerified: false)
    }

    /// `init(cacheData:…)` from bytes; `checksumVerified` when they come from a block whose
    /// checksum covered them (an intent bundle), so a start-up does not hash them twice.
    init?(cacheBytes data: [UInt8], catalog: IntentCatalog, settings: MatcherSettings, checksumVerified: Bool) {
        var reader = ByteReader(bytes: data)
        guard data.count > 16, checksumVerified ? reader.skipTrailingChecksum() : reader.verifyTrailingChecksum(),
              reader.bytes(4) == Array("CNCM".utf8),
              reader.uint32() == Self.cacheFormatVersion,
              reader.uint64() == catalog.fingerprint,
              reader.uint64() == settings.trainingFingerprint,
              let labels = reader.strings(),
              let groupOfLabel = reader.int32s()?.map({ Int($0) }),
              let groups = reader.strings(),
              let keys = reader.uint64s(),
              let scales = reader.floats(), let weights = reader.int8s(), let bias = reader.floats(),
              let words = reader.strings(), let counts = reader.int32s(),
              let inScopeWords = reader.strings(),
              labels.count == groupOfLabel.count, labels.count == bias.count,
              scales.count == keys.count, weights.count == keys.count * labels.count,
              groupOfLabel.allSatisfy({ $0 >= 0 && $0 < groups.count }),
              words.count == counts.count,
              Set(catalog.intents.map(\.name)) == Set(labels)
        else { return nil }
        var table = FeatureTable(minimumCapacity: keys.count)
        for key in keys { _ = table.insert(key) }
        guard table.count == keys.count else { return nil }  // a repeated key: damaged
        var vocabulary: [String: Int] = [:]
        vocabulary.reserveCapacity(words.count)
        for (word, count) in zip(words, counts) { vocabulary[word] = Int(count) }
        self.init(
            settings: settings, catalogFingerprint: catalog.fingerprint, labels: labels,
            groupOfLabel: groupOfLabel, groups: groups, table: table,
            model: SoftmaxRegression(classCount: labels.count, scales: scales, quantized: weights, bias: bias),
            vocabulary: vocabulary, inScopeWords: Set(inScopeWords))
    }
}
