import Testing
@testable import concierge

/// `chat`'s everyday options read without the argument parser give the command the parser gives.
@Suite struct ChatArgumentsTests {
    @Test("read plainly, the options give what the parser gives", arguments: [
        [String](), ["--db", "x.sqlite"], ["--db=x.sqlite", "--buyer", "#B0042"], ["--buyer", "B7", "--now", "2026-11-20T12:00:00Z"],
        ["--intents", "intents", "--agent", "A7", "--db", "d.sqlite"], ["--record", "t.transcript", "--force", "--now=2026-01-02T03:04:05Z"],
        ["--force", "--record=t.transcript"],
    ])
    func plainEqualsParsed(arguments: [String]) throws {
        let plain = try #require(Concierge.plainChat(arguments))
        let parsed = try ChatCommand.parseAsRoot(arguments) as? ChatCommand
        let expected = try #require(parsed)
        #expect(plain.database.db == expected.database.db)
        #expect(plain.buyer == expected.buyer)
        #expect(plain.clock.now == expected.clock.now)
        #expect(plain.intents.directory == expected.intents.directory)
        #expect(plain.agent == expected.agent)
        #expect(plain.record == expected.record)
        #expect(plain.force == expected.force)
    }

    @Test("anything else is left to the parser", arguments: [
        ["--db", "a", "--db", "b"], ["--force", "--force"], ["--db"], ["--db", "--buyer", "B1"], ["--buyer", ""], ["--bogus", "1"],
        ["-h"], ["--help"], ["--force=yes"], ["help"], ["--db", "a", "extra"],
    ])
    func leftToTheParser(arguments: [String]) {
        #expect(Concierge.plainChat(arguments) == nil)
    }
}
