import Foundation
import ConciergeDomain

/// A defect found by `IntentCatalog.check()`: the catalog loads but should be fixed.
public struct CatalogProblem: Sendable, Equatable, CustomStringConvertible {
    /// What kind of defect it is.
    public enum Kind: Sendable, Equatable {
        /// A field the format does not define.
        case unknownField(String)
        /// The same example (after normalisation) appears under two intents.
        case exampleUnderTwoIntents(example: String, otherIntent: String, otherFile: String, otherLine: Int)
        /// The same example appears twice in one intent.
        case duplicateExample(example: String, firstLine: Int)
        /// Fewer examples than the classifier needs.
        case tooFewExamples(count: Int, minimum: Int)
        /// A required top-level intent has no file.
        case missingRequiredIntent(String)
        /// `parent` names no top-level intent.
        case unknownParent(String)
        /// Two files declare the same name.
        case duplicateIntentName(otherFile: String)
        /// The name is not a lower_snake_case identifier.
        case invalidName(String)
        /// An example is empty once normalised.
        case emptyExample
    }

    /// The file the problem is in (or the directory for catalog-wide problems).
    public var file: String
    /// The 1-based line, 0 when the problem concerns no particular line.
    public var line: Int
    /// The defect.
    public var kind: Kind

    /// Creates a problem.
    public init(file: String, line: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// `file:line: message`, the way compilers report.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return "\(place): \(message)"
    }

    /// The message without its location.
    public var message: String {
        switch kind {
        case .unknownField(let field):
            "unknown field '\(field)' (allowed: name, description, parent, answer, examples)"
        case .exampleUnderTwoIntents(let example, let other, let otherFile, let otherLine):
            "example \"\(example)\" is also under \(other) (\(otherFile):\(otherLine))"
        case .duplicateExample(let example, let firstLine):
            "example \"\(example)\" repeats line \(firstLine)"
        case .tooFewExamples(let count, let minimum):
            "only \(count) examples, at least \(minimum) needed"
        case .missingRequiredIntent(let name):
            "required intent '\(name)' is missing"
        case .unknownParent(let parent):
            "parent '\(parent)' is not a top-level intent of the catalog"
        case .duplicateIntentName(let otherFile):
            "intent name already declared in \(otherFile)"
        case .invalidName(let name):
            "intent name '\(name)' must be lower_snake_case"
        case .emptyExample:
            "example is empty once punctuation is removed"
        }
    }
}
