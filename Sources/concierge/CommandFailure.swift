import ArgumentParser
import ConciergeKit
import Foundation

/// Why a command stopped, in one line a user can act on. Every command reports failures through this,
/// so the user sees one clear line on stderr and exit code 1, never a crash trace.
enum CommandFailure: Error, CustomStringConvertible {
    case store(StoreError)
    case fixture(FixtureError)
    case noDatabase(path: String)
    case noBuyers(path: String)
    case orderNotFound(id: OrderID, buyerID: BuyerID?)
    case badDate(String)
    case intents(String)
    case other(String)

    var description: String {
        switch self {
        case .store(let error): error.description
        case .fixture(let error): error.description
        case .noDatabase(let path): "There is no database at \(path). Create one with `concierge db init --db \(path) --demo` (or --fixture FILE)."
        case .noBuyers(let path): "The database \(path) holds no buyers. Load data with `concierge db init`."
        case .orderNotFound(let id, let buyerID?): "No order \(id) for buyer \(buyerID)."
        case .orderNotFound(let id, nil): "No order \(id)."
        case .badDate(let text): "\(text) is not an ISO 8601 instant like 2026-11-20T12:00:00Z."
        case .intents(let detail): "Can't load the intent catalog: \(detail)"
        case .other(let detail): detail
        }
    }

    /// Turns any error into a `CommandFailure`.
    static func from(_ error: Error) -> CommandFailure {
        switch error {
        case let failure as CommandFailure: failure
        case let store as StoreError: .store(store)
        case let fixture as FixtureError: .fixture(fixture)
        default: .other(String(describing: error))
        }
    }
}

/// Runs a command body; reports any failure as one line on stderr and exits with code 1.
/// ArgumentParser's own errors (`ExitCode`, `CleanExit`, validation) pass through untouched.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let clean as CleanExit {
        throw clean
    } catch let validation as ValidationError {
        throw validation
    } catch {
        Console.standardError.error(CommandFailure.from(error).description)
        throw ExitCode.failure
    }
}
