import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// What no transcript reaches: intents, child intents, dialog goals and states, and policy refusals.
public struct TranscriptCoverage: Sendable {
    /// One kind of thing transcripts can reach, and what of it they miss.
    public struct Section: Sendable, Equatable {
        public var title: String
        public var total: Int
        /// Names not reached, each with the reason it can't be, when it can't.
        public var missing: [(name: String, why: String?)]

        public static func == (a: Section, b: Section) -> Bool {
            a.title == b.title && a.total == b.total && a.missing.map(\.name) == b.missing.map(\.name)
                && a.missing.map(\.why) == b.missing.map(\.why)
        }

        /// Missing names with no reason they can't be reached.
        public var gaps: [String] { missing.filter { $0.why == nil }.map(\.name) }
    }

    public var sections: [Section]

    /// Compares what the transcripts reached with everything that exists.
    public init(reached: TranscriptReach, catalog: IntentCatalog) {
        let children = catalog.intents.filter { $0.parent != nil }.map(\.name).sorted()
        let reachedStates = Set(reached.dialogStates.compactMap { DialogStateName.stable($0).split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) })
        let reachedGoals = Set(reached.dialogStates.compactMap { $0.split(separator: ":").first.map(String.init) })
        sections = [
            Self.section("intents", catalog.topLevelNames.sorted(), reached.intents, [:]),
            Self.section("child intents", children, reached.details, [:]),
            Self.section("dialogs", DialogGoal.allCases.map(\.rawValue), reachedGoals, [:]),
            Self.section("dialog states", DialogStateName.states, reachedStates, Self.unreachableStates),
            Self.section("refusals", Self.refusalNames, Set(reached.refusals.map { Refusal.named($0)?.stableName ?? $0 }),
                         Self.unreachableRefusals),
        ]
    }

    private static func section(_ title: String, _ all: [String], _ reached: Set<String>, _ why: [String: String]) -> Section {
        Section(title: title, total: all.count, missing: all.filter { !reached.contains($0) }.map { ($0, why[$0]) })
    }

    /// The report: one line per section, then what is missing and why.
    public var lines: [String] {
        var lines: [String] = []
        for section in sections {
            lines.append("\(section.title): \(section.total - section.missing.count) of \(section.total) reached")
            for item in section.missing {
                lines.append("  not reached: \(item.name)" + (item.why.map { " — \($0)" } ?? ""))
            }
        }
        return lines
    }

    /// The report as a JSON-ready dictionary.
    public var jsonObject: [String: Any] {
        Dictionary(uniqueKeysWithValues: sections.map { section in
            (section.title, [
                "total": section.total,
                "missing": section.missing.map { ["name": $0.name, "why": $0.why ?? NSNull()] as [String: Any] },
            ] as [String: Any])
        })
    }

    static let unreachableStates = [
        "acting_on_the_order": "transient: the dialog is in it only between a store write and its result, inside one turn",
    ]

    /// Every refusal's stable name (`Refusal.stableName` is an exhaustive switch, so a new case fails to compile
    /// until it is named).
    static let refusalNames: [String] = Refusal.every.map(\.stableName)

    static let unreachableRefusals = [
        "not_your_role": "only met when a buyer tries a seller's or agent's action (answering a cancellation request); buyer sessions never offer one",
        "no_pending_cancellation": "only met when a seller or agent answers a cancellation request; buyer sessions can't",
        "refund_larger_than_paid": "the dispute dialog checks the amount and asks again before the store sees it; the store's check is a second line of defence",
        "nothing_to_send": "the message dialog never sends an empty text; the store's check is a second line of defence",
    ]
}
