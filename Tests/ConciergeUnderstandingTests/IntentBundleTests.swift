import Foundation
import Testing
@testable import ConciergeUnderstanding
import ConciergeTestSupport

@Suite("Built-in catalog and model")
struct IntentBundleTests {
    @Test("the catalog built into the binary is intents/ as it is now (else run scripts/make_embedded_intents.sh)")
    func builtInMatchesIntentsFolder() throws {
        let bundle = try IntentBundle.embedded()
        #expect(EmbeddedIntents.catalogFingerprint == TestCatalog.real.fingerprint,
                "Sources/ConciergeUnderstanding/Generated/EmbeddedIntents.swift is stale: run scripts/make_embedded_intents.sh")
        #expect(bundle.catalog.fingerprint == TestCatalog.real.fingerprint)
        #expect(bundle.catalog.intents.map(\.name) == TestCatalog.real.intents.map(\.name))
        #expect(bundle.catalog.intents.map(\.examples) == TestCatalog.real.intents.map(\.examples))
    }

    @Test("the built-in model was made by this training code and answers without training")
    func builtInModelLoads() throws {
        let bundle = try IntentBundle.embedded()
        let matcher = try #require(bundle.matcher(), "the built-in model does not decode: run scripts/make_embedded_intents.sh")
        #expect(matcher.classify("where is my order").intent == "order_status")
    }

    @Test("a bundle decodes to the same catalog and a matcher that classifies the same")
    func roundTrip() throws {
        let matcher = IntentMatcher(catalog: TestCatalog.small)
        let bytes = IntentBundle(catalog: TestCatalog.small, matcher: matcher).encoded()
        let decoded = try #require(IntentBundle(encoded: bytes))
        #expect(decoded.catalog.intents == TestCatalog.small.intents)
        #expect(decoded.catalog.fingerprint == TestCatalog.small.fingerprint)
        let restored = try #require(decoded.matcher())
        for text in ["cancel my order", "how long for the refund", "play music"] {
            #expect(restored.classify(text) == matcher.classify(text))
        }
        var damaged = bytes
        damaged[damaged.count / 3] ^= 0x40
        #expect(IntentBundle(encoded: damaged) == nil)
        #expect(IntentBundle(catalog: TestCatalog.small, matcher: nil).matcher() == nil)
    }

    @Test("a directory catalog equal to the built-in one uses the built-in model")
    func directoryEqualToBuiltIn() throws {
        var trained = false
        let understander = try Understander.load(directory: Repository.intents, willTrain: { trained = true })
        #expect(!trained)
        #expect(understander.catalog.fingerprint == TestCatalog.real.fingerprint)
    }
}
