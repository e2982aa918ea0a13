import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge chat`: a conversation with the assistant as one buyer (the default command).
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the assistant as a buyer (the default command).",
        discussion: """
            At a terminal: line editing, history (~/.local/state/concierge/history), Tab completion of \
            slash commands and order numbers, Ctrl-C clears the line, Ctrl-D or /quit ends the chat.
            With input from a pipe or file: no prompt and no colour; for each input line the reply's lines \
            are printed followed by one empty line. The opening line goes to stderr.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Chat as this buyer (default: the demo buyer \(DemoData.buyerID) if present, else the first buyer).",
                                            valueName: "id"))
    var buyer: BuyerID?

    @OptionGroup var clock: ClockOptions

    @OptionGroup var intents: CatalogOptions

    @Option(name: .long, help: ArgumentHelp("Open an agent session as this support agent: a trace follows every turn, and agent commands (/as, /intent, /approve, /seller, /say, /advance, /handoffs, /take, /handback) work.",
                                            valueName: "agent-id"))
    var agent: String?

    @Option(name: .long, help: ArgumentHelp(
        "Record the session as a transcript in this file (with the database's starting state beside it as FILE.fixture.json); the clock is pinned at the start, so it replays green with `concierge replay FILE`.",
        valueName: "file"), completion: .file(extensions: ["transcript"]))
    var record: String?

    @Flag(name: .long, help: "With --record: replace the transcript (and its fixture) if they exist.")
    var force = false

    func run() throws {
        try reportingFailures {
            var clock = try clock.clock()
            if record != nil, self.clock.now == nil {
                // A recording needs a clock that only moves when told: pin it to the current whole second.
                clock = .fixed(Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))
            }
            if let record, !force, let existing = [record, URL(fileURLWithPath: record).deletingPathExtension().appendingPathExtension("fixture.json").path].first(where: FileManager.default.fileExists(atPath:)) {
                throw CommandFailure.other("\(existing) already exists; nothing was recorded. Use --force to replace it.")
            }
            // The intent model decodes on another core while the database opens and the buyer's timers run.
            let catalog = intents
            let loading = Background { try catalog.understander() }
            let store = try database.open(now: clock.now, access: .readWrite)
            let buyer = try store.chosenBuyer(buyer)
            let recorder = try record.map { try SessionRecording(file: $0, store: store, buyerID: buyer.id, agentID: agent, now: clock.now) }
            let notes = try timerNotes(store, buyerID: buyer.id, now: clock.now)
            let understander = try loading.value()
            if let agent {
                let desk = try AgentDesk(store: store, agentID: agent, understander: understander, clock: clock, buyerID: buyer.id)
                try ChatLoop(respond: recorder?.recording(desk.respond(to:)) ?? desk.respond(to:), orderNumbers: { desk.session?.orderNumbers() ?? [] },
                         prompt: { desk.prompt }, commands: AgentDesk.completableCommands,
                         banner: "Concierge agent desk — database \(store.path), agent \(agent), acting for \(buyer.name) (\(buyer.id)). Type /help.",
                         notes: notes)
                    .run().map(Self.stop)
                return
            }
            let session = try Session(store: store, buyerID: buyer.id, understander: understander, clock: clock)
            // A conversation left in the middle of a request is offered again (not when recording: a recording starts afresh).
            let resume = recorder == nil ? session.resumeSavedConversation() : []
            try ChatLoop(respond: recorder?.recording(session.respond(to:)) ?? session.respond(to:), orderNumbers: session.orderNumbers,
                     prompt: { session.activity.map { "you (\($0))" } ?? "you" },
                     banner: "Concierge — database \(store.path), buyer \(session.buyer.name) (\(session.buyer.id)). Type /help.",
                     notes: notes + resume)
                .run().map(Self.stop)
        }
    }

    /// Ends a chat whose store (or recording) could not be written: one line on stderr, exit code 1.
    static func stop(_ failure: String) throws {
        Console.standardError.error("Concierge stopped: \(failure)")
        throw ExitCode.failure
    }

    /// Runs the platform's timers on the buyer's orders before the first prompt and says what they changed
    /// (a seller who did not ship in time, a payment verified while the buyer was away), instead of silently.
    private func timerNotes(_ store: OrderStore, buyerID: BuyerID, now: Date) throws -> [String] {
        let before = Dictionary(uniqueKeysWithValues: try store.orders(buyerID: buyerID, includeDeleted: true).map { ($0.id, $0) })
        guard !(try store.applyTimers(buyerID: buyerID, at: now)).isEmpty else { return [] }
        let changes: [String] = try store.orders(buyerID: buyerID, includeDeleted: true).compactMap { order in
            guard let old = before[order.id], old != order else { return nil }
            var parts: [String] = []
            if old.status != order.status { parts.append("\(old.status.label) → \(order.status.label)") }
            if let refund = order.refund, refund.stage != old.refund?.stage {
                parts.append(old.refund.map { "\($0.stage.label) → \(refund.stage.label)" } ?? "\(refund.stage.label) (\(refund.amount))")
            }
            return parts.isEmpty ? nil : "  #\(order.id) \(TerminalText.sanitize(order.shortTitle)): \(parts.joined(separator: ", "))"
        }
        guard !changes.isEmpty else { return [] }
        return ["While you were away, the platform's timers changed \(Plural.count(changes.count, "order")) (see /order ID):"] + changes
    }
}
