import Foundation
import ConciergeDomain

/// One intent of the catalog, as declared in its YAML file.
public struct IntentDefinition: Sendable, Equatable {
    /// One training example and where it was written.
    public struct Example: Sendable, Equatable {
        /// The buyer-voiced sentence.
        public var text: String
        /// The 1-based line of the sentence in its file.
        public var line: Int
        /// The paraphrase family the sentence belongs to, unique within its intent: the line
        /// where the family starts (a nested list in the YAML), or the sentence's own line.
        /// Cross-validation holds out whole families, so a paraphrase never tests its sibling.
        public var family: Int

        /// Creates an example; without `family` it is a family of its own.
        public init(text: String, line: Int, family: Int? = nil) {
            self.text = text
            self.line = line
            self.family = family ?? line
        }
    }

    /// The intent's name, e.g. `cancel_order` or `refund_timing`.
    public var name: String
    /// What the intent covers, for people editing the catalog.
    public var description: String
    /// The top-level intent this one refines, for child intents.
    public var parent: String?
    /// A canned answer the assistant may give when the intent is recognised.
    public var answer: String?
    /// The training sentences.
    public var examples: [Example]
    /// The file the intent was read from (its last path component).
    public var file: String
    /// The line of the `name` field (1 when unknown).
    public var line: Int
    /// Fields present in the file that the catalog format does not know, with their lines.
    public var unknownFields: [(name: String, line: Int)]

    /// Creates a definition, typically for small inline catalogs in tests.
    public init(
        name: String, description: String = "", parent: String? = nil, answer: String? = nil,
        examples: [Example], file: String? = nil, line: Int = 1
    ) {
        self.name = name
        self.description = description
        self.parent = parent
        self.answer = answer
        self.examples = examples
        self.file = file ?? "\(name).yaml"
        self.line = line
        self.unknownFields = []
    }

    /// Creates a definition from plain sentences (lines are numbered from 1).
    public init(name: String, parent: String? = nil, answer: String? = nil, sentences: [String]) {
        self.init(
            name: name, parent: parent, answer: answer,
            examples: sentences.enumerated().map { Example(text: $1, line: $0 + 1) }
        )
    }

    /// The top-level intent this definition reports as: its parent, or itself.
    public var topLevelName: String { parent ?? name }

    public static func == (lhs: IntentDefinition, rhs: IntentDefinition) -> Bool {
        lhs.name == rhs.name && lhs.description == rhs.description && lhs.parent == rhs.parent
            && lhs.answer == rhs.answer && lhs.examples == rhs.examples && lhs.file == rhs.file
            && lhs.line == rhs.line && lhs.unknownFields.map(\.name) == rhs.unknownFields.map(\.name)
    }
}
