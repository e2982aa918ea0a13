import Foundation
import GRDB
import ConciergeDomain

/// A date as the database stores it ("yyyy-MM-dd HH:mm:ss.SSS", UTC), as GRDB writes it, without GRDB's
/// Foundation formatter: a turn binds the current instant to its statements, and the formatter cost more than
/// the statements. The formatter rounds to the nearest millisecond; instants it cannot place with certainty (outside
/// 1970–9999, or within a thousandth of a millisecond of half a millisecond, where the formatter's arithmetic
/// decides) go through GRDB. A whole millisecond read back from the database is a hair above or below it in
/// floating point; it is placed here (going through GRDB, the first such date loaded the time-zone database inside
/// a write transaction).
enum DatabaseDate {
    /// An optional date as the database stores it: NULL for none.
    static func value(_ date: Date?) -> DatabaseValue {
        date.map { value($0) } ?? .null
    }

    static func value(_ date: Date) -> DatabaseValue {
        let milliseconds = (date.timeIntervalSinceReferenceDate + 978_307_200) * 1_000
        let whole = milliseconds.rounded(.down)
        let fraction = milliseconds - whole
        let roundsDown = fraction < 0.499
        guard whole >= 0, whole < 253_402_300_799_999, roundsDown || fraction > 0.501 else { return date.databaseValue }
        let total = Int(whole) + (roundsDown ? 0 : 1)
        let (days, inDay) = (total / 86_400_000, total % 86_400_000)
        let (year, month, day) = CivilTime.civil(fromDays: days)
        var text = [UInt8]()
        text.reserveCapacity(23)
        func put(_ number: Int, _ digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 { text.append(UInt8(ascii: "0") + UInt8(number / divisor % 10)); divisor /= 10 }
        }
        put(year, 4); text.append(UInt8(ascii: "-")); put(month, 2); text.append(UInt8(ascii: "-")); put(day, 2)
        text.append(UInt8(ascii: " "))
        put(inDay / 3_600_000, 2); text.append(UInt8(ascii: ":")); put(inDay / 60_000 % 60, 2); text.append(UInt8(ascii: ":"))
        put(inDay / 1_000 % 60, 2); text.append(UInt8(ascii: ".")); put(inDay % 1_000, 3)
        return String(decoding: text, as: UTF8.self).databaseValue
    }
}
