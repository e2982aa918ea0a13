import ConciergeDomain
extension FeatureExtractor {
    /// Nouns of what is booked, subscribed to or billed rather than bought as an item: bookings, memberships,
    /// subscriptions, bills, appointments, tickets. Cancelling, tracking or refunding one of them is another
    /// company's business ("cancel my gym membership", "where is my tax refund"), however much the request's
    /// words are an order's; one feature pools them, so the out-of-scope class need not learn it from words it
    /// happens to have seen, or from unknown words (which a buyer's item names are too: "cancel the cordless
    /// drill"). Left out on purpose: words that are often about an order ("plan", "policy" as in a return
    /// policy, "visit", "mobile", "train" as in a toy train, "water" as in a water bottle, "class", "course").
    static let services: Set<String> = [
        "subscription", "subscriptions", "membership", "memberships", "booking", "bookings", "reservation",
        "reservations", "appointment", "appointments", "flight", "flights", "hotel", "hotels", "contract",
        "insurance", "bill", "bills", "loan", "mortgage", "rental", "lease", "cruise", "meeting", "meetings",
        "alarm", "timer", "ride", "taxi", "tuition", "rent", "tax", "taxes", "salary", "pension", "prescription",
        "doctor", "dentist", "plumber", "electrician", "haircut", "salon", "gym", "streaming", "broadband",
        "internet", "wifi", "airline", "airport", "bus", "tickets", "concert", "cinema", "restaurant", "dinner",
        "lunch", "lesson", "lessons", "newspaper", "magazine", "utility", "electricity",
    ]

    /// Whether the message names a service, booking or bill (`services`).
    static func namesService(_ tokens: ArraySlice<String>) -> Bool {
        tokens.contains { services.contains($0) }
    }

    static let serviceFeature = wholeMessageFeature("service")
}
