import ConciergeDomain

/// Multinomial logistic regression over sparse features, trained with AdaGrad in a seeded order
/// that follows from the rows' keys, not from their positions: the same catalog always yields
/// the same weights, whatever order its files list the examples in.
///
/// Each feature's class weights are stored as `SIMD8<Float>` blocks (classes padded to a
/// multiple of 8), so training and scoring touch whole vectors at a time.
struct SoftmaxRegression: Sendable {
    /// A training row: feature columns with their values (repeats allowed, they add up).
    struct Row: Sendable {
        var columns: [Int32]
        var values: [Float]
    }

    let classCount: Int
    let featureCount: Int
    /// SIMD blocks per feature.
    let blocks: Int
    /// Feature `f`'s weights are `weights[f * blocks ..< (f + 1) * blocks]` (a trained model).
    private var weights: [SIMD8<Float>]
    /// A restored model keeps its stored form instead: feature `f`'s weights are
    /// `scales[f] * bytes[f * blocks ..< (f + 1) * blocks]`, a quarter of the floats' memory,
    /// so it loads without unpacking and scores with fewer cache misses. Scales are powers of
    /// two, so scoring gives exactly the logits of the unpacked floats.
    private var scales: [Float] = []
    private var bytes: [SIMD8<Int8>] = []
    private var bias: [SIMD8<Float>]

    /// The weight of feature `f` for class `c`, whichever form the model is in.
    @inline(__always) private func weight(_ f: Int, _ c: Int) -> Float {
        bytes.isEmpty ? weights[f * blocks + c / 8][c % 8] : Float(bytes[f * blocks + c / 8][c % 8]) * scales[f]
    }

    /// Creates a model from row-major weights (`classCount` per feature) and biases.
    init(classCount: Int, featureCount: Int, weights flat: [Float], bias flatBias: [Float]) {
        self.classCount = classCount
        self.featureCount = featureCount
        let blocks = (classCount + 7) / 8
        self.blocks = blocks
        var weights = [SIMD8<Float>](repeating: .zero, count: featureCount * blocks)
        for f in 0..<featureCount {
            for c in 0..<classCount { weights[f * blocks + c / 8][c % 8] = flat[f * classCount + c] }
        }
        var bias = [SIMD8<Float>](repeating: .zero, count: blocks)
        for c in 0..<classCount { bias[c / 8][c % 8] = flatBias[c] }
        self.weights = weights
        self.bias = bias
    }

    private init(classCount: Int, featureCount: Int, blocks: Int, weights: [SIMD8<Float>], bias: [SIMD8<Float>]) {
        self.classCount = classCount
        self.featureCount = featureCount
        self.blocks = blocks
        self.weights = weights
        self.bias = bias
    }

    /// Row-major weights, `classCount` per feature (for the cache).
    var flatWeights: [Float] {
        var flat = [Float](repeating: 0, count: featureCount * classCount)
        for f in 0..<featureCount {
            for c in 0..<classCount { flat[f * classCount + c] = weight(f, c) }
        }
        return flat
    }

    /// Weights as one scale per feature and one signed byte per class (`w ≈ scale * q`).
    func quantized() -> (scales: [Float], weights: [Int8]) {
        var scales = [Float](repeating: 0, count: featureCount)
        var quantized = [Int8](repeating: 0, count: featureCount * classCount)
        for f in 0..<featureCount {
            var largest: Float = 0
            for c in 0..<classCount { largest = max(largest, abs(weight(f, c))) }
            guard largest > 0 else { continue }
            // A power of two: w / scale and q * scale are exact, so quantising a model that
            // was restored from bytes gives the same bytes again.
            // Weights then stay within ±64, so quantising again halves the scale and doubles
            // the bytes exactly: restored models re-store to the same weights.
            let scale = Float(sign: .plus, exponent: Int((largest / 127).exponent) + 1, significand: 1)
            scales[f] = scale
            for c in 0..<classCount {
                quantized[f * classCount + c] = Int8((weight(f, c) / scale).rounded())
            }
        }
        return (scales, quantized)
    }

    /// The model as it is after storing and restoring it (weights rounded to their bytes).
    func roundTripped() -> SoftmaxRegression {
        let quantized = quantized()
        return SoftmaxRegression(classCount: classCount, scales: quantized.scales, quantized: quantized.weights, bias: flatBias)
    }

