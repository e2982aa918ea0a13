import Foundation
import Testing
@testable import ConciergeUnderstanding
@testable import ConciergeDomain
import ConciergeTestSupport

@Suite("Paraphrase families and blind sets")
struct FamilyEvaluationTests {
    @Test("a nested list in examples is one family; a plain sentence is a family of its own")
    func familiesParse() throws {
        let yaml = """
        name: order_status
        description: Where an order is.
        examples:
          - where is my order
          - - track my parcel
            - can you tell me where i can track my parcel
            - i want to know if i can track my parcel
          - has it shipped
        """
        let intent = try IntentCatalog.parse(yaml: yaml, file: "order_status.yaml")
        #expect(intent.examples.map(\.text).count == 5)
        #expect(intent.examples.map(\.line) == [4, 5, 6, 7, 8])
        #expect(intent.examples.map(\.family) == [4, 5, 5, 5, 8])
        #expect(throws: CatalogError.self) {
            try IntentCatalog.parse(yaml: "name: a\ndescription: x\nexamples:\n  - - [nested, too, deep]\n", file: "a.yaml")
        }
    }

    @Test("family cross-validation never splits a family across folds; per-example does")
    func foldsKeepFamiliesTogether() throws {
        var examples: [IntentDefinition.Example] = []
        for family in 0..<6 {
            for member in 0..<4 { examples.append(.init(text: "f\(family) m\(member)", line: family * 10 + member, family: family * 10)) }
        }
        let catalog = IntentCatalog(intents: [IntentDefinition(name: "greet", examples: examples)])
        let byFamily = CrossValidation(folds: 3, grouping: .families).assignFolds(catalog)
        for family in 0..<6 {
            let folds = Set(byFamily.filter { $0.text.hasPrefix("f\(family) ") }.map(\.fold))
            #expect(folds.count == 1)
        }
        #expect(Set(byFamily.map(\.fold)) == [0, 1, 2])
        let byExample = CrossValidation(folds: 3, grouping: .examples).assignFolds(catalog)
        let split = (0..<6).filter { family in Set(byExample.filter { $0.text.hasPrefix("f\(family) ") }.map(\.fold)).count > 1 }
        #expect(!split.isEmpty)
    }

    @Test("blind-set lines are family<TAB>labels<TAB>text; malformed lines are reported by number")
    func blindParse() {
        let text = "# a comment\nF1\torder_status\twhere is my parcel\nF1\torder_status|refund_status\tany news on my order?\nF2\tout_of_scope\tbook me a taxi\nbroken line\nF3\t\tno label\n"
        let parsed = LabelledUtterance.parseFamilyTSV(text)
        #expect(parsed.utterances.count == 3)
        #expect(parsed.utterances[1].labels == ["order_status", "refund_status"])
        #expect(parsed.utterances[1].family == "F1")
        #expect(parsed.utterances[2].isOutOfScope)
        #expect(parsed.malformed == [5, 6])
    }

    @Test("a blind set is scored for in-scope accuracy, out-of-scope recall and false rejections")
    func blindScores() throws {
        let text = try String(contentsOf: Repository.testData.appendingPathComponent("blind-sample.tsv"), encoding: .utf8)
        let parsed = LabelledUtterance.parseFamilyTSV(text)
        #expect(parsed.malformed.isEmpty)
        let evaluation = IntentEvaluation(matcher: TestCatalog.matcher, utterances: parsed.utterances)
        #expect(evaluation.inScopeCount == 6 && evaluation.outOfScopeCount == 2)
        #expect(evaluation.inScopeAccuracy >= 0.5)
        #expect(evaluation.outOfScopeRecall >= 0.5)
        #expect(evaluation.falseRejectionRate <= 0.5)
    }

    @Test("the distilled word vectors decode, match their recorded hash, and place synonyms near")
    func wordVectors() throws {
        let data = try #require(Data(base64Encoded: WordVectorTable.base64, options: .ignoreUnknownCharacters))
        #expect(SHA256.hex(bytes: [UInt8](data)) == WordVectorTable.sha256, "run scripts/make_word_vectors.py")
        let table = try #require(WordVectors.builtIn)
        func vector(_ word: String) -> [Float] {
            var v = [Float](repeating: 0, count: table.dimensions)
            table.meanVector(of: [word], into: &v)
            return v
        }
        func cosine(_ a: String, _ b: String) -> Float { zip(vector(a), vector(b)).reduce(0) { $0 + $1.0 * $1.1 } }
        #expect(table.row(of: "reimbursement") != nil && table.row(of: "qwzxv") == nil)
        #expect(cosine("refund", "reimbursement") > cosine("refund", "weather"))
        #expect(cosine("parcel", "package") > cosine("parcel", "cancel"))
    }
}
