extension ConfirmationReader {
    /// "the payment is fine", "my order's ok": an agreement word at `index` said of a thing ("the/my/your … is"), not of
    /// the summary ("that's fine", "all good", "sounds fine").
    static func judgesAThing(_ tokens: [String], at index: Int) -> Bool {
        guard index >= 2, ["is", "s", "are", "was", "looks", "seems"].contains(tokens[index - 1]) else { return false }
        let subject = tokens[max(0, index - 4)..<(index - 1)]
        guard let noun = subject.last, !["that", "this", "it", "all", "everything", "thats", "sounds", "which"].contains(noun) else { return false }
        return subject.contains { ["the", "my", "your", "our", "this", "that"].contains($0) }
    }
}