    /// Restores a model from `quantized()` and the biases.
    init(classCount: Int, scales: [Float], quantized: [Int8], bias flatBias: [Float]) {
        let featureCount = scales.count
        let blocks = (classCount + 7) / 8
        var bytes = [SIMD8<Int8>](repeating: .zero, count: featureCount * blocks)
        // Each feature's row of class weights copied whole into its blocks (class c of feature f is byte
        // f * blocks * 8 + c): lane by lane, this was a fifth of the built-in model's decoding at start.
        precondition(quantized.count >= featureCount * classCount, "a quantized row per feature")
        bytes.withUnsafeMutableBytes { out in
            quantized.withUnsafeBytes { rows in
                guard let target = out.baseAddress, let source = rows.baseAddress else { return }
                for f in 0..<featureCount {
                    (target + f * blocks * 8).copyMemory(from: source + f * classCount, byteCount: classCount)
                }
            }
        }
        var bias = [SIMD8<Float>](repeating: .zero, count: blocks)
        for c in 0..<classCount { bias[c / 8][c % 8] = flatBias[c] }
        self.init(classCount: classCount, featureCount: featureCount, blocks: blocks, weights: [], bias: bias)
        self.scales = scales
        self.bytes = bytes
    }

    /// The biases, one per class.
    var flatBias: [Float] { (0..<classCount).map { bias[$0 / 8][$0 % 8] } }

    /// Trains on `rows` labelled by class indices with AdaGrad (per-weight step sizes suit
    /// sparse text features: rare n-grams learn as fast as frequent ones) and L2 applied to
    /// the weights each example touches.
    ///
    /// `keys` names each row by its content (a hash of its text and label): each epoch visits
    /// the rows sorted by their key mixed with that epoch's seed, so the order depends on what
    /// the rows are, never on where they stand in `rows`. A row added to the catalog takes its
    /// place among the others and leaves their relative order as it was; rows in another order
    /// train the same model. Rows with equal keys are equal rows (same text, same label), so
    /// which of them comes first does not matter.
    /// A row with several labels (one sentence taught to several intents) has a target shared
    /// equally between them: the tie it is, whatever order the rows come in.
    /// Long: the training loop keeps its buffers local, which is what makes it fast.
    static func train(
        rows: [Row], labels: [[Int]], keys: [UInt64], classCount: Int, featureCount: Int, settings: MatcherSettings
    ) -> SoftmaxRegression {
        precondition(keys.count == rows.count, "a key per row")
        let blocks = (classCount + 7) / 8
        var weights = [SIMD8<Float>](repeating: .zero, count: featureCount * blocks)
        var squares = [SIMD8<Float>](repeating: SIMD8(repeating: 1e-6), count: featureCount * blocks)
        var bias = [SIMD8<Float>](repeating: .zero, count: blocks)
        var biasSquares = [SIMD8<Float>](repeating: SIMD8(repeating: 1e-6), count: blocks)
        var order = Array(rows.indices)
        var generator = SplitMix64(seed: settings.seed)
        let eta = SIMD8<Float>(repeating: settings.learningRate)
        let lambda = SIMD8<Float>(repeating: settings.l2)
        var classSizes = [Float](repeating: 0, count: classCount)
        for row in labels { for label in row { classSizes[label] += 1 / Float(row.count) } }
        let meanSize = Float(labels.count) / Float(max(1, classSizes.filter { $0 > 0 }.count))
        let classWeight = classSizes.map { $0 > 0 ? powf(meanSize / $0, settings.classBalance) : 1 }
        var gradient = [SIMD8<Float>](repeating: .zero, count: blocks)
        // Rows flattened into two arrays and offsets: no per-row reference counting in the loop.
        var offsets = [Int](repeating: 0, count: rows.count + 1)
        for (i, row) in rows.enumerated() { offsets[i + 1] = offsets[i] + row.columns.count }
        let allColumns = rows.flatMap(\.columns).map { Int($0) * blocks }
        let allValues = rows.flatMap(\.values)
        // Polyak-style averaging of the end-of-epoch weights over the second half of training:
        // the last examples seen no longer dominate (a sentence taught to two intents alike
        // then scores about the same for both).
        let averagedFrom = settings.epochs / 2
        var weightSum = [SIMD8<Float>](repeating: .zero, count: settings.averageWeights ? featureCount * blocks : 0)
        var biasSum = [SIMD8<Float>](repeating: .zero, count: blocks)
        var snapshots: Float = 0
        weights.withUnsafeMutableBufferPointer { w in
            squares.withUnsafeMutableBufferPointer { g2 in
                gradient.withUnsafeMutableBufferPointer { p in
                    for epoch in 0..<settings.epochs {
                        let epochSeed = generator.next()
                        let visit = keys.map { Self.mix($0 ^ epochSeed) }
                        order.sort { visit[$0] != visit[$1] ? visit[$0] < visit[$1] : keys[$0] < keys[$1] }
                        for rowIndex in order {
                            let targets = labels[rowIndex]
                            let first = offsets[rowIndex], last = offsets[rowIndex + 1]
                            for b in 0..<blocks { p[b] = bias[b] }
                            for k in first..<last {
                                let base = allColumns[k]
                                let x = SIMD8<Float>(repeating: allValues[k])
                                for b in 0..<blocks { p[b] += x * w[base + b] }
                            }
                            softmaxInPlace(p, classCount: classCount)
                            // Gradient of the log-loss wrt the logits, the target shared between the row's labels.
                            let share = 1 / Float(targets.count)
                            var rowWeight: Float = 0
                            for label in targets {
                                p[label / 8][label % 8] -= share
                                rowWeight += classWeight[label] * share
                            }
                            let weight = SIMD8<Float>(repeating: rowWeight)
                            for b in 0..<blocks { p[b] *= weight }
                            for k in first..<last {
                                let base = allColumns[k]
                                let x = SIMD8<Float>(repeating: allValues[k])
                                for b in 0..<blocks {
                                    let i = base + b
                                    let g = x * p[b] + lambda * w[i]
                                    g2[i] += g * g
                                    w[i] -= eta * g / g2[i].squareRoot()
                                }
                            }
                            for b in 0..<blocks {
                                biasSquares[b] += p[b] * p[b]
                                bias[b] -= eta * p[b] / biasSquares[b].squareRoot()
                            }
                        }
                        if settings.averageWeights && epoch >= averagedFrom {
                            for i in 0..<w.count { weightSum[i] += w[i] }
                            for b in 0..<blocks { biasSum[b] += bias[b] }
                            snapshots += 1
                        }
                    }
                    if snapshots > 0 {
                        let inverse = SIMD8<Float>(repeating: 1 / snapshots)
                        for i in 0..<w.count { w[i] = weightSum[i] * inverse }
                        for b in 0..<blocks { bias[b] = biasSum[b] * inverse }
                    }
                }
            }
        }
        return SoftmaxRegression(
            classCount: classCount, featureCount: featureCount, blocks: blocks, weights: weights, bias: bias)
    }

