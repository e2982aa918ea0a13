import Foundation
import Testing
@testable import ConciergeDomain

/// `twoDecimals` must write what `String(format: "%.2f")` writes, for every value.
@Suite struct TwoDecimalsTests {
    @Test func tiesRoundAsTheFormatterRounds() {
        // Exact binary ties (n/8, n + 1/8 …) and the values next to every hundredth and half-hundredth.
        var values: [Double] = [0, -0.0, 0.005, 0.015, 0.125, 0.375, 0.625, 0.875, 1.125, 2.5, 1e-300, -1e-300,
                                .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 0x1p62 / 100, 0x1p62 / 100 - 1,
                                1e15, 4.5e16, -4.5e16, .greatestFiniteMagnitude, .infinity, -.infinity, .nan]
        for n in -2000...2000 {
            let tie = Double(n) / 8
            let half = (Double(n) + 0.5) / 100
            let hundredth = Double(n) / 100
            values += [tie, half, half.nextUp, half.nextDown, hundredth, hundredth.nextUp, hundredth.nextDown]
        }
        for value in values { #expect(value.twoDecimals == String(format: "%.2f", value), "\(value)") }
    }

    @Test func anyValueIsWrittenAsTheFormatterWritesIt() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let probability = Double.random(in: 0...1, using: &generator)
            let amount = Double.random(in: -1e6...1e6, using: &generator)
            let bits = Double(bitPattern: generator.next())
            let scaled = bits.isFinite ? bits.significand * Double(sign: .plus, exponent: Int.random(in: -80...70), significand: 1) : 1
            for value in [probability, amount, bits, scaled] {
                #expect(value.twoDecimals == String(format: "%.2f", value), "\(value)")
            }
        }
    }
}
