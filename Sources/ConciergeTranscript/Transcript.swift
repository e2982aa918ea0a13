import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// A conversation written down as a golden file: a header, then buyer lines, expected replies, clock jumps and assertions.
/// The format is described in `transcripts/README.md`.
public struct Transcript: Sendable, Equatable {
    /// Where the transcript came from (a path, or a name for text made in memory); used in messages.
    public var name: String
    /// The folder its relative fixture paths start from.
    public var directory: URL?
    public var header: TranscriptHeader
    /// Every line of the source, in order, with what it means.
    public var lines: [TranscriptLine]

    public init(name: String, directory: URL?, header: TranscriptHeader, lines: [TranscriptLine]) {
        self.name = name
        self.directory = directory
        self.header = header
        self.lines = lines
    }

    /// The buyer lines in order, one per turn.
    public var turns: [TranscriptTurn] {
        var turns: [TranscriptTurn] = []
        for (index, line) in lines.enumerated() {
            switch line.kind {
            case .buyer(let text):
                turns.append(TranscriptTurn(number: turns.count + 1, lineIndex: index, text: text, expected: [], expectedLineIndices: [],
                                            loose: []))
            case .expected(let text):
                // The parser guarantees an expected line follows a buyer line.
                if !turns.isEmpty {
                    turns[turns.count - 1].expected.append(text)
                    turns[turns.count - 1].expectedLineIndices.append(index)
                }
            case .loose(let pattern):
                if !turns.isEmpty { turns[turns.count - 1].loose.append(pattern) }
            default:
                break
            }
        }
        return turns
    }
}

/// The lines before the first turn: what the conversation runs against.
public struct TranscriptHeader: Sendable, Equatable {
    /// `demo`, or a fixture file path relative to the transcript's folder.
    public var fixture: String
    /// The buyer the assistant talks to.
    public var buyer: BuyerID
    /// The agent driving the session; reserved until agent sessions exist.
    public var agent: String?
    /// The clock's starting instant; the fixture's `now` when absent.
    public var now: Date?
    /// `replies: loose`: a turn without `<` lines is not compared (only its `<~`, `</` and `?` lines check it);
    /// by default a turn without `<` lines expects no answer.
    public var looseReplies = false
    /// `tags: smoke, cancel`: names `concierge replay --tag` selects by.
    public var tags: [String] = []

    /// The fixture name that means the built-in demo data.
    public static let demoFixture = "demo"

    public init(fixture: String, buyer: BuyerID, agent: String? = nil, now: Date? = nil) {
        self.fixture = fixture
        self.buyer = buyer
        self.agent = agent
        self.now = now
    }
}

/// One source line of a transcript and what it means.
public struct TranscriptLine: Sendable, Equatable {
    /// 1-based line number in the file.
    public var number: Int
    /// The line as written.
    public var source: String
    public var kind: Kind

    public init(number: Int, source: String, kind: Kind) {
        self.number = number
        self.source = source
        self.kind = kind
    }

    /// What a line says.
    public enum Kind: Sendable, Equatable {
        /// A comment or a blank line: kept as is.
        case comment
        /// `fixture:`, `buyer:`, `now:`, `agent:`.
        case header
        /// `> text`: what the buyer types (escapes decoded).
        case buyer(String)
        /// `< text`: a line the assistant should answer (escapes decoded).
        case expected(String)
        /// `<~ words` or `</ expression /`: the turn's whole reply contains or matches it.
        case loose(ReplyPattern)
        /// `+3d`, `+2h30m`: the clock moves on and the platform's timers run.
        case clock(TimeInterval)
        /// `? …`: a check on the store or on what the assistant understood.
        case assertion(TranscriptAssertion)
    }
}

/// One buyer line with the replies the transcript expects to it.
public struct TranscriptTurn: Sendable, Equatable {
    /// 1-based turn number.
    public var number: Int
    /// Index of the `>` line in `Transcript.lines`.
    public var lineIndex: Int
    public var text: String
    public var expected: [String]
    /// Indices of the `<` lines in `Transcript.lines`.
    public var expectedLineIndices: [Int]
    /// The `<~` and `</` lines: loose checks on the whole reply.
    public var loose: [ReplyPattern]
}