    /// The splitmix64 finaliser: a row's key and an epoch's seed give an unrelated-looking rank.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The element-wise mean of models trained on the same features (e.g. with different
    /// shuffles): for a linear model this averages the logits, cancelling order noise.
    static func average(_ models: [SoftmaxRegression]) -> SoftmaxRegression {
        guard var result = models.first, models.count > 1 else { return models[0] }
        precondition(models.allSatisfy(\.bytes.isEmpty), "only trained models are averaged")
        for model in models.dropFirst() {
            for i in result.weights.indices { result.weights[i] += model.weights[i] }
            for b in result.bias.indices { result.bias[b] += model.bias[b] }
        }
        let inverse = SIMD8<Float>(repeating: 1 / Float(models.count))
        for i in result.weights.indices { result.weights[i] *= inverse }
        for b in result.bias.indices { result.bias[b] *= inverse }
        return result
    }

    /// Writes the logits of a row into `logits` (length `classCount`).
    func logits(columns: [Int32], values: [Float], into logits: inout [Float]) {
        var sums: [SIMD8<Float>] = []
        self.logits(columns: columns, values: values, into: &logits, sums: &sums)
    }

    /// `logits` with the caller's buffer for the class blocks' sums (its contents are replaced), so that a
    /// classifier reading many texts does not allocate it for each.
    func logits(columns: [Int32], values: [Float], into logits: inout [Float], sums: inout [SIMD8<Float>]) {
        sums.removeAll(keepingCapacity: true)
        sums.append(contentsOf: repeatElement(.zero, count: blocks))
        sums.withUnsafeMutableBufferPointer { out in
            for b in 0..<blocks { out[b] = bias[b] }
            if bytes.isEmpty {
                weights.withUnsafeBufferPointer { w in
                    for k in 0..<columns.count {
                        let base = Int(columns[k]) * blocks
                        let x = SIMD8<Float>(repeating: values[k])
                        for b in 0..<blocks { out[b] += x * w[base + b] }
                    }
                }
            } else {
                // x * (q * scale) == (x * scale) * q exactly: the scale is a power of two.
                bytes.withUnsafeBufferPointer { q in
                    scales.withUnsafeBufferPointer { scale in
                        for k in 0..<columns.count {
                            let column = Int(columns[k])
                            let base = column * blocks
                            let x = SIMD8<Float>(repeating: values[k] * scale[column])
                            for b in 0..<blocks { out[b] += x * SIMD8<Float>(q[base + b]) }
                        }
                    }
                }
            }
        }
        for c in 0..<classCount { logits[c] = sums[c / 8][c % 8] }
    }

    /// Softmax over the first `classCount` lanes; padding lanes are set to zero.
    static func softmaxInPlace(_ p: UnsafeMutableBufferPointer<SIMD8<Float>>, classCount: Int) {
        var maximum = -Float.infinity
        for c in 0..<classCount { maximum = max(maximum, p[c / 8][c % 8]) }
        var sum: Float = 0
        for c in 0..<classCount {
            let e = expf(p[c / 8][c % 8] - maximum)
            p[c / 8][c % 8] = e
            sum += e
        }
        let inverse = 1 / sum
        for c in 0..<classCount { p[c / 8][c % 8] *= inverse }
        for c in classCount..<(p.count * 8) { p[c / 8][c % 8] = 0 }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
