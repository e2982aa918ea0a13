import Foundation
import ConciergeDomain

/// Writes an `Encodable` value as JSON straight into bytes, for the conversation saved every turn.
/// What it writes decodes with `JSONDecoder` to the value Foundation's `JSONEncoder` would give (dates as
/// their own `Codable` form, seconds since 2001, which is `JSONEncoder`'s default); it costs a fraction of
/// `JSONEncoder`, which builds a tree of values and checks every value's type for special cases first.
/// Values are written in the order they are encoded: a container is closed when its parent (or the end)
/// is written to again, which is how synthesized `Codable` conformances use containers.
/// Types that `JSONEncoder` writes specially (`Data`, `Decimal`, `URL`) are refused: none is in a flow stack.
struct CompactJSONEncoder {
    func encode<T: Encodable>(_ value: T) throws -> Data {
        let writer = Writer()
        try writer.value(value, level: 0)
        writer.close(downTo: 0)
        return Data(writer.bytes)
    }

    /// The bytes written and the containers still open (innermost last).
    final class Writer {
        var bytes: [UInt8] = []
        /// For each open container: its closing byte and how many elements it has.
        var open: [(close: UInt8, count: Int)] = []

        init() { bytes.reserveCapacity(1024) }

        func close(downTo level: Int) {
            while open.count > level { bytes.append(open.removeLast().close) }
        }

        /// Starts the next element of the container at `level` (1-based): closes those inside it, writes the comma.
        func element(level: Int) {
            close(downTo: level)
            if open[level - 1].count > 0 { bytes.append(UInt8(ascii: ",")) }
            open[level - 1].count += 1
        }

        func key(_ key: some CodingKey, level: Int) {
            element(level: level)
            string(key.stringValue)
            bytes.append(UInt8(ascii: ":"))
        }

        /// Opens a container in the slot of `level` (a container already opened there is used again).
        func openContainer(_ opening: UInt8, _ closing: UInt8, level: Int) {
            if open.count > level {
                close(downTo: level + 1)
                return
            }
            bytes.append(opening)
            open.append((closing, 0))
        }

        func value<T: Encodable>(_ value: T, level: Int) throws {
            if T.self == Data.self || T.self == Decimal.self || T.self == URL.self {
                throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not written by CompactJSONEncoder"))
            }
            let start = bytes.count
            try value.encode(to: SlotEncoder(writer: self, level: level))
            if bytes.count == start { bytes.append(contentsOf: "{}".utf8) }
        }

        func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
            guard value.isFinite else {
                throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not a finite number"))
            }
            raw(String(value))
        }

        func string(_ text: String) { JSONEscaping.appendQuoted(text, to: &bytes) }
    }

    /// The encoder of one value: the slot at `level` of the writer.
    struct SlotEncoder: Encoder {
        let writer: Writer
        let level: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            writer.openContainer(UInt8(ascii: "{"), UInt8(ascii: "}"), level: level)
            return KeyedEncodingContainer(Keyed<Key>(writer: writer, level: level + 1))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            writer.openContainer(UInt8(ascii: "["), UInt8(ascii: "]"), level: level)
            return Unkeyed(writer: writer, level: level + 1)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(writer: writer, level: level) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let writer: Writer
        /// The container's own level (1-based index into `open`).
        let level: Int
        var codingPath: [any CodingKey] { [] }

        func encodeNil(forKey key: Key) throws { writer.key(key, level: level); writer.raw("null") }
        func encode(_ value: Bool, forKey key: Key) throws { writer.key(key, level: level); writer.raw(value ? "true" : "false") }
        func encode(_ value: String, forKey key: Key) throws { writer.key(key, level: level); writer.string(value) }
        func encode(_ value: Double, forKey key: Key) throws { writer.key(key, level: level); try writer.number(value) }
        func encode(_ value: Float, forKey key: Key) throws { writer.key(key, level: level); try writer.number(value) }
        func encode(_ value: Int, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: Int8, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: Int16, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: Int32, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: Int64, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: UInt, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: UInt8, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: UInt16, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: UInt32, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode(_ value: UInt64, forKey key: Key) throws { writer.key(key, level: level); writer.raw(String(value)) }
        func encode<T: Encodable>(_ value: T, forKey key: Key) throws { writer.key(key, level: level); try writer.value(value, level: level) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            writer.key(key, level: level)
            return SlotEncoder(writer: writer, level: level).container(keyedBy: keyType)
        }

        func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            writer.key(key, level: level)
            return SlotEncoder(writer: writer, level: level).unkeyedContainer()
        }

        func superEncoder() -> any Encoder {
            writer.element(level: level)
            writer.raw("\"super\":")
            return SlotEncoder(writer: writer, level: level)
        }

        func superEncoder(forKey key: Key) -> any Encoder {
            writer.key(key, level: level)
            return SlotEncoder(writer: writer, level: level)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: Writer
        let level: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int { writer.open.count >= level ? writer.open[level - 1].count : 0 }

        func encodeNil() throws { writer.element(level: level); writer.raw("null") }
        func encode(_ value: Bool) throws { writer.element(level: level); writer.raw(value ? "true" : "false") }
        func encode(_ value: String) throws { writer.element(level: level); writer.string(value) }
        func encode(_ value: Double) throws { writer.element(level: level); try writer.number(value) }
        func encode(_ value: Float) throws { writer.element(level: level); try writer.number(value) }
        func encode(_ value: Int) throws { writer.element(level: level); writer.raw(String(value)) }
        func encode(_ value: Int64) throws { writer.element(level: level); writer.raw(String(value)) }
        func encode<T: Encodable>(_ value: T) throws { writer.element(level: level); try writer.value(value, level: level) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            writer.element(level: level)
            return SlotEncoder(writer: writer, level: level).container(keyedBy: keyType)
        }

        func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            writer.element(level: level)
            return SlotEncoder(writer: writer, level: level).unkeyedContainer()
        }

        func superEncoder() -> any Encoder {
            writer.element(level: level)
            return SlotEncoder(writer: writer, level: level)
        }
    }

    /// A value written in the slot itself (no container around it).
    struct Single: SingleValueEncodingContainer {
        let writer: Writer
        let level: Int
        var codingPath: [any CodingKey] { [] }

        func encodeNil() throws { writer.raw("null") }
        func encode(_ value: Bool) throws { writer.raw(value ? "true" : "false") }
        func encode(_ value: String) throws { writer.string(value) }
        func encode(_ value: Double) throws { try writer.number(value) }
        func encode(_ value: Float) throws { try writer.number(value) }
        func encode(_ value: Int) throws { writer.raw(String(value)) }
        func encode(_ value: Int8) throws { writer.raw(String(value)) }
        func encode(_ value: Int16) throws { writer.raw(String(value)) }
        func encode(_ value: Int32) throws { writer.raw(String(value)) }
        func encode(_ value: Int64) throws { writer.raw(String(value)) }
        func encode(_ value: UInt) throws { writer.raw(String(value)) }
        func encode(_ value: UInt8) throws { writer.raw(String(value)) }
        func encode(_ value: UInt16) throws { writer.raw(String(value)) }
        func encode(_ value: UInt32) throws { writer.raw(String(value)) }
        func encode(_ value: UInt64) throws { writer.raw(String(value)) }
        func encode<T: Encodable>(_ value: T) throws { try writer.value(value, level: level) }
    }
}
