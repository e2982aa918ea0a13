import Foundation

/// A fresh session as a transcript header describes it: a new in-memory store loaded from the fixture, a fixed clock.
public struct TranscriptSession {
    /// The header with `now` filled in from the fixture when it had none.
    public var header: TranscriptHeader
    public var store: OrderStore
    public var session: Session

    /// Opens the session; relative fixture paths start at `directory` (default: the current folder).
    public static func start(_ header: TranscriptHeader, directory: URL?, understander: Understander,
                             fixtures: FixtureCache = FixtureCache()) throws -> TranscriptSession {
        if header.agent != nil {
            throw TranscriptError(file: header.fixture, line: nil, problem: "agent: is reserved until agent sessions exist")
        }
        let fixture = try fixtures.fixture(header.fixture, relativeTo: directory)
        guard let now = header.now ?? fixture.now else {
            throw TranscriptError(file: header.fixture, line: nil, problem: "no now: in the header and none in the fixture")
        }
        let store = try OrderStore.inMemory()
        try store.load(fixture)
        var filled = header
        filled.now = now
        let session = try Session(store: store, buyerID: header.buyer, understander: understander, clock: .fixed(now))
        return TranscriptSession(header: filled, store: store, session: session)
    }
}

/// Fixtures already read in a run, so a folder of transcripts parses each fixture once.
public final class FixtureCache {
    private var fixtures: [String: Fixture] = [:]

    public init() {}

    /// The fixture a header names: the demo data, or a file relative to `directory`.
    public func fixture(_ name: String, relativeTo directory: URL?) throws -> Fixture {
        if name == TranscriptHeader.demoFixture {
            if let cached = fixtures[name] { return cached }
            let demo = try DemoData.fixture()
            fixtures[name] = demo
            return demo
        }
        let url = name.hasPrefix("/") ? URL(fileURLWithPath: name)
            : (directory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(name)
        let key = url.standardizedFileURL.path
        if let cached = fixtures[key] { return cached }
        let fixture = try FixtureParser().parse(contentsOf: url)
        fixtures[key] = fixture
        return fixture
    }
}
