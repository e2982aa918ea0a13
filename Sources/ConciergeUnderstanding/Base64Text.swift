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
                var count = 0
                var accumulator: UInt32 = 0
                var sextets = 0
                for byte in utf8 {
                    let value = table[Int(byte)]
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
