import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// The words a buyer puts in quotation marks in a message request are the message, in whatever language the request
/// around them is; a body wholly in quotes loses them (the summary adds its own).
@Suite struct QuotedMessageTests {
    @Test func aQuotedPassageIsFound() {
        #expect(MessageDraft.quotedPassage("manda pra loja, the lamp: \"please ship it before the 20th\"") == "please ship it before the 20th")
        #expect(MessageDraft.quotedPassage("écrire au vendeur «Bonjour, is it in stock»") == "Bonjour, is it in stock")
    }

    @Test func noPassageWhenTooShortOrSeveral() {
        #expect(MessageDraft.quotedPassage("the seller said \"soon\"") == nil)
        #expect(MessageDraft.quotedPassage("they said \"ships on monday\" then \"handling five days\"") == nil)
        #expect(MessageDraft.quotedPassage("no quotes at all here") == nil)
    }

    @Test func aBodyInQuotesLosesThem() {
        #expect(MessageDraft.afterColon("tell the seller: \"Is the charger included?\"") == "Is the charger included?")
        #expect(MessageDraft.afterColon("tell the seller: please ship it soon") == "please ship it soon")
        #expect(MessageDraft.unquoted("\"one\" and \"two\"") == "\"one\" and \"two\"")
    }

    @Test func theQuotedWordsBecomeTheMessageOfAnotherLanguagesRequest() {
        let context = Shop.conversation()
        let commands = Reader.always("message_seller", 0.6).commands("manda mensagem pra loja do speaker: \"please ship it this week, it is a gift\"", context)
        let messages = commands.compactMap { command -> String? in
            if case .startFlow(.messageSeller, _, let slots) = command {
                return slots.compactMap { if case .message(let text) = $0 { text } else { nil } }.first
            }
            return nil
        }
        #expect(messages == ["please ship it this week, it is a gift"])
    }
}

/// Someone else's words in quotes are not the buyer's message.
extension QuotedMessageTests {
    @Test func aReportedQuoteIsNotTheMessage() {
        #expect(MessageDraft.quotedPassage("seller of the blender said \"dispatch in two days\" twice already, contacting them") == nil)
        #expect(MessageDraft.quotedPassage("the tracking page shows \"label printed only\"") == nil)
        #expect(MessageDraft.quotedPassage("write the shop, the mug: \"please wrap it as a gift\"") == "please wrap it as a gift")
    }
}
