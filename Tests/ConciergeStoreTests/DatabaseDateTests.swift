import Foundation
import GRDB
import Testing
import ConciergeDomain
@testable import ConciergeStore

struct DatabaseDateTests {
    /// The text must be the one GRDB writes: stored instants are compared as text.
    @Test func writesWhatGRDBWrites() {
        // Seeded, so a failing instant comes back on the next run.
        var generator = SplitMix64(seed: 0x5eed_da7e)
        var instants: [Date] = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_795_003_200), // 2026-11-18T12:00:00Z
                                Date(timeIntervalSince1970: 951_782_400), // 2000-02-29
                                Date(timeIntervalSince1970: 4_107_542_399.999), Date(timeIntervalSince1970: 253_402_300_799.999),
                                Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: 1_795_003_200.0005)]
        for _ in 0..<20_000 {
            instants.append(Date(timeIntervalSince1970: Double.random(in: 0...4_200_000_000, using: &generator)))
            instants.append(Date(timeIntervalSince1970: Double(Int.random(in: 0...4_200_000_000, using: &generator))))
            instants.append(Date(timeIntervalSince1970: Double(Int.random(in: 0...4_200_000_000_000, using: &generator)) / 1_000))
            // Whole milliseconds a hair off in floating point, as dates read back from the database are.
            let milliseconds = Double(Int.random(in: 0...4_200_000_000_000, using: &generator))
            for offset in [-2e-7, -1e-9, 1e-9, 2e-7] { instants.append(Date(timeIntervalSince1970: milliseconds / 1_000 + offset)) }
        }
        for instant in instants {
            #expect(DatabaseDate.value(instant) == instant.databaseValue, "\(instant.timeIntervalSince1970)")
        }
    }

    /// The store binds every date through `value`, never GRDB's formatter; a missing date is NULL.
    @Test func aMissingDateIsNull() {
        let none: Date? = nil
        #expect(DatabaseDate.value(none) == .null)
        #expect(DatabaseDate.value(Optional(Date(timeIntervalSince1970: 1_795_176_000))) == "2026-11-20 12:00:00.000".databaseValue)
    }
}
