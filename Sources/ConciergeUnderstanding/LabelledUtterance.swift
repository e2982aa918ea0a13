import ConciergeDomain
/// An utterance with the intents that count as right for it (`a|b` in TSV files).
public struct LabelledUtterance: Sendable, Equatable {
    /// Acceptable top-level intents (children are reported under their parent).
    public var labels: [String]
    /// The utterance.
    public var text: String
    /// The acceptable child intent, when the label is a child (cross-validation only).
    public var detail: String?

    /// Creates a labelled utterance.
    public init(labels: [String], text: String, detail: String? = nil) {
        self.labels = labels
        self.text = text
        self.detail = detail
    }

    /// Whether the utterance is labelled out of scope.
    public var isOutOfScope: Bool { labels.contains(IntentCatalog.outOfScope) }

    /// Parses `labels<TAB>text` lines; blank lines and `#` comments are skipped.
    /// Returns the 1-based numbers of malformed lines in `malformed`.
    public static func parseTSV(_ contents: String) -> (utterances: [LabelledUtterance], malformed: [Int]) {
        var utterances: [LabelledUtterance] = []
        var malformed: [Int] = []
        for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let tab = trimmed.firstIndex(of: "\t") else {
                malformed.append(number + 1)
                continue
            }
            let labels = trimmed[..<tab].split(separator: "|").map { String($0).trimmingSpaces }
            let text = String(trimmed[trimmed.index(after: tab)...])
            guard !labels.isEmpty, !text.isEmpty else {
                malformed.append(number + 1)
                continue
            }
            utterances.append(LabelledUtterance(labels: labels, text: text))
        }
        return (utterances, malformed)
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
