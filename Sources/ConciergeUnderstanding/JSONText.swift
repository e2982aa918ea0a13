import ConciergeDomain

/// Writes JSON text directly into a byte buffer, keys in the order given (callers give them
/// sorted): `classify` prints one object per line, and a generic serialiser with sorted keys
/// cost three times the classification itself.
package struct JSONText {
    /// The UTF-8 bytes written so far.
    package private(set) var bytes: [UInt8] = []
    private var needsComma = false

    package init() { bytes.reserveCapacity(512) }

    package mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    package mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    package mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    package mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// A key; the value follows.
    package mutating func key(_ name: String) {
        separator()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    package mutating func value(_ text: String?) {
        separator()
        if let text { string(text) } else { bytes.append(contentsOf: "null".utf8) }
        needsComma = true
    }

    package mutating func value(_ number: Int) {
        separator()
        bytes.append(contentsOf: String(number).utf8)
        needsComma = true
    }

    package mutating func value(_ flag: Bool) {
        separator()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        needsComma = true
    }

    /// A probability rounded to four decimals, written without trailing zeros ("0.25", "1").
    package mutating func value(probability: Double) {
        separator()
        let tenThousandths = Int((min(max(probability, 0), 1) * 10_000).rounded())
        if tenThousandths == 10_000 {
            bytes.append(UInt8(ascii: "1"))
        } else if tenThousandths == 0 {
            bytes.append(UInt8(ascii: "0"))
        } else {
            var digits = Array(String(tenThousandths).utf8)
            while digits.count < 4 { digits.insert(UInt8(ascii: "0"), at: 0) }
            while digits.last == UInt8(ascii: "0") { digits.removeLast() }
            bytes.append(contentsOf: "0.".utf8)
            bytes.append(contentsOf: digits)
        }
        needsComma = true
    }

    private mutating func separator() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func string(_ text: String) {
        JSONEscaping.appendQuoted(text, to: &bytes)
    }
}

extension Classification {
    /// One line of `classify` output: the classification and `entities` as a JSON object with
    /// sorted keys; `tokens` (the classifier's view of the text) when given.
    public func jsonLine(entities: Entities, tokens: [String]? = nil) -> [UInt8] {
        var json = JSONText()
        json.beginObject()
        json.key("alternatives")
        json.beginArray()
        for alternative in alternatives {
            json.beginObject()
            json.key("confidence"); json.value(probability: alternative.confidence)
            json.key("intent"); json.value(alternative.intent)
            json.endObject()
        }
        json.endArray()
        json.key("ambiguous"); json.value(isAmbiguous)
        json.key("confidence"); json.value(probability: confidence)
        json.key("detail"); json.value(detail)
        json.key("entities"); entities.write(to: &json)
        json.key("intent"); json.value(intent)
        json.key("text"); json.value(text)
        if let tokens {
            json.key("tokens")
            json.beginArray()
            for token in tokens { json.value(token) }
            json.endArray()
        }
        json.endObject()
        return json.bytes
    }
}

extension Entities {
    /// Writes the entities as an object with sorted snake_case keys, `null` for absent values.
    package func write(to json: inout JSONText) {
        json.beginObject()
        json.key("amounts")
        json.beginArray()
        for amount in amounts { json.value(amount) }
        json.endArray()
        json.key("cancellation_reason"); json.value(cancellationReason?.rawValue)
        json.key("dispute_outcome"); json.value(disputeOutcome?.rawValue)
        json.key("dispute_reason"); json.value(disputeReason?.rawValue)
        json.key("order_numbers")
        json.beginArray()
        for number in orderNumbers { json.value(number.rawValue) }
        json.endArray()
        json.key("order_reference")
        switch orderReference {
        case nil: json.value(nil as String?)
        case .latest?:
            json.beginObject(); json.key("kind"); json.value("latest"); json.endObject()
        case .ordinal(let position)?:
            json.beginObject()
            json.key("kind"); json.value("ordinal")
            json.key("position"); json.value(position)
            json.endObject()
        case .items(let ids, let phrase)?:
            json.beginObject()
            json.key("kind"); json.value("items")
            json.key("matched_order_ids")
            json.beginArray()
            for id in ids { json.value(id.rawValue) }
            json.endArray()
            json.key("phrase"); json.value(phrase)
            json.endObject()
        }
        json.endObject()
    }
}
