import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
import ConciergeTestSupport

/// The conversation is saved with `CompactJSONEncoder`: what it writes must decode, with the decoder that reads
/// saved conversations, to the value `JSONEncoder` would have saved; conversations saved by `JSONEncoder` still load.
@Suite struct CompactJSONEncoderTests {
    /// Every kind of value the synthesized conformances write: nested enums with and without payloads, optionals,
    /// sets, dictionaries, dates, fractions, and strings that need escaping.
    struct Sample: Codable, Equatable {
        indirect enum Kind: Codable, Equatable {
            case plain
            case labelled(name: String, count: Int?)
            case unlabelled(Double, [String])
            case nested(Kind?)
        }
        var text: String
        var optional: String?
        var missing: Int?
        var date: Date
        var fraction: Double
        var small: Float
        var flags: [Bool]
        var kinds: [Kind]
        var set: Set<String>
        var byName: [String: [Int]]
        var byNumber: [Int: String]
        var empty: [String]
        var emptyMap: [String: Int]
        var money: Money
        var id: OrderID
    }

    @Test func valuesDecodeToWhatJSONEncoderGives() throws {
        let awkward = ["", "plain", "quote \" and backslash \\ and slash /", "new\nline\ttab\r", "\u{0}\u{1}\u{1F}\u{7F}",
                       "é ü — “curly” 😀 家", "{\"not\": [json]}"]
        let dates = [Date(timeIntervalSinceReferenceDate: 0), Date(timeIntervalSinceReferenceDate: 785_332_800.123),
                     Date(timeIntervalSince1970: -1.5), TestData.now, Date(timeIntervalSinceReferenceDate: 1e-7)]
        let fractions = [0, -0.0, 0.1, 1.0 / 3, 1e300, -2.5e-300, 123_456_789.987654321, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude]
        for (i, text) in awkward.enumerated() {
            for (j, date) in dates.enumerated() {
                let sample = Sample(
                    text: text, optional: i % 2 == 0 ? nil : text, missing: nil, date: date,
                    fraction: fractions[(i + j) % fractions.count], small: Float(i) / 7 + Float(j),
                    flags: [true, false], kinds: [.plain, .labelled(name: text, count: i), .labelled(name: "", count: nil),
                                                  .unlabelled(fractions[i % fractions.count], awkward), .nested(.nested(nil)), .nested(.plain)],
                    set: Set(awkward.prefix(i)), byName: [text: [i, -j, Int.max, Int.min]], byNumber: [i: text, 100 + j: "x"],
                    empty: [], emptyMap: [:], money: Money(minorUnits: 2310 * i - j, currency: "USD"), id: OrderID("73000000\(i)\(j)"))
                let compact = try CompactJSONEncoder().encode(sample)
                #expect(try JSONSerialization.jsonObject(with: compact) is [String: Any])
                let decoded = try JSONDecoder().decode(Sample.self, from: compact)
                let viaFoundation = try JSONDecoder().decode(Sample.self, from: JSONEncoder().encode(sample))
                #expect(decoded == sample)
                #expect(decoded == viaFoundation)
            }
        }
    }

    @Test func aNumberThatJSONCannotHoldIsRefused() {
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode(["x": Double.infinity]) }
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode([Data([1, 2])]) }
    }

    /// Flow stacks from real conversations (every goal, refusals, drafts, amounts, queued requests), turn by turn.
    @Test func flowStacksOfConversationsRoundTrip() throws {
        let orders = [TestData.order(.awaitingShipment), TestData.order(.delivered, id: "7300000002", title: "Desk lamp"),
                      TestData.order(.shipped, id: "7300000003", title: "Phone case"),
                      TestData.order(.awaitingPayment, id: "7300000004", title: "Yoga mat"),
                      TestData.order(.completed, id: "7300000005", title: "Coffee grinder")]
        let conversations = [
            ["cancel the earbuds", "it's too expensive \"really\"", "no wait, cancel the phone case", "why not?", "ok the earbuds then", "yes"],
            ["the desk lamp arrived broken, I want a refund", "it is damaged", "partial refund", "12.50", "the base is cracked\nbadly", "no evidence", "yes"],
            ["message the seller of the phone case", "please ship it before Friday — thanks! 😀", "make it more polite", "yes"],
            ["delete the yoga mat and cancel the earbuds", "other", "I found it cheaper elsewhere", "no"],
            ["cancel the coffee grinder", "where is my refund?", "open a dispute for the lamp instead", "no it never arrived"],
        ]
        var checked = 0
        for lines in conversations {
            let store = try TestData.store(orders)
            let session = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
            for line in lines {
                _ = session.respond(to: line)
                let stack = session.stack
                let compact = try CompactJSONEncoder().encode(stack)
                let foundation = try JSONEncoder().encode(stack)
                #expect(try JSONDecoder().decode(FlowStack.self, from: compact) == stack, "\(line)")
                #expect(try JSONDecoder().decode(FlowStack.self, from: foundation) == stack, "\(line)")
                checked += 1
            }
        }
        #expect(checked == conversations.map(\.count).reduce(0, +))
    }

    @Test func aConversationSavedByJSONEncoderStillLoads() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        let first = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        _ = first.respond(to: "cancel order 7300000001")
        // The state as earlier releases saved it.
        try store.saveConversation(buyerID: "B1", state: JSONEncoder().encode(first.stack), at: TestData.now)

        let second = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        #expect(!second.resumeSavedConversation().isEmpty)
        #expect(second.stack == first.stack)
        #expect(second.respond(to: "yes").text.contains("Why do you want to cancel order #7300000001"))
    }
}
