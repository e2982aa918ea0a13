import Foundation
import ConciergeDomain

extension IntentCatalog {
    /// Every defect of the catalog, ordered by file and line; empty when the catalog is sound.
    public func check() -> [CatalogProblem] {
        var problems: [CatalogProblem] = []
        let normalizer = TextNormalizer()
        let topLevel = Set(intents.filter { $0.parent == nil }.map(\.name))
        var fileOfName: [String: String] = [:]
        var owner: [String: (intent: String, file: String, line: Int)] = [:]

        for intent in intents {
            if let other = fileOfName[intent.name] {
                problems.append(.init(file: intent.file, line: intent.line, kind: .duplicateIntentName(otherFile: other)))
            } else {
                fileOfName[intent.name] = intent.file
            }
            if !Self.isSnakeCase(intent.name) {
                problems.append(.init(file: intent.file, line: intent.line, kind: .invalidName(intent.name)))
            }
            for field in intent.unknownFields {
                problems.append(.init(file: intent.file, line: field.line, kind: .unknownField(field.name)))
            }
            if let parent = intent.parent, !topLevel.contains(parent) || parent == intent.name {
                problems.append(.init(file: intent.file, line: intent.line, kind: .unknownParent(parent)))
            }
            if intent.examples.count < Self.minimumExamples {
                problems.append(.init(
                    file: intent.file, line: intent.line,
                    kind: .tooFewExamples(count: intent.examples.count, minimum: Self.minimumExamples)))
            }
            var seenHere: [String: Int] = [:]
            for example in intent.examples {
                let key = normalizer.normalize(example.text)
                if key.isEmpty {
                    problems.append(.init(file: intent.file, line: example.line, kind: .emptyExample))
                    continue
                }
                // Within one intent, spelling variants ("thx", "thanks") are deliberate: only
                // literal repeats are flagged. Across intents, normalised equality is a contradiction.
                let literal = Self.literalKey(example.text)
                if let firstLine = seenHere[literal] {
                    problems.append(.init(
                        file: intent.file, line: example.line,
                        kind: .duplicateExample(example: example.text, firstLine: firstLine)))
                    continue
                }
                seenHere[literal] = example.line
                if let other = owner[key], other.intent != intent.name {
                    problems.append(.init(
                        file: intent.file, line: example.line,
                        kind: .exampleUnderTwoIntents(
                            example: example.text, otherIntent: other.intent, otherFile: other.file,
                            otherLine: other.line)))
                } else if owner[key] == nil {
                    owner[key] = (intent.name, intent.file, example.line)
                }
            }
        }
        for required in Self.requiredIntents where !topLevel.contains(required) {
            problems.append(.init(file: source, line: 0, kind: .missingRequiredIntent(required)))
        }
        return problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// Lower-cased words with punctuation removed: "Hi, there!" and "hi there" are the same.
    static func literalKey(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
            .split(separator: " ")
            .joined(separator: " ")
    }

    private static func isSnakeCase(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
