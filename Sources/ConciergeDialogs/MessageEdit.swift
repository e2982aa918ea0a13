import Foundation

/// An instruction about a message draft already written ("make it more polite", "remove the part about X",
/// "make it Y not Z"): applied to the draft, never taken as the message itself.
public enum MessageEdit: Equatable, Sendable, Codable {
    /// A greeting before and a thank-you after, where they are missing.
    case polite
    /// Words of the draft replaced by others ("make it the 8th not the 10th", "change Z to Y").
    case replace(old: String, new: String)
    /// The part of the draft about these words taken out; `replacement` said in its place ("… just say …").
    case remove(about: String, replacement: String?)
    /// Words to open the draft with ("start with hello").
    case prepend(String)
    /// Words to close the draft with ("say thank you at the end").
    case append(String)
    /// The whole message, said again after other edits of the same line ("just say …").
    case whole(String)

    /// `polite`, `replace(the 3rd→the 5th)` … for traces.
    public var traceText: String {
        switch self {
        case .polite: "polite"
        case .replace(let old, let new): "replace(\(old)→\(new))"
        case .remove(let about, let replacement): "remove(\(about)\(replacement.map { "→\($0)" } ?? ""))"
        case .prepend(let text): "prepend(\(text))"
        case .append(let text): "append(\(text))"
        case .whole(let text): "whole(\(text))"
        }
    }

    // MARK: - Reading the instructions

    /// The edits a line asks for, in order, or nothing when its first part is not an instruction about the draft.
    /// Parts that only explain ("that sounds too pushy") are passed over.
    /// A line that opens with a no only takes out or swaps words ("no, drop the bit about X"); "no, just say nothing"
    /// stays a no. Approvals before the instruction ("yes but start with hello") are passed over.
    static func edits(in text: String) -> [MessageEdit] {
        let parts = Array(pieces(of: text).drop { approvals.contains($0) || apologies.contains($0) })
        if let swap = notThisButThat(parts) { return [swap] }
        guard let first = parts.first, edit(first) != nil else { return [] }
        var edits: [MessageEdit] = []
        for part in parts {
            guard let edit = edit(part) else { continue }
            // "remove the part about X, just say Y": Y takes the removed part's place.
            if case .whole(let said) = edit, case .remove(let about, nil)? = edits.last {
                edits[edits.count - 1] = .remove(about: about, replacement: said)
            } else {
                edits.append(edit)
            }
        }
        let opensWithNo = text.lowercased().split(whereSeparator: { !$0.isLetter }).first.map { denials.contains(String($0)) } ?? false
        if opensWithNo, edits.contains(where: { if case .remove = $0 { false } else if case .replace = $0 { false } else { true } }) { return [] }
        return edits
    }

    /// "not the 3rd, the 4th", "not 10, make it 12": a word or two of the draft taken back and what goes in their place.
    /// The new words are cut to as many as the old ones ("12 percent" for "10").
    private static func notThisButThat(_ parts: [String]) -> MessageEdit? {
        if let swap = thatNotThis(parts) { return swap }
        guard parts.count >= 2, parts[0].hasPrefix("not ") else { return nil }
        let old = String(parts[0].dropFirst(4)).trimmingCharacters(in: .whitespaces)
        // "not now, …", "not yet, …" put the message off; they take back no words of it.
        guard !old.split(separator: " ").allSatisfy({ ["now", "yet", "later", "right", "just"].contains($0) }) else { return nil }
        var new = parts[1]
        for lead in ["make it ", "it's ", "its ", "i mean ", "i meant ", "i need ", "i want ", "but ", "it is ", "it should be ", "should be ", "put "]
        where new.hasPrefix(lead) { new = String(new.dropFirst(lead.count)) }
        let oldWords = old.split(separator: " "), newWords = new.split(separator: " ")
        guard (1...3).contains(oldWords.count), (1...3).contains(newWords.count) || newWords.count <= oldWords.count + 2 else { return nil }
        var taken = newWords.prefix(oldWords.count).joined(separator: " ")
        while let last = taken.last, !(last.isLetter || last.isNumber), old.last.map({ $0.isLetter || $0.isNumber }) ?? true { taken.removeLast() }
        return taken.isEmpty ? nil : .replace(old: old, new: taken)
    }

