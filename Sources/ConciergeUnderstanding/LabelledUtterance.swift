import ConciergeDomain
/// An utterance with the intents that count as right for it (`a|b` in TSV files).
public struct LabelledUtterance: Sendable, Equatable {
    /// Acceptable top-level intents (children are reported under their parent).
    public var labels: [String]
    /// The utterance.
    public var text: String
    /// The acceptable child intent, when the label is a child (cross-validation only).
    public var detail: String?
    /// The paraphrase family the utterance belongs to, in files that name one (blind sets).
    public var family: String?

    /// Creates a labelled utterance.
    public init(labels: [String], text: String, detail: String? = nil, family: String? = nil) {
        self.labels = labels
        self.text = text
        self.detail = detail
        self.family = family
    }

    /// Whether the utterance is labelled out of scope.
    public var isOutOfScope: Bool { labels.contains(IntentCatalog.outOfScope) }

    /// Parses `labels<TAB>text` lines; blank lines and `#` comments are skipped.
    /// Returns the 1-based numbers of malformed lines in `malformed`.
    public static func parseTSV(_ contents: String) -> (utterances: [LabelledUtterance], malformed: [Int]) {
        parse(contents, withFamily: false)
    }

    /// Parses `family<TAB>labels<TAB>text` lines (the blind-set format); otherwise as `parseTSV`.
    public static func parseFamilyTSV(_ contents: String) -> (utterances: [LabelledUtterance], malformed: [Int]) {
        parse(contents, withFamily: true)
    }

    private static func parse(_ contents: String, withFamily: Bool) -> (utterances: [LabelledUtterance], malformed: [Int]) {
        var utterances: [LabelledUtterance] = []
        var malformed: [Int] = []
        for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", maxSplits: withFamily ? 2 : 1, omittingEmptySubsequences: false)
            guard fields.count == (withFamily ? 3 : 2) else {
                malformed.append(number + 1)
                continue
            }
            let family = withFamily ? String(fields[0]).trimmingSpaces : nil
            let labels = fields[fields.count - 2].split(separator: "|").map { String($0).trimmingSpaces }
            let text = String(fields[fields.count - 1])
            guard !labels.isEmpty, !text.isEmpty, family?.isEmpty != true else {
                malformed.append(number + 1)
                continue
            }
            utterances.append(LabelledUtterance(labels: labels, text: text, family: family))
        }
        return (utterances, malformed)
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
