import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// Reads the transcript format of `transcripts/README.md`.
public struct TranscriptParser: Sendable {
    public init() {}

    /// Reads a transcript file; fixture paths in it are relative to its folder.
    public func parse(contentsOf url: URL, name: String? = nil) throws -> Transcript {
        let display = name ?? url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TranscriptError(file: display, line: nil, problem: "can't be read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TranscriptError(file: display, line: nil, problem: "is not UTF-8 text")
        }
        return try parse(text, name: display, directory: url.deletingLastPathComponent())
    }

    /// Reads transcript text. Every line is checked: the error thrown is the first problem and carries all the
    /// others (`TranscriptError.following`), so one run shows everything there is to fix.
    public func parse(_ text: String, name: String, directory: URL? = nil) throws -> Transcript {
        var state = HeaderState()
        var lines: [TranscriptLine] = []
        var errors: [TranscriptError] = []
        for (offset, source) in Self.splitLines(text).enumerated() {
            do {
                let kind = try self.kind(of: source, state: &state) { TranscriptError(file: name, line: offset + 1, problem: $0) }
                lines.append(TranscriptLine(number: offset + 1, source: source, kind: kind))
            } catch let error as TranscriptError {
                errors.append(error)
            }
        }
        if state.fixture == nil { errors.append(TranscriptError(file: name, line: nil, problem: "the header needs a fixture: line (demo, or a file path)")) }
        if state.buyer == nil { errors.append(TranscriptError(file: name, line: nil, problem: "the header needs a buyer: line")) }
        if var first = errors.first {
            first.following = Array(errors.dropFirst())
            throw first
        }
        var header = TranscriptHeader(fixture: state.fixture ?? "", buyer: state.buyer ?? "", agent: state.agent, now: state.now)
        header.looseReplies = state.looseReplies
        header.tags = state.tags
        return Transcript(name: name, directory: directory, header: header, lines: lines)
    }

    /// The header read so far, and where the parser is.
    private struct HeaderState {
        var fixture: String?
        var buyer: BuyerID?
        var agent: String?
        var now: Date?
        var looseReplies = false
        var tags: [String] = []
        var sawTurn = false
        var afterBuyerLine = false
    }

    /// What one line means; `fail` makes the error for this line.
    private func kind(of source: String, state: inout HeaderState, _ fail: (String) -> TranscriptError) throws -> TranscriptLine.Kind {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .comment }
        if source.hasPrefix(">") {
            // The turn starts even when its text is malformed, so its reply lines aren't reported as well.
            state.sawTurn = true
            state.afterBuyerLine = true
            return .buyer(try decode(Self.body(source), fail))
        }
        if source.hasPrefix("<~") || source.hasPrefix("</") {
            guard state.afterBuyerLine else { throw fail("a loose reply line (<~ or </) must follow a buyer line (>) without a clock jump between") }
            switch ReplyPattern.parse(marker: Array(source)[1], String(source.dropFirst(2))) {
            case .success(let pattern): return .loose(pattern)
            case .failure(let problem): throw fail(problem.message)
            }
        }
        if source.hasPrefix("<") {
            guard state.afterBuyerLine else { throw fail("an expected reply (<) must follow a buyer line (>) without a clock jump between") }
            return .expected(try decode(Self.body(source), fail))
        }
        if trimmed.hasPrefix("+") {
            state.sawTurn = true
            state.afterBuyerLine = false
            guard let interval = Self.duration(String(trimmed.dropFirst())) else {
                throw fail("a clock jump looks like +3d, +2h, +30m, +45s or +1d12h")
            }
            return .clock(interval)
        }
        if trimmed.hasPrefix("?") {
            state.sawTurn = true
            switch TranscriptAssertion.parse(String(trimmed.dropFirst())) {
            case .success(let assertion): return .assertion(assertion)
            case .failure(let problem): throw fail(problem.message)
            }
        }
        if let colon = trimmed.firstIndex(of: ":"), Self.headerKeys.contains(trimmed[..<colon].lowercased()) {
            try readHeader(String(trimmed[..<colon].lowercased()), trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces),
                           into: &state, fail)
            return .header
        }
        throw fail("not a transcript line: start it with > (buyer), < (assistant), +3d (clock), ? (assertion) or # (comment)")
    }

    private static let headerKeys = ["fixture", "buyer", "now", "agent", "replies", "tags"]

    private func readHeader(_ key: String, _ value: String, into state: inout HeaderState, _ fail: (String) -> TranscriptError) throws {
        guard !state.sawTurn else { throw fail("header lines (\(key):) go before the first turn") }
        guard !value.isEmpty else { throw fail("\(key): needs a value") }
        switch key {
        case "fixture": state.fixture = value
        case "buyer": state.buyer = BuyerID(value)
        case "agent": state.agent = value
        case "replies":
            guard ["loose", "exact"].contains(value) else { throw fail("replies: is loose or exact") }
            state.looseReplies = value == "loose"
        case "tags":
            let tags = value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            guard tags.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } }) else {
                throw fail("tags: are words (letters, digits, - and _) separated by commas or spaces")
            }
            state.tags += tags
        default:
            guard let date = DateText.parseISO8601(value) else { throw fail("now: needs an ISO 8601 instant like 2026-11-20T12:00:00Z") }
            state.now = date
        }
    }

    /// Lines without their terminators (LF or CRLF); a final newline does not make an extra line.
    static func splitLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The text after `>` or `<` and one optional space.
    private static func body(_ source: String) -> String {
        let rest = source.dropFirst()
        return String(rest.hasPrefix(" ") ? rest.dropFirst() : rest)
    }

    private func decode(_ text: String, _ fail: (String) -> TranscriptError) throws -> String {
        switch TranscriptEscapes.decode(text) {
        case .success(let decoded): return decoded
        case .failure(let problem): throw fail(problem.message)
        }
    }

    /// `3d`, `2h30m`, `45s` in seconds.
    static func duration(_ text: String) -> TimeInterval? {
        var total: TimeInterval = 0
        var digits = ""
        guard !text.isEmpty else { return nil }
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let value = Double(digits) else { return nil }
            switch character {
            case "d": total += value * 86_400
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            digits = ""
        }
        return digits.isEmpty ? total : nil
    }

    /// The shortest `+…` text for an interval, e.g. "1d12h".
    static func durationText(_ interval: TimeInterval) -> String {
        var seconds = Int(interval.rounded())
        var text = ""
        for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] where seconds >= size {
            text += "\(seconds / size)\(unit)"
            seconds %= size
        }
        return text.isEmpty ? "0s" : text
    }
}
