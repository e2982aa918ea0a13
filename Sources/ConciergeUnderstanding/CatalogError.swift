import Foundation
import ConciergeDomain

/// Why a catalog file could not be read at all (semantic issues are `CatalogProblem`s instead).
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The directory does not exist or cannot be listed.
    case directoryUnreadable(path: String)
    /// The directory holds no `*.yaml` file.
    case emptyDirectory(path: String)
    /// The file cannot be read as UTF-8 text.
    case fileUnreadable(file: String)
    /// The YAML itself is malformed.
    case invalidYAML(file: String, line: Int, problem: String)
    /// The document is not a mapping of fields.
    case notAMapping(file: String, line: Int)
    /// A required field is absent.
    case missingField(file: String, field: String)
    /// A field holds the wrong kind of value (e.g. `examples` is not a list of strings).
    case wrongType(file: String, line: Int, field: String, expected: String)
    /// The catalog built into the binary does not decode (a damaged or mismatched build).
    case embeddedDamaged

    /// A readable one-line message naming file, line and field.
    public var description: String {
        switch self {
        case .directoryUnreadable(let path):
            "\(path): cannot list the intents directory"
        case .emptyDirectory(let path):
            "\(path): no *.yaml intent file found"
        case .fileUnreadable(let file):
            "\(file): cannot be read as UTF-8 text"
        case .invalidYAML(let file, let line, let problem):
            "\(file):\(line): invalid YAML: \(problem)"
        case .notAMapping(let file, let line):
            "\(file):\(line): expected a mapping with name, description, examples"
        case .missingField(let file, let field):
            "\(file): missing required field '\(field)'"
        case .wrongType(let file, let line, let field, let expected):
            "\(file):\(line): field '\(field)' must be \(expected)"
        case .embeddedDamaged:
            "the intent catalog built into this binary is damaged; rebuild it, or pass --intents DIR"
        }
    }

    /// Same as `description`, for `LocalizedError` consumers.
    public var errorDescription: String? { description }
}
