import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// The outcome of replaying one transcript.
public struct TranscriptResult: Sendable {
    public var name: String
    public var failures: [TranscriptFailure]
    /// What the assistant actually answered, turn by turn (for `--update`).
    public var actualReplies: [[String]]
    /// The intents, dialog states and refusals the conversation reached.
    public var reached: TranscriptReach
    /// Wall-clock time the replay took.
    public var duration: TimeInterval

    public var passed: Bool { failures.isEmpty }

    /// The failures as a report: the transcript's name, then each failing turn with a diff.
    public var report: String {
        guard !failures.isEmpty else { return "PASS \(name)" }
        return (["FAIL \(name)"] + failures.flatMap { $0.reportLines.map { "  " + $0 } }).joined(separator: "\n")
    }

    /// The result as a JSON-ready dictionary.
    public var jsonObject: [String: Any] {
        [
            "name": name,
            "passed": passed,
            "turns": actualReplies.count,
            "milliseconds": (duration * 1000).rounded(),
            "failures": failures.map(\.jsonObject),
        ]
    }
}

/// Something in a transcript that did not come true.
public struct TranscriptFailure: Sendable, Equatable {
    /// The line of the transcript it is about (1-based), if any.
    public var line: Int?
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        /// The replies to a turn differ from the expected lines.
        case reply(turn: Int, buyerLine: String, expected: [String], actual: [String])
        /// A `<~` or `</` line does not hold for the turn's reply.
        case looseReply(turn: Int, buyerLine: String, pattern: String, actual: [String])
        /// A `?` line does not hold.
        case assertion(turn: Int, text: String, actual: String)
        /// The transcript could not run (bad file, unknown buyer, missing fixture, buyer lines after /quit).
        case error(String)
    }

    /// Lines of the human-readable report.
    public var reportLines: [String] {
        let at = line.map { "line \($0)" } ?? ""
        switch kind {
        case .reply(let turn, let buyerLine, let expected, let actual):
            let shown = buyerLine.count > 80 ? String(buyerLine.prefix(77)) + "…" : buyerLine
            return ["turn \(turn) (\(at)): > \(TranscriptEscapes.encode(shown))"]
                + TranscriptDiff.lines(expected: expected, actual: actual).map { "  " + $0.text }
        case .looseReply(let turn, let buyerLine, let pattern, let actual):
            let shown = buyerLine.count > 80 ? String(buyerLine.prefix(77)) + "…" : buyerLine
            return ["turn \(turn) (\(at)): > \(TranscriptEscapes.encode(shown))", "  \(pattern)", "  but the reply was:"]
                + actual.map { "  + " + $0 }
        case .assertion(let turn, let text, let actual):
            return ["after turn \(turn) (\(at)): \(text)", "  but \(actual)"]
        case .error(let message):
            return [line == nil ? message : "\(at): \(message)"]
        }
    }

    var jsonObject: [String: Any] {
        var object: [String: Any] = ["line": line ?? NSNull()]
        switch kind {
        case .reply(let turn, let buyerLine, let expected, let actual):
            object["kind"] = "reply"; object["turn"] = turn
            object["buyer"] = String(buyerLine.prefix(200)); object["expected"] = expected; object["actual"] = actual
        case .looseReply(let turn, let buyerLine, let pattern, let actual):
            object["kind"] = "loose_reply"; object["turn"] = turn
            object["buyer"] = String(buyerLine.prefix(200)); object["pattern"] = pattern; object["actual"] = actual
        case .assertion(let turn, let text, let actual):
            object["kind"] = "assertion"; object["turn"] = turn; object["assertion"] = text; object["actual"] = actual
        case .error(let message):
            object["kind"] = "error"; object["message"] = message
        }
        return object
    }
}

/// What a conversation reached, for `--coverage`.
public struct TranscriptReach: Sendable, Equatable {
    /// Top intents of classified lines.
    public var intents: Set<String> = []
    /// Child intents (answers) of classified lines.
    public var details: Set<String> = []
    /// Dialog states at the end of turns, as "goal: state".
    public var dialogStates: Set<String> = []
    /// Refusal case names met.
    public var refusals: Set<String> = []

    public init() {}

    mutating func add(_ trace: TurnTrace) {
        if let top = trace.intents.first { intents.insert(top.intent) }
        if let detail = trace.detail { details.insert(detail) }
        if let dialog = trace.dialog { dialogStates.insert(dialog) }
        refusals.formUnion(trace.refusals)
    }

    /// Both reaches together.
    public func union(_ other: TranscriptReach) -> TranscriptReach {
        var merged = self
        merged.intents.formUnion(other.intents)
        merged.details.formUnion(other.details)
        merged.dialogStates.formUnion(other.dialogStates)
        merged.refusals.formUnion(other.refusals)
        return merged
    }
}
