import Foundation
import Yams
import ConciergeDomain

/// The intents the assistant understands, read from one YAML file per intent.
public struct IntentCatalog: Sendable {
    /// Top-level intents every catalog must declare.
    public static let requiredIntents = IntentName.required.map(\.rawValue)
    /// The intent that means "not something a marketplace buyer assistant handles".
    public static let outOfScope = IntentName.outOfScope.rawValue
    /// Fewest examples an intent may have for the classifier to learn it.
    public static let minimumExamples = 5
    /// Fields a catalog file may contain.
    public static let knownFields: Set<String> = ["name", "description", "parent", "answer", "examples"]

    /// Every intent, sorted by name.
    public var intents: [IntentDefinition]
    /// A stable hash of the files' names and bytes, used to validate cached models.
    public var fingerprint: UInt64
    /// Where the catalog was read from (the directory path, or "inline").
    public var source: String

    /// Creates a catalog from definitions, e.g. a small inline catalog in tests.
    public init(intents: [IntentDefinition], source: String = "inline") {
        self.intents = intents.sorted { $0.name < $1.name }
        self.source = source
        var hash = StableHash()
        for intent in self.intents {
            hash.combine(intent.name)
            hash.combine(intent.parent ?? "")
            for example in intent.examples { hash.combine(example.text) }
        }
        self.fingerprint = hash.finalized
    }

    /// Reads every `*.yaml` file of `directory`; throws `CatalogError` for unreadable files.
    public static func load(directory: URL) throws -> IntentCatalog {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else {
            throw CatalogError.directoryUnreadable(path: directory.path)
        }
        let yamlNames = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !yamlNames.isEmpty else { throw CatalogError.emptyDirectory(path: directory.path) }
        var hash = StableHash()
        var intents: [IntentDefinition] = []
        for name in yamlNames {
            let url = directory.appendingPathComponent(name)
            guard let data = fileManager.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8)
            else { throw CatalogError.fileUnreadable(file: name) }
            hash.combine(name)
            hash.combine(bytes: data)
            intents.append(try parse(yaml: text, file: name))
        }
        var catalog = IntentCatalog(intents: intents, source: directory.path)
        catalog.fingerprint = hash.finalized
        return catalog
    }

    /// Parses one intent file's text; `file` is used in error messages.
    /// Long: one pass over the YAML that checks each key where it is read, so every error names its line.
    public static func parse(yaml: String, file: String) throws -> IntentDefinition {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw CatalogError.invalidYAML(file: file, line: Self.line(of: error), problem: Self.problem(of: error))
        } catch {
            throw CatalogError.invalidYAML(file: file, line: 0, problem: "\(error)")
        }
        guard let mapping = root?.mapping else {
            throw CatalogError.notAMapping(file: file, line: root?.mark?.line ?? 1)
        }
        var fields: [String: Node] = [:]
        var unknown: [(name: String, line: Int)] = []
        for (key, value) in mapping {
            let keyName = key.string ?? "\(key)"
            if knownFields.contains(keyName) {
                fields[keyName] = value
            } else {
                unknown.append((keyName, key.mark?.line ?? 0))
            }
        }
        func text(_ field: String, required: Bool) throws -> String? {
            guard let node = fields[field] else {
                if required { throw CatalogError.missingField(file: file, field: field) }
                return nil
            }
            guard case .scalar(let scalar) = node else {
                throw CatalogError.wrongType(file: file, line: node.mark?.line ?? 0, field: field, expected: "a string")
            }
            return scalar.string
        }
        let name = try text("name", required: true) ?? ""
        let description = try text("description", required: true) ?? ""
        let parent = try text("parent", required: false)
        let answer = try text("answer", required: false)
        guard let examplesNode = fields["examples"] else {
            throw CatalogError.missingField(file: file, field: "examples")
        }
        guard case .sequence(let sequence) = examplesNode else {
            throw CatalogError.wrongType(
                file: file, line: examplesNode.mark?.line ?? 0, field: "examples", expected: "a list of strings")
        }
        // An item is a sentence, or a nested list: a family of paraphrases of one request.
        var examples: [IntentDefinition.Example] = []
        let expected = "a list of strings or of lists of strings (paraphrase families)"
        for node in sequence {
            switch node {
            case .scalar(let scalar):
                examples.append(.init(text: scalar.string, line: scalar.mark?.line ?? 0))
            case .sequence(let family):
                let familyLine = node.mark?.line ?? 0
                for member in family {
                    guard case .scalar(let scalar) = member else {
                        throw CatalogError.wrongType(
                            file: file, line: member.mark?.line ?? 0, field: "examples", expected: expected)
                    }
                    examples.append(.init(text: scalar.string, line: scalar.mark?.line ?? 0, family: familyLine))
                }
            default:
                throw CatalogError.wrongType(file: file, line: node.mark?.line ?? 0, field: "examples", expected: expected)
            }
        }
        var definition = IntentDefinition(
            name: name, description: description, parent: parent, answer: answer,
            examples: examples, file: file, line: fields["name"]?.mark?.line ?? 1)
        definition.unknownFields = unknown
        return definition
    }

    /// The intent with this name, if declared.
    public func definition(named name: String) -> IntentDefinition? {
        intents.first { $0.name == name }
    }

    /// Names of the top-level intents (those without a parent), sorted.
    public var topLevelNames: [String] {
        intents.filter { $0.parent == nil }.map(\.name)
    }

    /// Every training example as (declared intent name, text), in catalog order.
    public var labelledExamples: [(intent: String, text: String)] {
        intents.flatMap { intent in intent.examples.map { (intent.name, $0.text) } }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 0
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
