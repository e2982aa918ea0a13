import Foundation
import Testing
@testable import ConciergeDomain

/// DateText writes and reads dates with integer arithmetic; Foundation's formatters are the reference.
@Suite struct DateTextTests {
    private func reference(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// Instants from 1970 to 9999, including leap days, month ends and the last second of a day.
    private var samples: [Date] {
        var generator = SystemRandomNumberGenerator()
        let fixed = ["1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2026-11-20T12:00:00Z", "2100-03-01T00:00:00Z",
                     "2000-02-29T06:07:08Z", "9999-12-31T23:59:59Z", "2026-12-31T23:59:59Z"].compactMap { ISO8601DateFormatter().date(from: $0) }
        return fixed + (0..<2_000).map { _ in Date(timeIntervalSince1970: Double(Int.random(in: 0...253_402_300_799, using: &generator))) }
    }

    @Test func writesLikeFoundation() {
        for date in samples {
            #expect(DateText.instant(date) == reference(date, "EEE d MMM HH:mm 'UTC'"))
            #expect(DateText.day(date) == reference(date, "d MMM yyyy"))
            #expect(DateText.iso8601(date) == ISO8601DateFormatter().string(from: date))
        }
    }

    @Test func businessDaysLikeFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func reference(_ count: Int, _ date: Date) -> Date {
            var result = date
            var left = count
            while left > 0 {
                result = result.addingTimeInterval(86_400)
                if !calendar.isDateInWeekend(result) { left -= 1 }
            }
            return result
        }
        for date in samples.prefix(500) where date.timeIntervalSince1970 < 253_000_000_000 {
            for count in [0, 1, 3, 5, 8] {
                #expect(DateText.addingBusinessDays(count, to: date) == reference(count, date))
            }
        }
    }

    @Test func readsWhatItWrites() {
        for date in samples {
            #expect(DateText.parseISO8601(DateText.iso8601(date)) == date)
        }
        #expect(DateText.parseISO8601("2026-11-20T12:00:00.250Z") == ISO8601DateFormatter().date(from: "2026-11-20T12:00:00Z")!.addingTimeInterval(0.25))
    }

    @Test func readsOffsetsAndRejectsNonsense() {
        #expect(DateText.parseISO8601("2026-11-20T14:00:00+02:00") == DateText.parseISO8601("2026-11-20T12:00:00Z"))
        for bad in ["2026-02-30T12:00:00Z", "2026-13-01T12:00:00Z", "2026-11-20T24:00:00Z", "20261-11-20T12:00:00Z",
                    "2026-11-20 12:00:00Z", "2026-11-20T12:00:00.Z", "1969-12-31T23:59:59Z", "yesterday", ""] {
            #expect(DateText.parseISO8601(bad) == nil, "\(bad)")
        }
    }
}
