import ArgumentParser
import ConciergeKit
import Foundation

/// `--db PATH`, shared by the commands that read a database, and how that database is opened.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file. Without it: the embedded demo database ($XDG_DATA_HOME/concierge/concierge.sqlite, else ~/.local/share/concierge/concierge.sqlite), created with the demo data on first use.",
        valueName: "path"), completion: .file())
    var db: String?

    /// The path that will be opened, for messages.
    var path: String { db ?? DataPaths.embeddedDatabase.path }

    /// Opens `--db` for `access` (it must already exist: a typo should not create an empty database; read
    /// commands open it read-only and nothing but `db init` and `db migrate` creates or migrates tables),
    /// or the embedded database, creating (or migrating) it with the demo data moved to `now` when it is new or empty.
    func open(now: Date, access: StoreAccess = .readOnly) throws -> OrderStore {
        if let db {
            guard FileManager.default.fileExists(atPath: db) else { throw CommandFailure.noDatabase(path: db) }
            return try OrderStore.open(existing: db, access: access)
        }
        let file = DataPaths.embeddedDatabase
        // Made and filled before: opened as `--db` would be (a chat's one connection, a read-only one for reading).
        if FileManager.default.fileExists(atPath: file.path), access != .migrate,
           let store = try? OrderStore.open(existing: file.path, access: access), (try? store.isEmpty()) == false {
            return store
        }
        do {
            try DataPaths.createFolder(for: file)
        } catch {
            throw CommandFailure.other("Can't create the folder \(file.deletingLastPathComponent().path): \(error.localizedDescription)")
        }
        let store = try OrderStore.open(path: file.path)
        if try store.isEmpty() {
            try store.load(try DemoData.fixture(at: now))
        }
        return store
    }
}

/// `--now ISO8601`: pins the clock.
struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pin the clock to this instant, e.g. 2026-11-20T12:00:00Z (default: the real time).",
                                            valueName: "iso8601"))
    var now: String?

    /// The clock the command runs on.
    func clock() throws -> Clock {
        guard let now else { return .system }
        guard let date = DateText.parseISO8601(now) else { throw CommandFailure.badDate(now) }
        return .fixed(date)
    }
}

extension OrderStore {
    /// `id` when given (it must exist), else the demo buyer when present, else the first buyer.
    func chosenBuyer(_ id: BuyerID?) throws -> Buyer {
        if let id {
            guard let buyer = try buyer(id: id) else { throw StoreError.unknownBuyer(id) }
            return buyer
        }
        if let demo = try buyer(id: DemoData.buyerID) { return demo }
        guard let first = try buyers().first else { throw CommandFailure.noBuyers(path: path) }
        return first
    }
}
