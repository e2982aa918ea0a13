import Foundation

/// How dates and durations are written to buyers: UTC, the same on every machine.
public enum DateText {
    /// "Sat 21 Nov 14:00 UTC".
    public static func instant(_ date: Date) -> String { format(date, "EEE d MMM HH:mm 'UTC'") }

    /// "21 Nov 2026".
    public static func day(_ date: Date) -> String { format(date, "d MMM yyyy") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        Formatters.shared.withLock { formatters in
            if let formatter = formatters.patterns[pattern] { return formatter.string(from: date) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            formatters.patterns[pattern] = formatter
            return formatter.string(from: date)
        }
    }

    /// Formatters made once and shared: making one costs about a millisecond (it loads locale data), using one microseconds.
    /// Formatters are not safe to share between threads, so each use holds the lock.
    private final class Formatters: @unchecked Sendable {
        static let shared = Formatters()
        private let lock = NSLock()
        var patterns: [String: DateFormatter] = [:]
        let plain = ISO8601DateFormatter()
        let fractional: ISO8601DateFormatter = {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter
        }()

        func withLock<T>(_ body: (Formatters) -> T) -> T { lock.withLock { body(self) } }
    }

    /// "3 days", "5 hours", "2 minutes": the largest whole unit of a positive interval.
    public static func duration(_ interval: TimeInterval) -> String {
        let seconds = max(0, interval)
        func unit(_ n: Int, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s")" }
        if seconds >= PolicyConstants.day { return unit(Int((seconds / PolicyConstants.day).rounded(.down)), "day") }
        if seconds >= PolicyConstants.hour { return unit(Int((seconds / PolicyConstants.hour).rounded(.down)), "hour") }
        return unit(max(1, Int((seconds / PolicyConstants.minute).rounded(.up))), "minute")
    }

    /// Parses ISO 8601 instants such as "2026-11-20T12:00:00Z" (fractional seconds allowed).
    /// Only instants from 1970 to the year 9999 are accepted: the formatter also reads years like 20261,
    /// which the database would store but could never read back.
    public static func parseISO8601(_ text: String) -> Date? {
        let date = canonicalInstant(text) ?? Formatters.shared.withLock { $0.plain.date(from: text) ?? $0.fractional.date(from: text) }
        guard let date, supportedRange.contains(date) else { return nil }
        return date
    }

    /// "2026-11-20T12:00:00Z" read directly (the formatter takes a fraction of a millisecond for each);
    /// nil for anything else (fractions, offsets, a field out of its range), which is left to the formatter.
    static func canonicalInstant(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19), (1...12).contains(month), hour < 24, minute < 60, second < 60
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...monthDays[month - 1]).contains(day) else { return nil }
        // Days since 1970-01-01 in the proleptic Gregorian calendar, counting years from March.
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    public static let supportedRange = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799)

    /// Writes an instant as ISO 8601 in UTC.
    public static func iso8601(_ date: Date) -> String {
        Formatters.shared.withLock { $0.plain.string(from: date) }
    }

    /// Adds `count` business days (Monday to Friday, UTC) to `date`.
    public static func addingBusinessDays(_ count: Int, to date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        var result = date
        var left = count
        while left > 0 {
            result = result.addingTimeInterval(PolicyConstants.day)
            if !calendar.isDateInWeekend(result) { left -= 1 }
        }
        return result
    }
}
