import ConciergeDomain
/// Little-endian binary writer for the model cache.
struct ByteWriter {
    private(set) var buffer: [UInt8] = []

    mutating func bytes(_ values: [UInt8]) { buffer.append(contentsOf: values) }
    mutating func uint32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) } }

    mutating func uint64s(_ values: [UInt64]) {
        uint32(UInt32(values.count))
        values.withUnsafeBytes { buffer.append(contentsOf: $0) }
    }

    mutating func int32s(_ values: [Int32]) {
        uint32(UInt32(values.count))
        values.withUnsafeBytes { buffer.append(contentsOf: $0) }
    }

    mutating func floats(_ values: [Float]) {
        uint32(UInt32(values.count))
        values.withUnsafeBytes { buffer.append(contentsOf: $0) }
    }

    mutating func uint8Array(_ values: [UInt8]) {
        uint32(UInt32(values.count))
        buffer.append(contentsOf: values)
    }

    mutating func int8s(_ values: [Int8]) {
        uint32(UInt32(values.count))
        values.withUnsafeBytes { buffer.append(contentsOf: $0) }
    }

    mutating func uint16s(_ values: [UInt16]) {
        uint32(UInt32(values.count))
        values.withUnsafeBytes { buffer.append(contentsOf: $0) }
    }

    mutating func strings(_ values: [String]) {
        uint32(UInt32(values.count))
        for value in values {
            let utf8 = Array(value.utf8)
            uint32(UInt32(utf8.count))
            bytes(utf8)
        }
    }

    var checksum: UInt64 {
        var hash = StableHash()
        hash.combine(bytes: buffer)
        return hash.finalized
    }
}
