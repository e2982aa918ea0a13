import Foundation

extension Double {
    /// The number with two decimals, exactly as `String(format: "%.2f", self)` writes it (the binary value rounded,
    /// a tie to the even hundredth, "-0.00" for a small negative), without the C formatter's cost: confidences
    /// are written this way into the reasons of every turn. Values the integer path cannot hold go to the formatter.
    public var twoDecimals: String {
        guard isFinite, magnitude < 0x1p62 / 100 else { return String(format: "%.2f", self) }
        // self = significand × 2^exponent exactly, significand < 2^53; so hundredths = significand × 100 / 2^shift.
        let significand = significandBitPattern | (isNormal ? 1 << 52 : 0)
        let exponent = Int(isNormal ? exponentBitPattern : 1) - 1075
        var hundredths: UInt64
        if exponent >= 0 {
            hundredths = (significand << UInt64(exponent)) * 100
        } else {
            let shift = -exponent
            let scaled = significand * 100  // < 2^60
            if shift >= 63 {
                hundredths = 0  // scaled < 2^60 ≤ half of 2^shift: rounds down
            } else {
                hundredths = scaled >> UInt64(shift)
                let rest = scaled & ((1 << UInt64(shift)) - 1)
                let half: UInt64 = 1 << UInt64(shift - 1)
                if rest > half || rest == half && hundredths & 1 == 1 { hundredths += 1 }
            }
        }
        let fraction = hundredths % 100
        return "\(sign == .minus ? "-" : "")\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
