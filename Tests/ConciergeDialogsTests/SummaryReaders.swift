@testable import ConciergeDialogs

extension ConfirmationReader {
    /// The reader of a summary of `goal` as the reader suites build it: the action's verbs, its nouns and the order's title
    /// words as neutral, and whether a negated remark agrees (the action gets rid of something).
    static func summary(_ goal: DialogGoal, title: Set<String> = [], getsRidOf: Bool) -> ConfirmationReader {
        ConfirmationReader(actionWords: actionVerbs(goal), neutralWords: actionNouns(goal).union(title), negatedRemarksAgree: getsRidOf)
    }
}
