import Testing
@testable import ConciergeDomain

/// Issue 12 item 8: card numbers, security codes, emails and phone numbers typed by a buyer.
@Suite struct PersonalDataTests {
    @Test(arguments: [
        ("my card is 4111 1111 1111 1111 cvv 123", "my card is [card ending 1111] cvv [security code]"),
        ("card 5555555555554444, exp 12/29", "card [card ending 4444], exp 12/29"),
        ("amex 3782-822463-10005 please", "amex [card ending 0005] please"),
        ("CVC: 9876 and nothing else", "CVC: [security code] and nothing else"),
    ])
    func luhnValidCardNumbersAreMaskedToTheLastFour(text: String, expected: String) {
        let result = PersonalData.maskCardNumbers(in: text)
        #expect(result.text == expected)
        #expect(result.masked)
    }

    @Test(arguments: [
        "cancel order 7300000001",               // an order number (first digit 7)
        "4111 1111 1111 1112",                   // fails the Luhn check
        "tracking 41111111111111110000",         // too long to be a card
        "refund 23.10 USD by 2026-11-20",
        "I paid 4111",
    ])
    func otherNumbersAreLeftAlone(text: String) {
        let result = PersonalData.maskCardNumbers(in: text)
        #expect(result.text == text)
        #expect(!result.masked)
    }

    @Test func emailsAndPhoneNumbersAreMaskedForRecordings() {
        #expect(PersonalData.maskAll(in: "write to dana.park+shop@example.co.uk or call +1 555 123 4567")
                == "write to [email] or call [phone]")
        #expect(PersonalData.maskAll(in: "call (555) 123-4567 today") == "call [phone] today")
        #expect(PersonalData.maskAll(in: "order 7300000001 on 2026-11-20 for 12.50") == "order 7300000001 on 2026-11-20 for 12.50")
        #expect(PersonalData.maskAll(in: "a@b is not an address") == "a@b is not an address")
    }

    @Test func theShortestMaskableTextsStillGetMasked() {
        // A security code is the shortest thing masked (3 digits); with fewer digits and no "@" nothing can be
        #expect(PersonalData.maskAll(in: "my cvv 123") == "my cvv [security code]")
        #expect(PersonalData.maskAll(in: "my cvv 12") == "my cvv 12")
        #expect(PersonalData.maskAll(in: "x@example.com") == "[email]")
        #expect(PersonalData.maskAll(in: "closed automatically: unpaid for 20 days") == "closed automatically: unpaid for 20 days")
    }

    @Test func luhnChecksum() {
        #expect(PersonalData.luhnValid(Array("79927398713".unicodeScalars)))
        #expect(!PersonalData.luhnValid(Array("79927398710".unicodeScalars)))
    }
}
