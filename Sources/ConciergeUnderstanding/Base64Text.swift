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
            let result = [UInt8](unsafeUninitializedCapacity: utf8.count / 4 * 3 + 3) { output, written in
                table.withUnsafeBufferPointer { table in
                    var count = 0
                    var accumulator: UInt32 = 0
                    var sextets = 0
                    var index = 0
                    let end = utf8.count
                    while index < end {
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
            return valid ? result : nil
        }
    }

    /// Sextet value of each byte, 0xFF outside the alphabet.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        return table
    }()
}
