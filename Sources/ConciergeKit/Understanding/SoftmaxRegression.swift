/// Multinomial logistic regression over sparse features, trained by plain SGD in a fixed,
/// seeded order with L2 regularisation: the same catalog always yields the same weights.
struct SoftmaxRegression: Sendable {
    /// A training row: feature columns with their values (repeats allowed, they add up).
    struct Row: Sendable {
        var columns: [Int32]
        var values: [Float]
    }

    let classCount: Int
    let featureCount: Int
    /// Row-major: the `classCount` weights of feature `f` start at `f * classCount`.
    private(set) var weights: [Float]
    private(set) var bias: [Float]

    init(classCount: Int, featureCount: Int, weights: [Float], bias: [Float]) {
        self.classCount = classCount
        self.featureCount = featureCount
        self.weights = weights
        self.bias = bias
    }

    /// Trains on `rows` labelled by class index with AdaGrad (per-weight step sizes suit
    /// sparse text features: rare n-grams learn as fast as frequent ones) and L2 applied to
    /// the weights each example touches.
    static func train(
        rows: [Row], labels: [Int], classCount: Int, featureCount: Int, settings: MatcherSettings
    ) -> SoftmaxRegression {
        var weights = [Float](repeating: 0, count: featureCount * classCount)
        var squares = [Float](repeating: 1e-6, count: featureCount * classCount)
        var bias = [Float](repeating: 0, count: classCount)
        var biasSquares = [Float](repeating: 1e-6, count: classCount)
        var order = Array(rows.indices)
        var generator = SplitMix64(seed: settings.seed)
        let eta = settings.learningRate
        let lambda = settings.l2
        var classSizes = [Float](repeating: 0, count: classCount)
        for label in labels { classSizes[label] += 1 }
        let meanSize = Float(labels.count) / Float(max(1, classSizes.filter { $0 > 0 }.count))
        let classWeight = classSizes.map { $0 > 0 ? powf(meanSize / $0, settings.classBalance) : 1 }
        var probabilities = [Float](repeating: 0, count: classCount)
        weights.withUnsafeMutableBufferPointer { w in
            squares.withUnsafeMutableBufferPointer { g2 in
                probabilities.withUnsafeMutableBufferPointer { p in
                    for _ in 0..<settings.epochs {
                        generator.shuffle(&order)
                        for rowIndex in order {
                            let row = rows[rowIndex]
                            let label = labels[rowIndex]
                            for c in 0..<classCount { p[c] = bias[c] }
                            for k in 0..<row.columns.count {
                                let base = Int(row.columns[k]) * classCount
                                let x = row.values[k]
                                for c in 0..<classCount { p[c] += x * w[base + c] }
                            }
                            softmaxInPlace(p)
                            p[label] -= 1  // gradient of the log-loss wrt the logits
                            let weight = classWeight[label]
                            for c in 0..<classCount { p[c] *= weight }
                            for k in 0..<row.columns.count {
                                let base = Int(row.columns[k]) * classCount
                                let x = row.values[k]
                                for c in 0..<classCount {
                                    let i = base + c
                                    let gradient = x * p[c] + lambda * w[i]
                                    g2[i] += gradient * gradient
                                    w[i] -= eta * gradient / g2[i].squareRoot()
                                }
                            }
                            for c in 0..<classCount {
                                biasSquares[c] += p[c] * p[c]
                                bias[c] -= eta * p[c] / biasSquares[c].squareRoot()
                            }
                        }
                    }
                }
            }
        }
        return SoftmaxRegression(classCount: classCount, featureCount: featureCount, weights: weights, bias: bias)
    }

    /// Writes the logits of a row into `logits` (length `classCount`).
    func logits(columns: [Int32], values: [Float], into logits: inout [Float]) {
        weights.withUnsafeBufferPointer { w in
            logits.withUnsafeMutableBufferPointer { out in
                for c in 0..<classCount { out[c] = bias[c] }
                for k in 0..<columns.count {
                    let base = Int(columns[k]) * classCount
                    let x = values[k]
                    for c in 0..<classCount { out[c] += x * w[base + c] }
                }
            }
        }
    }

    static func softmaxInPlace(_ p: UnsafeMutableBufferPointer<Float>) {
        var maximum = -Float.infinity
        for value in p where value > maximum { maximum = value }
        var sum: Float = 0
        for i in 0..<p.count {
            let e = expf(p[i] - maximum)
            p[i] = e
            sum += e
        }
        for i in 0..<p.count { p[i] /= sum }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
