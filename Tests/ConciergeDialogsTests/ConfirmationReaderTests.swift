import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// The reply to "Shall I go ahead? (yes/no)" read as a whole line: agreement and refusal anywhere in it, negation and
/// its scope, the last decision of a line that changes its mind, a question before deciding.
@Suite struct ConfirmationReaderTests {
    private let cancelling = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.cancelOrder),
                                                neutralWords: ConfirmationReader.actionNouns(.cancelOrder))
    private let messaging = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.messageSeller),
                                               neutralWords: ConfirmationReader.actionNouns(.messageSeller))

    @Test func agreementSaidInWholeSentencesIsAYes() {
        for line in ["That sounds just fine, carry on please.", "Very well then, you may proceed with it.",
                     "Alright, let's do that then, thank you.", "Fine by me, go ahead.", "I suppose so, go on.",
                     "sí, claro", "k", "yep", "Yes please, that's exactly what I want."] {
            let reading = cancelling.read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
    }

    @Test func refusalSaidWithoutNoIsANo() {
        for line in ["I'd rather you didn't, thank you.", "Let's leave it as it is, please.", "No thanks, I've had second thoughts.",
                     "not now", "nah", "não, obrigado", "Please don't.", "Sorry, no, I have had second thoughts."] {
            let reading = cancelling.read(line)
            #expect(reading.decision == .no, "\(line): \(reading.why)")
        }
    }

    @Test func negationTurnsOnlyWhatItGoverns() {
        // A negator before the action refuses it; phrases that hold their own negation agree; a "no" inside a remark is no refusal.
        #expect(messaging.read("don't send it").decision == .no)
        #expect(messaging.read("please do not message them").decision == .no)
        #expect(cancelling.read("I don't mind at all").decision == .yes)
        #expect(cancelling.read("no problem").decision == .yes)
        #expect(cancelling.read("I have no use for it, go ahead").decision != .no)
    }

    @Test func theLastDecisionOfALineThatChangesItsMindWins() {
        #expect(cancelling.read("yes, go on... no wait, don't").decision == .no)
        #expect(cancelling.read("yes... actually no, don't").decision == .no)
        #expect(cancelling.read("no wait, yes, go ahead").decision == .yes)
        // A turn of mind with nothing after it: "wait" after a yes puts it off, "but" leaves it open; a pause said alone
        // asks for the summary again.
        #expect(cancelling.read("ok, hang on").decision == .no)
        #expect(cancelling.read("hang on a sec").decision == .unsure)
        #expect(cancelling.read("ok but").decision == .unsure)
    }

    @Test func aQuestionBeforeDecidingIsAQuestion() {
        for line in ["yes, but will the seller see my name?", "how long does it take", "Before you do, will the seller be told why?"] {
            #expect(cancelling.read(line).decision == .question, "\(line)")
        }
        // A request to go ahead said as a question is not one.
        #expect(cancelling.read("could you go ahead please?").decision == .yes)
    }

    @Test func whatCannotBeToldIsNoYes() {
        for line in ["maybe", "yes, if it is free", "hmm", "no, go ahead", "yes tomorrow", "cancel it please"] {
            #expect(cancelling.read(line).decision != .yes, "\(line)")
        }
    }

    @Test func theWhyNamesTheWordsThatDecided() {
        #expect(cancelling.read("Actually I'd rather not.").why.contains("rather not"))
        #expect(cancelling.read("Lovely, go ahead.").why.contains("go ahead"))
    }

    /// A yes is strict: a "not" left over, a word not explained, a question word anywhere, a condition or someone else's
    /// word keeps it from being one.
    @Test func aYesWithAnythingLeftOverIsNoYes() {
        let deletingForGood = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.deletePermanently),
                                                 neutralWords: ConfirmationReader.actionNouns(.deletePermanently))
        for line in ["yes, delete it, not permanently", "ok, but not forever", "sure, wipe it, just not today's one"] {
            #expect(deletingForGood.read(line).decision != .yes, "\(line)")
        }
        let speaker = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.cancelOrder),
                                         neutralWords: ConfirmationReader.actionNouns(.cancelOrder).union(["portable", "speaker"]))
        for line in ["ok, not the speaker", "yes, not this one", "yes not this order", "fine, that's not the one I meant",
                     "I didn't say yes", "I never said ok", "ok, don't worry about it", "sure, on Friday", "next year",
                     "I don't mind keeping it", "ok and how long will it take", "yes do I get my money back",
                     "yes as long as it's free", "ok when I'm back home", "the seller said ok",
                     "yes but the seller must agree", "sure, and pigs fly", "sure, I think", "yes, unless it costs extra"] {
            let reading = speaker.read(line)
            #expect(reading.decision != .yes, "\(line): \(reading.why)")
        }
    }

    /// A "no" that does not refuse ("no rush", "I wouldn't say no", "I don't know" in Polish) is no refusal.
    @Test func aNoThatDoesNotRefuseIsNoRefusal() {
        for line in ["yes please, no further questions", "absolutely, no doubt", "yes, no rush", "I wouldn't say no", "nie wiem",
                     "nah yeah", "no hurry, go ahead"] {
            let reading = cancelling.read(line)
            #expect(reading.decision != .no, "\(line): \(reading.why)")
        }
        #expect(cancelling.read("sí, pero no ahora").decision == .no)
    }

    /// Agreement said in whole sentences with the action's own words stays a yes.
    @Test func aYesInTheActionsOwnWordsStaysAYes() {
        let reader: (DialogGoal) -> ConfirmationReader = {
            ConfirmationReader(actionWords: ConfirmationReader.actionVerbs($0), neutralWords: ConfirmationReader.actionNouns($0),
                               laterDoings: $0 == .cancelPayment ? ["pay"] : [])
        }
        let lines: [(DialogGoal, String)] = [
            (.cancelOrder, "Yes, please go ahead and send the request to the store."),
            (.cancelPayment, "Yes, stop it, I'll pay again later with my own card."),
            (.confirmReceipt, "That's right, I have got it, please mark it as received."),
            (.openDispute, "Yes, that is exactly right, please open it."),
        ]
        for (goal, line) in lines {
            let reading = reader(goal).read(line)
            #expect(reading.decision == .yes, "\(goal) \(line): \(reading.why)")
        }
    }
}