    /// "the door code is 4471, not 4417", "the street should be Elm Road, not Oak Road": a value stated, then the words of
    /// the draft it takes the place of. Only a part that states a value ("… is …", "… should be …", "i need …") counts,
    /// so "send it today, not tomorrow" changes nothing. The new words are the last of the statement, as many as the old.
    private static func thatNotThis(_ parts: [String]) -> MessageEdit? {
        guard parts.count == 2, parts[1].hasPrefix("not ") else { return nil }
        let old = String(parts[1].dropFirst(4)).trimmingCharacters(in: .whitespaces)
        let oldWords = old.split(separator: " ")
        guard (1...3).contains(oldWords.count), !["now", "yet", "later", "today", "tomorrow", "really", "sure", "that", "this", "it"].contains(old) else { return nil }
        let statement = " " + parts[0] + " "
        guard let marker = [" should be ", " must be ", " is ", " are ", " i need ", " i meant ", " i mean ", " it's ", " its "]
                .compactMap({ statement.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound }) else { return nil }
        let stated = statement[marker.upperBound...].split(separator: " ")
        guard stated.count >= oldWords.count, stated.count <= oldWords.count + 3 else { return nil }
        let new = stated.suffix(oldWords.count).joined(separator: " ")
        // "it is for my sister, not me" names a person, not a value: pronouns are never swapped. Nor are values of two
        // shapes ("42, not large"): a code for a code, a number for a number, words for words.
        let people: Set<String> = ["i", "me", "you", "him", "her", "us", "them", "it", "my", "mine", "your", "his", "their", "we", "they", "she", "he"]
        let newWords = new.split(separator: " ")
        guard !oldWords.contains(where: { people.contains($0.lowercased()) }), !newWords.contains(where: { people.contains($0.lowercased()) }),
              old.contains(where: \.isNumber) == new.contains(where: \.isNumber) else { return nil }
        return new.isEmpty || new == old ? nil : .replace(old: old, new: new)
    }

    private static let apologies: Set<String> = ["sorry", "i'm sorry", "im sorry", "i am sorry", "my mistake", "my bad", "oops", "excuse me"]
    private static let denials: Set<String> = ["no", "nope", "nah"]
    private static let approvals: Set<String> = ["yes", "yeah", "yep", "sure", "fine", "good", "perfect", "great", "send it",
                                                  "send", "yes send it", "looks good", "that's good", "thats good", "go ahead"]

    private static let fillers: Set<String> = ["hmm", "hm", "um", "uh", "no", "nope", "nah", "actually", "ok", "okay", "and", "also",
                                                "please", "pls", "oh", "wait", "sorry", "but", "then", "so", "ah", "mmm"]

    /// The line cut at punctuation and at "and" / "then", each part without its leading fillers.
    private static func pieces(of text: String) -> [String] {
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'")
        var parts: [String] = []
        for chunk in lowered.split(whereSeparator: { ",.;!?\n".contains($0) }) {
            var rest = " " + chunk + " "
            for joiner in [" and then ", " and ", " then ", " but "] { rest = rest.replacingOccurrences(of: joiner, with: "|") }
            for piece in rest.split(separator: "|") {
                var words = piece.split(separator: " ").map(String.init)
                while let head = words.first, fillers.contains(head) { words.removeFirst() }
                if !words.isEmpty { parts.append(words.joined(separator: " ")) }
            }
        }
        return parts
    }

