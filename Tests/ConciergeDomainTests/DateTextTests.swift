import Foundation
import Testing
@testable import ConciergeDomain

@Suite("DateText")
struct DateTextTests {
    @Test("The direct reading of canonical instants agrees with the ISO 8601 formatter")
    func canonicalMatchesFormatter() throws {
        // Given instants spread over the supported years, month ends and leap days among them
        var generator = SystemRandomNumberGenerator()
        var instants = (0..<2_000).map { _ in Date(timeIntervalSince1970: TimeInterval(Int.random(in: 0...253_402_300_799, using: &generator))) }
        let calendarEdges = ["2000-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-12-31T12:00:00Z", "2100-03-01T00:00:00Z"]
        instants += try calendarEdges.map { try #require(ISO8601DateFormatter().date(from: $0)) }
        let formatter = ISO8601DateFormatter()
        for instant in instants {
            // When each is written by the formatter and read back directly
            let text = formatter.string(from: instant)
            // Then the direct reading is the formatter's own
            #expect(DateText.canonicalInstant(text) == formatter.date(from: text), "\(text)")
        }
    }

    @Test("Anything but the canonical form is left to the formatter, with the same results as before")
    func otherFormsGoToTheFormatter() {
        for text in ["2026-02-30T00:00:00Z", "2026-11-20T24:00:00Z", "2026-11-20T12:00:60Z", "2026-11-20T12:00:00.250Z",
                     "2026-11-20T12:00:00+01:00", "20261-11-20T12:00:00Z", "2026-1-20T12:00:00Z", "1969-12-31T23:59:59Z"] {
            #expect(DateText.canonicalInstant(text) == nil || text.hasPrefix("1969"), "\(text)")
        }
        // Given a fraction, the formatter still reads it; before 1970 nothing is an instant
        let fractional = DateText.parseISO8601("2026-11-20T12:00:00.250Z")?.timeIntervalSince1970 ?? 0
        #expect(abs(fractional - 1_795_176_000.25) < 0.001)
        #expect(DateText.parseISO8601("1969-12-31T23:59:59Z") == nil)
        #expect(DateText.parseISO8601("2026-11-20T12:00:00Z") == Date(timeIntervalSince1970: 1_795_176_000))
    }
}
