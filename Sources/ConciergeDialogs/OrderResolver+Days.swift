import Foundation
import ConciergeDomain

/// Orders named by a day said without its month, counted back from the conversation's clock: "the thing I ordered on the
/// 17th" (this month's 17th, or last month's when it is still to come), "the parcel that came on Monday", "what I bought
/// last tuesday", "the thing I ordered this morning". A day is said of an order only beside a verb of ordering, sending or arriving, so "I need it by monday"
/// names nothing.
extension OrderResolver {
    private static let weekdays = ["sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
                                   "mon": 2, "tue": 3, "tues": 3, "wed": 4, "thu": 5, "thurs": 5, "fri": 6, "sat": 7, "sun": 1]
    private static let orderingVerbs: Set<String> = ["ordered", "order", "bought", "buy", "purchased", "placed", "made", "paid", "payed"]
    private static let arrivingVerbs: Set<String> = ["came", "come", "arrived", "arrive", "delivered", "received", "got", "shipped", "sent",
                                                     "dispatched", "posted", "ship", "send"]

    /// The orders placed (or sent, or delivered, as the verb says) on the day named without a month, if any.
    func dayWithoutMonthSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard let now else { return [] }
        let tokens = words.tokens
        for (index, token) in tokens.enumerated() {
            let monthDay = dayOfMonth(token, words, at: index)
            guard let day = monthDay ?? weekday(token, words, at: index, now: now)
                    ?? relativeDay(token, words, at: index, now: now) else { continue }
            // The verb that says what happened that day, up to five words before (or right after: "the monday order").
            let near = tokens[max(0, index - 5)..<index]
            let arriving = near.contains(where: Self.arrivingVerbs.contains)
            // "the dress from tuesday", "the one from the 19th": "from" a day names the order placed then, as "from 1 november" does.
            // "the monday order" is the order placed that day; "the 2nd order" is a position, never a day (`dayOfMonth`).
            let ordering = near.contains(where: Self.orderingVerbs.contains)
                || (monthDay == nil && index + 1 < tokens.count && ["order", "one"].contains(tokens[index + 1]))
                || (index > 0 && tokens[index - 1] == "from") || (index > 1 && tokens[index - 1] == "the" && tokens[index - 2] == "from")
            guard arriving || ordering else { continue }
            let calendar = Self.utcCalendar
            let same: (Date?) -> Bool = { date in date.map { calendar.isDate($0, inSameDayAs: day) } ?? false }
            let placed = orders.filter { same($0.placedAt) }
            let moved = orders.filter { same($0.shippedAt) || same($0.deliveredAt) }
            // A day something came or was sent is only that of an order sent or delivered then ("my kettle came yesterday" is
            // no kettle ordered yesterday).
            let ids = (arriving && !ordering ? moved : (placed.isEmpty ? moved : placed)).map(\.id)
            if !ids.isEmpty { return [(index, ids)] }
        }
        return []
    }

    /// "on the 17th", "the 3rd of the month": a day of the month written as an ordinal, not beside a month (that is
    /// `dateSpans`), as the last such day on or before the clock's. The same ordinals count a list ("the 2nd one", "the 3rd
    /// order", "the 1st in my list"), so one is a day only when said as one: after "on" or "from" ("on the 17th", "from the
    /// 2nd") or before "of the month"; and while a list is shown, only a day past the list's end ("the one from the 19th"
    /// beside a list of two): a day the list could count is its position.
    private func dayOfMonth(_ token: String, _ words: Words, at index: Int) -> Date? {
        guard let first = token.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
              ["st", "nd", "rd", "th"].contains(where: token.hasSuffix), let day = Int(token.dropLast(2)), (1...31).contains(day),
              !words.isDateOrDuration(at: index), lastListed.isEmpty || day > lastListed.count, let now else { return nil }
        let tokens = words.tokens
        let before = tokens[max(0, index - 2)..<index].filter { $0 != "the" }.last
        let after = tokens[(index + 1)..<min(tokens.count, index + 4)].joined(separator: " ")
        let saidAsDay = ["on", "from", "since"].contains(before ?? "")
            || ["of the month", "of this month", "of last month"].contains(where: after.hasPrefix)
        guard saidAsDay else { return nil }
        let calendar = Self.utcCalendar
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        guard var year = today.year, var month = today.month, let todayDay = today.day else { return nil }
        if day > todayDay {
            month -= 1
            if month == 0 { month = 12; year -= 1 }
        }
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    /// "today", "this morning", "tonight", "yesterday", "last night": the clock's day or the one before.
    private func relativeDay(_ token: String, _ words: Words, at index: Int, now: Date) -> Date? {
        let before = index > 0 ? words.tokens[index - 1] : ""
        let back: Int
        switch token {
        case "today", "tonight": back = 0
        case "morning", "afternoon", "evening" where before == "this": back = 0
        case "yesterday": back = 1
        case "night" where before == "last": back = 1
        default: return nil
        }
        return Self.utcCalendar.date(byAdding: .day, value: -back, to: now)
    }

    /// "monday", "last tuesday", "on fri": the last such day before the clock's (a week back at most).
    private func weekday(_ token: String, _ words: Words, at index: Int, now: Date) -> Date? {
        guard let wanted = Self.weekdays[token] else { return nil }
        let before = index > 0 ? words.tokens[index - 1] : ""
        guard ["on", "last", "this", "past", "from"].contains(before) else { return nil }
        let calendar = Self.utcCalendar
        for back in 1...7 {
            guard let day = calendar.date(byAdding: .day, value: -back, to: now) else { return nil }
            if calendar.component(.weekday, from: day) == wanted { return day }
        }
        return nil
    }
}
