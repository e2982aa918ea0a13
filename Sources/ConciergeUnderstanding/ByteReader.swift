import Foundation
import ConciergeDomain

/// Bounds-checked reader matching `ByteWriter`; every read returns nil past the end.
struct ByteReader {
    private let data: [UInt8]
    private var end: Int
    private var offset = 0

    init(bytes: [UInt8]) {
        data = bytes
        end = bytes.count
    }

    /// Checks the trailing 8-byte checksum against the rest, and excludes it from reading.
    mutating func verifyTrailingChecksum() -> Bool {
        guard data.count >= 8 else { return false }
        end = data.count - 8
        var hash = StableHash()
        hash.combine(bytes: data[0..<end])
        var stored: UInt64 = 0
        for i in 0..<8 { stored |= UInt64(data[end + i]) << (8 * UInt64(i)) }
        return stored == hash.finalized
    }

    /// Excludes the trailing checksum from reading without checking it: for bytes inside a
    /// block whose own checksum was already checked (a model inside an intent bundle).
    mutating func skipTrailingChecksum() -> Bool {
        guard data.count >= 8 else { return false }
        end = data.count - 8
        return true
    }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, offset + count <= end else { return nil }
        defer { offset += count }
        return Array(data[offset..<(offset + count)])
    }

    mutating func uint32() -> UInt32? {
        guard offset + 4 <= end else { return nil }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(data[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return value
    }

    mutating func uint64() -> UInt64? {
        guard offset + 8 <= end else { return nil }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(data[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return value
    }

    private mutating func array<T>(of type: T.Type) -> [T]? {
        guard let count = uint32().map({ Int($0) }) else { return nil }
        let size = count * MemoryLayout<T>.stride
        guard offset + size <= end else { return nil }
        let result = data.withUnsafeBytes { raw -> [T] in
            guard let base = raw.baseAddress else { return [] }
            let start = base.advanced(by: offset)
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                if let target = buffer.baseAddress { memcpy(target, start, size) }
                initialized = count
            }
        }
        offset += size
        return result
    }

    mutating func uint64s() -> [UInt64]? { array(of: UInt64.self) }
    mutating func int32s() -> [Int32]? { array(of: Int32.self) }
    mutating func floats() -> [Float]? { array(of: Float.self) }
    mutating func uint8Array() -> [UInt8]? { array(of: UInt8.self) }
    mutating func int8s() -> [Int8]? { array(of: Int8.self) }
    mutating func uint16s() -> [UInt16]? { array(of: UInt16.self) }

    mutating func strings() -> [String]? {
        guard let count = uint32().map({ Int($0) }), count <= end - offset else { return nil }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            guard let length = uint32().map({ Int($0) }), let utf8 = bytes(length) else { return nil }
            result.append(String(decoding: utf8, as: UTF8.self))
        }
        return result
    }
}
