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

    /// Reads transcript text.
    public func parse(_ text: String, name: String, directory: URL? = nil) throws -> Transcript {
        var fixture: String?
        var buyer: BuyerID?
        var agent: String?
        var now: Date?
        var looseReplies = false
        var lines: [TranscriptLine] = []
        var sawTurn = false
        var afterBuyerLine = false
        let sourceLines = Self.splitLines(text)

        for (offset, source) in sourceLines.enumerated() {
            let number = offset + 1
            func fail(_ problem: String) -> TranscriptError { TranscriptError(file: name, line: number, problem: problem) }
            let trimmed = source.trimmingCharacters(in: .whitespaces)
            let kind: TranscriptLine.Kind
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                kind = .comment
            } else if source.hasPrefix(">") {
                kind = .buyer(try decode(Self.body(source), fail))
                sawTurn = true
                afterBuyerLine = true
            } else if source.hasPrefix("<~") || source.hasPrefix("</") {
                guard afterBuyerLine else { throw fail("a loose reply line (<~ or </) must follow a buyer line (>) without a clock jump between") }
                switch ReplyPattern.parse(marker: Array(source)[1], String(source.dropFirst(2))) {
                case .success(let pattern): kind = .loose(pattern)
                case .failure(let problem): throw fail(problem.message)
                }
            } else if source.hasPrefix("<") {
                guard afterBuyerLine else { throw fail("an expected reply (<) must follow a buyer line (>) without a clock jump between") }
                kind = .expected(try decode(Self.body(source), fail))
            } else if trimmed.hasPrefix("+") {
                guard let interval = Self.duration(String(trimmed.dropFirst())) else {
                    throw fail("a clock jump looks like +3d, +2h, +30m, +45s or +1d12h")
                }
                kind = .clock(interval)
                sawTurn = true
                afterBuyerLine = false
            } else if trimmed.hasPrefix("?") {
                switch TranscriptAssertion.parse(String(trimmed.dropFirst())) {
                case .success(let assertion): kind = .assertion(assertion)
                case .failure(let problem): throw fail(problem.message)
                }
                sawTurn = true
            } else if let colon = trimmed.firstIndex(of: ":"), let key = Optional(trimmed[..<colon].lowercased()),
                      ["fixture", "buyer", "now", "agent", "replies"].contains(key) {
                guard !sawTurn else { throw fail("header lines (\(key):) go before the first turn") }
                let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { throw fail("\(key): needs a value") }
                switch key {
                case "fixture": fixture = value
                case "buyer": buyer = BuyerID(value)
                case "agent": agent = value
                case "replies":
                    guard ["loose", "exact"].contains(value) else { throw fail("replies: is loose or exact") }
                    looseReplies = value == "loose"
                default:
                    guard let date = DateText.parseISO8601(value) else { throw fail("now: needs an ISO 8601 instant like 2026-11-20T12:00:00Z") }
                    now = date
                }
                kind = .header
            } else {
                throw fail("not a transcript line: start it with > (buyer), < (assistant), +3d (clock), ? (assertion) or # (comment)")
            }
            lines.append(TranscriptLine(number: number, source: source, kind: kind))
        }
        guard let fixture else { throw TranscriptError(file: name, line: nil, problem: "the header needs a fixture: line (demo, or a file path)") }
        guard let buyer else { throw TranscriptError(file: name, line: nil, problem: "the header needs a buyer: line") }
        var header = TranscriptHeader(fixture: fixture, buyer: buyer, agent: agent, now: now)
        header.looseReplies = looseReplies
        return Transcript(name: name, directory: directory, header: header, lines: lines)
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
