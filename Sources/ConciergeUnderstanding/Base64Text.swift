import ConciergeDomain
/// Decodes the base64 text of the generated tables straight into bytes: one pass, no `Data`
/// and no copy, because the built-in model is decoded at every start.
enum Base64Text {
    /// The bytes of `text`; characters outside the alphabet (line feeds, `=` padding) are
    /// skipped. Nil when the text ends with a lone sextet, which no encoder writes.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { utf8 -> [UInt8]? in
            var valid = true
            // Room for the 8-byte stores of the widest fast path, which write 2 bytes past the 6 they decode.
            let result = [UInt8](unsafeUninitializedCapacity: utf8.count / 4 * 3 + 8) { output, written in
                table.withUnsafeBufferPointer { table in
                    pairs.withUnsafeBufferPointer { pairs in
                        var count = 0
                        var accumulator: UInt32 = 0
                        var sextets = 0
                        var index = 0
                        let end = utf8.count
                        guard let outputStart = output.baseAddress else { return }
                        let out = UnsafeMutableRawPointer(outputStart)
                        while index < end {
                            // Widest path: eight characters of the alphabet in a row, read as one word and looked up two at a
                            // time (`pairs`); the 48 bits are stored as one big-endian word (its last two bytes are
                            // overwritten next, or lie past the end).
                            if sextets == 0 && index + 8 <= end {
                                let chars = UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self).littleEndian
                                let p0 = pairs[Int(truncatingIfNeeded: chars & 0xFFFF)]
                                let p1 = pairs[Int(truncatingIfNeeded: (chars >> 16) & 0xFFFF)]
                                let p2 = pairs[Int(truncatingIfNeeded: (chars >> 32) & 0xFFFF)]
                                let p3 = pairs[Int(truncatingIfNeeded: chars >> 48)]
                                if (p0 | p1 | p2 | p3) < 0x1000 {
                                    let bits = UInt64(p0) << 36 | UInt64(p1) << 24 | UInt64(p2) << 12 | UInt64(p3)
                                    out.storeBytes(of: (bits << 16).bigEndian, toByteOffset: count, as: UInt64.self)
                                    count += 6
                                    index += 8
                                    continue
                                }
                            }
                            // Fast path: four characters of the alphabet in a row (all but the end of each
                            // line), one 24-bit group; a value above 63 means some character was not.
                            if sextets == 0 && index + 4 <= end {
                                let a = UInt32(table[Int(utf8[index])]), b = UInt32(table[Int(utf8[index + 1])])
                                let c = UInt32(table[Int(utf8[index + 2])]), d = UInt32(table[Int(utf8[index + 3])])
                                if (a | b | c | d) < 64 {
                                    let group = a << 18 | b << 12 | c << 6 | d
                                    output[count] = UInt8(truncatingIfNeeded: group >> 16)
                                    output[count + 1] = UInt8(truncatingIfNeeded: group >> 8)
                                    output[count + 2] = UInt8(truncatingIfNeeded: group)
                                    count += 3
                                    index += 4
                                    continue
                                }
                            }
                            let value = table[Int(utf8[index])]
                            index += 1
                            if value == 0xFF { continue }
                            accumulator = accumulator << 6 | UInt32(value)
                            sextets += 1
                            if sextets == 4 {
                                output[count] = UInt8(truncatingIfNeeded: accumulator >> 16)
                                output[count + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
                                output[count + 2] = UInt8(truncatingIfNeeded: accumulator)
                                count += 3
                                accumulator = 0
                                sextets = 0
                            }
                        }
                        switch sextets {
                        case 0: break
                        case 2:
                            output[count] = UInt8(truncatingIfNeeded: accumulator >> 4)
                            count += 1
                        case 3:
                            output[count] = UInt8(truncatingIfNeeded: accumulator >> 10)
                            output[count + 1] = UInt8(truncatingIfNeeded: accumulator >> 2)
                            count += 2
                        default: valid = false
                        }
                        written = count
                    }
                }
            }
            return valid ? result : nil
        }
    }

    /// The twelve bits of each pair of bytes (the first in the low byte, as a little-endian load reads them), 0xFFFF
    /// when either is outside the alphabet.
    private static let pairs: [UInt16] = {
        var pairs = [UInt16](repeating: 0xFFFF, count: 1 << 16)
        for (first, a) in table.enumerated() where a < 64 {
            for (second, b) in table.enumerated() where b < 64 { pairs[first | second << 8] = UInt16(a) << 6 | UInt16(b) }
        }
        return pairs
    }()

    /// Sextet value of each byte, 0xFF outside the alphabet.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        return table
    }()
}
