import Foundation
import ConciergeDomain

/// Values of the request said again at its summary: "Yes, full refund, that's right", "Correct, damaged item, full
/// refund. Proceed.", "Yes, open it. I understand I have no photos." A formal buyer restates the details before agreeing;
/// a value the summary already shows changes nothing, so it is no reason to read the reply as a change. A value that
/// differs from the summary's (another reason, another amount, a photo where there was none) still changes the request.
extension CommandGenerator {
    /// `values` without the ones the active flow already holds.
    func newValues(_ values: [SlotValue]) -> [SlotValue] {
        var held = context.activeSlots
        // A full refund is the order's whole price: "full refund of 19.99 USD" says the amount again.
        if held.contains(.outcome(.fullRefund)), let order = context.orders.first(where: { $0.id == context.activeOrder }) {
            held.append(.amount(order.total))
        }
        return values.filter { !Self.holds(held, $0) }
    }

    /// Whether "no photos" at a dispute's summary only says again that there are none.
    var evidenceAlreadyNone: Bool {
        context.activeSlots.contains { if case .evidence(let files) = $0 { return files.isEmpty } else { return false } }
    }

    /// Whether "no photos" only says again what the summary shows: the dispute holds no evidence and the line speaks of no
    /// other kind ("no photos, just a video of it" offers evidence: a change).
    func noPhotosSaidAgain(_ text: String) -> Bool {
        evidenceAlreadyNone && !Words(text).tokens.contains(where: Self.otherEvidence.contains)
    }
    static let otherEvidence: Set<String> = ["video", "videos", "clip", "clips", "recording", "recordings", "footage", "screenshot",
                                             "screenshots", "receipt", "receipts", "document", "documents", "attachment", "attachments",
                                             "file", "files", "scan", "scans", "vid", "vids", "movie", "audio", "report", "letter"]

    /// Whether `held` already has `value` (a cancellation reason by its kind: the note is the buyer's own wording).
    static func holds(_ held: [SlotValue], _ value: SlotValue) -> Bool {
        held.contains { have in
            switch (have, value) {
            case (.cancellationReason(let a, _), .cancellationReason(let b, _)): a == b
            case (.disputeReason(let a), .disputeReason(let b)): a == b
            case (.outcome(let a), .outcome(let b)): a == b
            case (.amount(let a), .amount(let b)): a == b
            case (.evidence(let a), .evidence(let b)): a == b
            default: false
            }
        }
    }
}

extension GuidedDialog {
    /// The values this flow holds besides its order, as the summary shows them.
    var heldValues: [SlotValue] {
        var values: [SlotValue] = []
        if let reason = slots.reason { values.append(.cancellationReason(reason, note: slots.note)) }
        if let reason = slots.disputeReason { values.append(.disputeReason(reason)) }
        if let outcome = slots.outcome { values.append(.outcome(outcome)) }
        if let amount = slots.amount { values.append(.amount(amount)) }
        if let evidence = slots.evidence { values.append(.evidence(evidence)) }
        return values
    }
}
