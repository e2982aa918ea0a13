import Foundation
import Yams
import ConciergeDomain

/// Typed reads from YAML nodes that fail with the file, line and field.
struct NodeReader {
    let file: String

    func error(_ node: Node?, _ field: String, _ problem: String) -> FixtureError {
        FixtureError(file: file, line: node?.mark?.line, field: field, problem: problem)
    }

    func isNull(_ node: Node?) -> Bool {
        guard let node else { return true }
        return node.null != nil && node.scalar?.style == .plain
    }

    func mapping(_ node: Node, _ field: String) throws -> Node.Mapping {
        guard let map = node.mapping else { throw error(node, field, "must be a mapping") }
        return map
    }

    func list(_ node: Node?, _ field: String) throws -> [Node] {
        guard let node, !isNull(node) else { return [] }
        guard let sequence = node.sequence else { throw error(node, field, "must be a list") }
        return Array(sequence)
    }

    func allowOnly(_ keys: Set<String>, in map: Node.Mapping, path: String) throws {
        for (key, _) in map {
            let name = key.string ?? ""
            if !keys.contains(name) {
                throw error(key, "\(path).\(name)", "unknown field (expected one of: \(keys.sorted().joined(separator: ", ")))")
            }
        }
    }

    func string(_ node: Node, _ field: String) throws -> String {
        guard let scalar = node.scalar else { throw error(node, field, "must be text") }
        return scalar.string
    }

    func requiredString(_ map: Node.Mapping, _ key: String, _ path: String) throws -> String {
        guard let node = map[key], !isNull(node) else { throw error(map[key] ?? nil, "\(path).\(key)", "is required") }
        let value = try string(node, "\(path).\(key)")
        if value.trimmingCharacters(in: .whitespaces).isEmpty { throw error(node, "\(path).\(key)", "must not be empty") }
        return value
    }

    func optionalString(_ map: Node.Mapping, _ key: String, _ path: String) throws -> String? {
        guard let node = map[key], !isNull(node) else { return nil }
        return try string(node, "\(path).\(key)")
    }

    func date(_ node: Node, _ field: String) throws -> Date {
        let text = try string(node, field)
        guard let date = DateText.parseISO8601(text) else {
            throw error(node, field, "\"\(text)\" is not an ISO 8601 instant like 2026-11-20T12:00:00Z")
        }
        return date
    }

    func optionalDate(_ map: Node.Mapping, _ key: String, _ path: String) throws -> Date? {
        guard let node = map[key], !isNull(node) else { return nil }
        return try date(node, "\(path).\(key)")
    }

    func requiredDate(_ map: Node.Mapping, _ key: String, _ path: String) throws -> Date {
        guard let date = try optionalDate(map, key, path) else { throw error(map[key] ?? nil, "\(path).\(key)", "is required") }
        return date
    }

    func int(_ node: Node, _ field: String, minimum: Int) throws -> Int {
        guard let value = Int(try string(node, field)), value >= minimum else {
            throw error(node, field, "must be a whole number ≥ \(minimum)")
        }
        return value
    }

    /// An amount; a price may be zero, every other amount (`positive`) must be more than zero.
    func money(_ map: Node.Mapping, _ key: String, _ path: String, currency: String, positive: Bool = true) throws -> Money {
        guard let node = map[key], !isNull(node) else { throw error(map[key] ?? nil, "\(path).\(key)", "is required") }
        let text = try string(node, "\(path).\(key)")
        guard let money = Money(decimal: text, currency: currency) else {
            throw error(node, "\(path).\(key)", "\"\(text)\" is not an amount in \(currency) like \"\(Currency.example(currency))\" (at most \(Money(minorUnits: Money.largestMinorUnits, currency: currency)))")
        }
        if positive ? !money.isPositive : money.minorUnits < 0 {
            throw error(node, "\(path).\(key)", "\"\(text)\" must be \(positive ? "more than 0" : "0 or more")")
        }
        return money
    }

    func enumValue<T: RawRepresentable & CaseIterable>(_ map: Node.Mapping, _ key: String, _ path: String, _ type: T.Type) throws -> T?
    where T.RawValue == String {
        guard let node = map[key], !isNull(node) else { return nil }
        let text = try string(node, "\(path).\(key)")
        guard let value = T(rawValue: text) else {
            throw error(node, "\(path).\(key)", "\"\(text)\" is not one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    func requiredEnum<T: RawRepresentable & CaseIterable>(_ map: Node.Mapping, _ key: String, _ path: String, _ type: T.Type) throws -> T
    where T.RawValue == String {
        guard let value = try enumValue(map, key, path, type) else { throw error(map[key] ?? nil, "\(path).\(key)", "is required") }
        return value
    }
}
