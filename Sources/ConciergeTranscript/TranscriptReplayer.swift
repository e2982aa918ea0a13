import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// Runs transcripts against fresh in-memory stores with a fixed clock, so every replay is the same.
public final class TranscriptReplayer {
    public let understander: Understander
    /// Fixtures already read in this run.
    private let fixtures = FixtureCache()

    /// `understander` is loaded once and shared: training costs tens of milliseconds.
    public init(understander: Understander) {
        self.understander = understander
    }

    /// Reads and replays a file; a file that can't be read is a failed result, with every problem in it.
    public func replay(fileAt url: URL, name: String) -> TranscriptResult {
        let started = Date()
        do {
            return replay(try TranscriptParser().parse(contentsOf: url, name: name))
        } catch {
            let failures = (error as? TranscriptError)?.all.map { Self.failure($0) } ?? [Self.failure(error)]
            return TranscriptResult(name: name, failures: failures, actualReplies: [], reached: TranscriptReach(),
                                    duration: Date().timeIntervalSince(started))
        }
    }

    /// Replays a parsed transcript: each buyer line goes to a session; replies and assertions are compared.
    public func replay(_ transcript: Transcript) -> TranscriptResult {
        let started = Date()
        var result = TranscriptResult(name: transcript.name, failures: [], actualReplies: [], reached: TranscriptReach(), duration: 0)
        run(transcript, into: &result)
        result.duration = Date().timeIntervalSince(started)
        return result
    }

    /// Over 60 lines on purpose: one pass over the lines in file order, with the open turn as local state that
    /// `closeTurn` and every line kind share; split up, that state would have to travel through each piece.
    private func run(_ transcript: Transcript, into result: inout TranscriptResult) {
        let store: OrderStore
        let opened: TranscriptSession
        do {
            opened = try TranscriptSession.start(transcript.header, directory: transcript.directory, understander: understander, fixtures: fixtures)
            store = opened.store
        } catch {
            result.failures.append(Self.failure(error))
            return
        }

        var turn: (number: Int, line: Int, text: String, expected: [String], loose: [(pattern: ReplyPattern, line: Int)], actual: [String])?
        var ended = false
        func closeTurn() {
            guard let open = turn else { return }
            turn = nil
            let expected = open.expected.map(Self.trimmingTrailingSpaces)
            let actual = open.actual.map(Self.trimmingTrailingSpaces)
            // A turn with loose lines only is checked by them; otherwise its `<` lines are compared exactly.
            if expected != actual && !(expected.isEmpty && (!open.loose.isEmpty || transcript.header.looseReplies)) {
                result.failures.append(TranscriptFailure(line: open.line, kind: .reply(turn: open.number, buyerLine: open.text, expected: expected, actual: actual)))
            }
            for check in open.loose where !check.pattern.holds(for: actual) {
                result.failures.append(TranscriptFailure(line: check.line, kind: .looseReply(turn: open.number, buyerLine: open.text,
                                                                                           pattern: check.pattern.source, actual: actual)))
            }
        }

        for line in transcript.lines {
            switch line.kind {
            case .comment, .header:
                continue
            case .buyer(let text):
                closeTurn()
                let number = result.actualReplies.count + 1
                if ended {
                    result.failures.append(TranscriptFailure(line: line.number, kind: .error("turn \(number): the session already ended (/quit)")))
                    result.actualReplies.append([])
                    continue
                }
                let reply = opened.respond(to: text)
                let session = opened.current
                ended = reply.endsSession
                let actual = reply.lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
                result.actualReplies.append(actual)
                result.reached.add(session.lastTrace)
                turn = (number, line.number, text, [], [], actual)
            case .expected(let text):
                turn?.expected.append(text)
            case .loose(let pattern):
                turn?.loose.append((pattern, line.number))
            case .clock(let interval):
                closeTurn()
                opened.advanceClock(by: interval)
                do { _ = try store.applyTimers(at: opened.current.now) } catch {
                    result.failures.append(TranscriptFailure(line: line.number, kind: .error("the platform timers failed: \(error)")))
                }
            case .assertion(let assertion):
                let context = AssertionContext(store: store, trace: opened.current.lastTrace)
                if let actual = context.check(assertion) {
                    let text = line.source.trimmingCharacters(in: .whitespaces)
                    result.failures.append(TranscriptFailure(line: line.number, kind: .assertion(turn: result.actualReplies.count, text: text, actual: actual)))
                }
            }
        }
        closeTurn()
        result.failures.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    private static func failure(_ error: Error) -> TranscriptFailure {
        if let error = error as? TranscriptError {
            return TranscriptFailure(line: error.line, kind: .error(error.line == nil ? error.problem : "\(error.problem)"))
        }
        return TranscriptFailure(line: nil, kind: .error("\(error)"))
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
