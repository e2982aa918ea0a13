import Testing
@testable import ConciergeUnderstanding

@Suite("Scoring child-intent labels")
struct ChildLabelScoringTests {
    private func outcome(labels: [String], intent: String, detail: String?) -> IntentEvaluation.Outcome {
        IntentEvaluation.Outcome(
            utterance: LabelledUtterance(labels: labels, text: "when will my money be back"),
            classification: Classification(
                text: "when will my money be back", intent: intent, detail: detail, confidence: 0.9,
                alternatives: [], isAmbiguous: false))
    }

    @Test("a child label is matched by the detail the matcher reports, not by its parent alone")
    func childLabels() {
        // Given a line labelled with a child intent
        // When the matcher names the parent with that child as detail, then it is right
        let right = outcome(labels: ["refund_timing"], intent: "refund_status", detail: "refund_timing")
        #expect(right.isCorrect)
        #expect(right.predicted == "refund_timing")
        // When it names the parent without the child, then it is wrong
        let parentOnly = outcome(labels: ["refund_timing"], intent: "refund_status", detail: nil)
        #expect(!parentOnly.isCorrect)
        let evaluation = IntentEvaluation(outcomes: [right, parentOnly])
        #expect(evaluation.confusions() == [
            IntentEvaluation.Confusion(expected: "refund_timing", predicted: "refund_status", count: 1),
        ])
    }

    @Test("a parent label accepts the parent whatever the detail")
    func parentLabels() {
        #expect(outcome(labels: ["refund_status"], intent: "refund_status", detail: "refund_timing").isCorrect)
    }
}
