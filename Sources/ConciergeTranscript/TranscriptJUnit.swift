import Foundation
import ConciergeDomain

/// Replay results as JUnit XML, the format CI systems (GitHub Actions, GitLab, Jenkins) show as test reports:
/// one `<testcase>` per transcript; a reply or assertion that did not hold is a `<failure>`, a transcript that
/// could not run (malformed file, missing fixture) an `<error>`.
public enum TranscriptJUnit {
    /// The XML document for `results`, run as the suite `suite`.
    public static func document(_ results: [TranscriptResult], suite: String = "transcripts", timestamp: Date = Date()) -> String {
        let failures = results.filter { !$0.passed && !isError($0) }.count
        let errors = results.filter(isError).count
        let time = seconds(results.reduce(0) { $0 + $1.duration })
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="\#(escape(suite))" tests="\#(results.count)" failures="\#(failures)" errors="\#(errors)" time="\#(time)">"#,
            #"  <testsuite name="\#(escape(suite))" tests="\#(results.count)" failures="\#(failures)" errors="\#(errors)" skipped="0" time="\#(time)" timestamp="\#(DateText.iso8601(timestamp))">"#,
        ]
        for result in results {
            let open = #"    <testcase classname="\#(escape(className(result.name)))" name="\#(escape(result.name))" time="\#(seconds(result.duration))""#
            guard !result.passed else {
                lines.append(open + "/>")
                continue
            }
            let element = isError(result) ? "error" : "failure"
            let first = result.failures.first.map { $0.reportLines.first ?? "" } ?? ""
            let type = result.failures.first.map(kindName) ?? "failure"
            lines.append(open + ">")
            lines.append(#"      <\#(element) message="\#(escape(first))" type="\#(type)">\#(escape(result.report))</\#(element)>"#)
            lines.append("    </testcase>")
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A transcript that could not run at all (only `.error` failures) is an error, not a failed test.
    static func isError(_ result: TranscriptResult) -> Bool {
        !result.failures.isEmpty && result.failures.allSatisfy { if case .error = $0.kind { true } else { false } }
    }

    /// "cancel/paid.transcript" → "transcripts.cancel": CI tools group test cases by class name.
    static func className(_ name: String) -> String {
        let folder = (name as NSString).deletingLastPathComponent
        let parts = folder.split(separator: "/").filter { $0 != "." && $0 != ".." && $0 != "transcripts" }
        return (["transcripts"] + parts.map(String.init)).joined(separator: ".")
    }

    private static func kindName(_ failure: TranscriptFailure) -> String {
        switch failure.kind {
        case .reply: "reply"
        case .looseReply: "loose_reply"
        case .assertion: "assertion"
        case .error: "error"
        }
    }

    private static func seconds(_ interval: TimeInterval) -> String { String(format: "%.3f", interval) }

    /// Escapes XML's special characters and writes characters XML 1.0 can't hold (ESC and other controls,
    /// which transcripts test on purpose) as `\u{1B}`, so the document is always well-formed.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    output += "\\u{\(String(value, radix: 16, uppercase: true))}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
