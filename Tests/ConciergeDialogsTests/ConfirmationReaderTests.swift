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
        #expect(cancelling.read("I have no use for it, go ahead").decision == .yes)
    }

    @Test func theLastDecisionOfALineThatChangesItsMindWins() {
        #expect(cancelling.read("yes, go on... no wait, don't").decision == .no)
        #expect(cancelling.read("yes... actually no, don't").decision == .no)
        #expect(cancelling.read("no wait, yes, go ahead").decision == .yes)
        // A turn of mind with nothing after it: "wait" puts it off, "but" leaves it open.
        #expect(cancelling.read("ok, hang on").decision == .no)
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
}
