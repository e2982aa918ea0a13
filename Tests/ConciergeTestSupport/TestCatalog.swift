import Foundation
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript

/// The real catalog and a matcher trained on it, shared by the suites (trained once).
package enum TestCatalog {
    package static let directory: URL = Repository.intents

    package static let real: IntentCatalog = {
        do {
            return try IntentCatalog.load(directory: directory)
        } catch {
            fatalError("cannot load the real catalog: \(error)")
        }
    }()

    package static let matcher = IntentMatcher(catalog: real)

    /// A small inline catalog: two close in-scope intents and out_of_scope.
    package static let small = IntentCatalog(intents: [
        IntentDefinition(name: "cancel_order", sentences: [
            "cancel my order", "i want to cancel the order", "cancel order", "cancel the order now",
            "stop my order", "drop the order", "please cancel it",
        ]),
        IntentDefinition(name: "cancel_payment", sentences: [
            "cancel my payment", "i want to cancel the payment", "cancel payment", "cancel the payment now",
            "stop my payment", "drop the payment", "please cancel it",
        ]),
        IntentDefinition(name: "refund_status", sentences: [
            "where is my refund", "refund status", "when do i get my money back", "has my refund arrived",
            "check my refund", "track my refund",
        ]),
        IntentDefinition(name: "refund_timing", parent: "refund_status", sentences: [
            "how long does a refund take", "how many days for a refund", "how long until the money is back",
            "refund takes how long", "how long for refunds to arrive",
        ]),
        IntentDefinition(name: "out_of_scope", sentences: [
            "what is the weather", "tell me a joke", "book a flight to rome", "set an alarm",
            "play some music", "what time is it", "how tall is everest", "recipe for pancakes",
        ]),
    ])
}
