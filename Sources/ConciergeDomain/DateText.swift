import Foundation

/// How dates and durations are written to buyers: UTC, the same on every machine.
public enum DateText {
    /// "Sat 21 Nov 14:00 UTC".
    public static func instant(_ date: Date) -> String {
        let c = CivilTime(date)
        return "\(weekdays[c.weekday]) \(c.day) \(months[c.month - 1]) \(twoDigits(c.hour)):\(twoDigits(c.minute)) UTC"
    }

    /// "21 Nov 2026".
    public static func day(_ date: Date) -> String {
        let c = CivilTime(date)
        return "\(c.day) \(months[c.month - 1]) \(c.year)"
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

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
    /// which the database would store but could never read back. The common UTC form is read directly (a
    /// Foundation formatter costs about a millisecond to create); offsets go to the formatter.
    public static func parseISO8601(_ text: String) -> Date? {
        if text.hasSuffix("Z"), text.utf8.count >= 20 {
            return CivilTime.parseUTC(text).flatMap { supportedRange.contains($0) ? $0 : nil }
        }
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = plain.date(from: text) ?? fractional.date(from: text), supportedRange.contains(date) else { return nil }
        return date
    }

    /// 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    public static let supportedRange = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799)

    /// Writes an instant as ISO 8601 in UTC.
    public static func iso8601(_ date: Date) -> String {
        let c = CivilTime(date)
        let year = String(repeating: "0", count: max(0, 4 - String(c.year).count)) + String(c.year)
        return "\(year)-\(twoDigits(c.month))-\(twoDigits(c.day))T\(twoDigits(c.hour)):\(twoDigits(c.minute)):\(twoDigits(c.second))Z"
    }

    /// Adds `count` business days (Monday to Friday, UTC) to `date`. Weekdays come from `CivilTime`: a
    /// Foundation calendar loads the time-zone database on first use (milliseconds, inside a write transaction).
    public static func addingBusinessDays(_ count: Int, to date: Date) -> Date {
        var result = date
        var left = count
        while left > 0 {
            result = result.addingTimeInterval(PolicyConstants.day)
            let weekday = CivilTime(result).weekday
            if weekday != 0 && weekday != 6 { left -= 1 }
        }
        return result
    }
}