    private static let patterns: [(NSRegularExpression?, @Sendable ([String]) -> MessageEdit?)] = [
        (regex(#"^(?:can you |could you )?(?:make|write|say|put) (?:it|the message|the text|this|that) (?:a bit |a little |little |much |bit )?(?:more )?(?:polite|politer|nicer|nice|friendly|friendlier|kinder|formal|softer)$"#), { _ in .polite }),
        (regex(#"^(?:be |sound )?(?:a bit |a little )?more (?:polite|friendly|formal|nice)$"#), { _ in .polite }),
        (regex(#"^(?:make it|make that|change it to|it should be) (.+?) (?:not|instead of|rather than) (.+)$"#), { .replace(old: $0[1], new: $0[0]) }),
        (regex(#"^change (.+?) (?:to|into|for) (.+)$"#), { ["it", "the message", "the text", "this", "that"].contains($0[0]) ? .whole($0[1]) : .replace(old: $0[0], new: $0[1]) }),
        (regex(#"^replace (.+?) (?:with|by) (.+)$"#), { .replace(old: $0[0], new: $0[1]) }),
        (regex(#"^(?:remove|delete|take out|take away|drop|cut|leave out|erase|get rid of|skip) (?:the |that )?(?:part|bit|sentence|line|thing|words?|piece)? ?(?:about|with|where|that says|saying|on|of|mentioning) (.+)$"#), { .remove(about: $0[0], replacement: nil) }),
        (regex(#"^(?:dont|don't|do not|no need to|not) (?:mention|say anything about|talk about|write about|say) (.+)$"#), { .remove(about: $0[0], replacement: nil) }),
        (regex(#"^(?:start|begin|open) (?:it |the message |the text )?with (?:a |an )?(.+)$"#), { .prepend($0[0]) }),
        (regex(#"^(?:end|finish|close) (?:it |the message |the text )?with (?:a |an )?(.+)$"#), { .append($0[0]) }),
        (regex(#"^(?:say|write|put|add) (.+?) (?:at|in) (?:the )?(?:end|bottom)(?: of (?:it|the message))?$"#), { .append($0[0]) }),
        (regex(#"^(?:just|only|instead) (?:say|write|tell them|ask) (?:that )?(.+)$"#), { .whole($0[0]) }),
    ]

    private static func regex(_ pattern: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: pattern) }

    private static func edit(_ part: String) -> MessageEdit? {
        let range = NSRange(part.startIndex..., in: part)
        for (pattern, make) in patterns {
            guard let match = pattern?.firstMatch(in: part, range: range) else { continue }
            let groups = (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: part).map { String(part[$0]) } }
            guard let edit = make(groups.map { $0.trimmingCharacters(in: .whitespaces) }) else { continue }
            // A few words swapped for a few others; "change the colour of the bag to green if you can" is a message.
            if case .replace(let old, let new) = edit, old.split(separator: " ").count > 3 || new.split(separator: " ").count > 4 { continue }
            return edit
        }
        return nil
    }

    // MARK: - Applying them

    /// The draft after these edits, or nil when an edit found nothing to change (the draft then stays as it was).
    static func apply(_ edits: [MessageEdit], to draft: String) -> String? {
        var text = draft
        for edit in edits {
            guard let changed = edit.apply(to: text) else { return nil }
            text = changed
        }
        return text
    }

    private static let greetings = ["hello", "hi", "dear", "good morning", "good afternoon", "good evening", "hey"]

    func apply(to draft: String) -> String? {
        let lowered = draft.lowercased()
        switch self {
        case .polite:
            var text = draft
            if !Self.greetings.contains(where: { lowered.hasPrefix($0) }) { text = "Hello, " + Self.lowerFirst(text) }
            if !lowered.contains("thank") { text = Self.closed(text) + " Thank you." }
            return text
        case .prepend(let opening):
            if lowered.hasPrefix(opening) { return draft }
            let isGreeting = Self.greetings.contains { opening.hasPrefix($0) }
            return Self.capitalized(opening) + (isGreeting ? ", " + Self.lowerFirst(draft) : ". " + draft)
        case .append(let closing):
            if lowered.hasSuffix(closing) || lowered.hasSuffix(closing + ".") || lowered.hasSuffix(closing + "!") { return draft }
            if closing.hasPrefix("thank"), lowered.contains("thank") { return draft }
            return Self.closed(draft) + " " + Self.closed(Self.capitalized(closing))
        case .whole(let text):
            return Self.closed(Self.capitalized(text))
        case .replace(let old, let new):
            if let found = draft.range(of: old, options: .caseInsensitive) {
                // The draft's capital stays: "Monday" becomes "Friday", not "friday".
                let capital = draft[found].first?.isUppercase == true
                return draft.replacingCharacters(in: found, with: capital ? Self.capitalized(new) : new)
            }
            // "make it may 4 not may 3" where the draft says "3 may": the one word that differs, if the draft has it once.
            let oldWords = old.split(separator: " ").map(String.init), newWords = new.split(separator: " ").map(String.init)
            let gone = oldWords.filter { !newWords.contains($0) }, added = newWords.filter { !oldWords.contains($0) }
            guard gone.count == 1, added.count == 1 else { return nil }
            let hits = Self.wordRanges(of: gone[0], in: draft)
            guard hits.count == 1 else { return nil }
            return draft.replacingCharacters(in: hits[0], with: added[0])
        case .remove(let about, let replacement):
            return Self.removing(about, replacement: replacement, from: draft)
        }
    }

    /// The draft without the part (a clause, else the sentence) that holds the words; nil when no part holds them.
    private static func removing(_ about: String, replacement: String?, from draft: String) -> String? {
        let stop: Set<String> = ["the", "a", "an", "my", "that", "this", "part", "bit", "about", "i", "it", "of", "to", "will"]
        let keys = about.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !stop.contains($0) && $0.count >= 3 }
        guard !keys.isEmpty else { return nil }
        var sentences = sentences(of: draft)
        guard let index = sentences.firstIndex(where: { s in keys.allSatisfy { s.lowercased().contains($0) } })
                ?? sentences.firstIndex(where: { s in keys.contains { s.lowercased().contains($0) } }) else { return nil }
        let sentence = sentences[index]
        // The clause after ", " or " but " holding the words, when the rest of the sentence stands on its own.
        var kept: String? = nil
        for joiner in [", but ", " but ", ", and ", ", "] {
            guard let cut = sentence.range(of: joiner, options: .caseInsensitive) else { continue }
            let head = String(sentence[..<cut.lowerBound]), tail = String(sentence[cut.upperBound...])
            if keys.contains(where: { tail.lowercased().contains($0) }), !keys.contains(where: { head.lowercased().contains($0) }) {
                kept = closed(head)
                break
            }
        }
        let said = replacement.map { closed(capitalized($0)) }
        var replacing: [String] = kept.map { [$0] } ?? []
        if let said, !(kept ?? "").lowercased().hasPrefix(said.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            replacing.append(said)
        }
        sentences.replaceSubrange(index...index, with: replacing)
        let text = sentences.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    private static func sentences(of text: String) -> [String] {
        var result: [String] = [], current = ""
        for character in text {
            current.append(character)
            if ".!?".contains(character) {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { result.append(trimmed) }
                current = ""
            }
        }
        let trimmed = current.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { result.append(trimmed) }
        return result
    }

    private static func wordRanges(of word: String, in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = [], from = text.startIndex
        while let hit = text.range(of: word, options: .caseInsensitive, range: from..<text.endIndex) {
            let before = hit.lowerBound == text.startIndex ? nil : text[text.index(before: hit.lowerBound)]
            let after = hit.upperBound == text.endIndex ? nil : text[hit.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false), !(after?.isLetter ?? false || after?.isNumber ?? false) { ranges.append(hit) }
            from = hit.upperBound
        }
        return ranges
    }

    private static func closed(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix(".") || trimmed.hasSuffix("!") || trimmed.hasSuffix("?") ? trimmed : trimmed + "."
    }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// "Please ship …" after "Hello, " reads "please ship …"; "I …" keeps its capital.
    private static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
