import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// A fresh session as a transcript header describes it: a new in-memory store loaded from the fixture, a fixed clock.
public struct TranscriptSession {
    /// The header with `now` filled in from the fixture when it had none.
    public var header: TranscriptHeader
    public var store: OrderStore
    public var session: Session
    /// The agent's desk, when the header names an agent: lines then go through it.
    public var desk: AgentDesk?

    /// The conversation lines go to now (an agent may switch buyers).
    public var current: Session { desk?.session ?? session }

    /// Answers one transcript line, through the agent's desk when there is one.
    /// The desk's trace lines are left out: they carry confidences, which move with every catalog change.
    public func respond(to line: String) -> SessionReply {
        guard let desk else { return session.respond(to: line) }
        var reply = desk.respond(to: line)
        reply.lines = reply.lines.filter { !$0.hasPrefix(AgentDesk.tracePrefix) }
        return reply
    }

    /// Moves the clock of the conversation (and of the desk).
    public func advanceClock(by interval: TimeInterval) {
        if let desk { desk.advanceClock(by: interval) } else { session.advanceClock(by: interval) }
    }

    /// Opens the session; relative fixture paths start at `directory` (default: the current folder).
    public static func start(_ header: TranscriptHeader, directory: URL?, understander: Understander,
                             fixtures: FixtureCache = FixtureCache()) throws -> TranscriptSession {
        let (fixture, template) = try fixtures.template(header.fixture, relativeTo: directory)
        guard let now = header.now ?? fixture.now else {
            throw TranscriptError(file: header.fixture, line: nil, problem: "no now: in the header and none in the fixture")
        }
        let store = try template.makeStore()
        var filled = header
        filled.now = now
        if let agent = header.agent {
            let desk = try AgentDesk(store: store, agentID: agent, understander: understander, clock: .fixed(now), buyerID: header.buyer)
            guard let session = desk.session else { throw StoreError.unknownBuyer(header.buyer) }
            return TranscriptSession(header: filled, store: store, session: session, desk: desk)
        }
        let session = try Session(store: store, buyerID: header.buyer, understander: understander, clock: .fixed(now))
        return TranscriptSession(header: filled, store: store, session: session, desk: nil)
    }
}

/// Fixtures already read in a run, so a folder of transcripts parses each fixture once and loads it into a
/// database once (each transcript then starts on a copy of that database).
public final class FixtureCache {
    private var fixtures: [String: Fixture] = [:]
    private var templates: [String: StoreTemplate] = [:]

    public init() {}

    /// The fixture a header names, and a template database loaded with it.
    public func template(_ name: String, relativeTo directory: URL?) throws -> (Fixture, StoreTemplate) {
        let fixture = try fixture(name, relativeTo: directory)
        let key = Self.key(name, relativeTo: directory)
        if let cached = templates[key] { return (fixture, cached) }
        let template = try StoreTemplate(fixture)
        templates[key] = template
        return (fixture, template)
    }

    /// The fixture a header names: the demo data, or a file relative to `directory`.
    public func fixture(_ name: String, relativeTo directory: URL?) throws -> Fixture {
        if name == TranscriptHeader.demoFixture {
            if let cached = fixtures[name] { return cached }
            let demo = try DemoData.fixture()
            fixtures[name] = demo
            return demo
        }
        let url = Self.url(name, relativeTo: directory)
        let key = url.standardizedFileURL.path
        if let cached = fixtures[key] { return cached }
        let fixture = try FixtureParser().parse(contentsOf: url)
        fixtures[key] = fixture
        return fixture
    }

    /// The demo fixture's name, or a fixture file's standardized path.
    private static func key(_ name: String, relativeTo directory: URL?) -> String {
        name == TranscriptHeader.demoFixture ? name : url(name, relativeTo: directory).standardizedFileURL.path
    }

    /// Where a fixture file named in a header is.
    private static func url(_ name: String, relativeTo directory: URL?) -> URL {
        name.hasPrefix("/") ? URL(fileURLWithPath: name)
            : (directory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(name)
    }
}
