import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

extension TranscriptFiles {
    /// The repository's transcripts/ folder, found from this file's path.
    static let folder = Repository.transcripts

    /// Every transcript, by name relative to transcripts/, one test case each.
    static let all: [String] = ((try? find([folder.path])) ?? []).map { String($0.url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)) }
}

/// Replays every file in transcripts/ as its own test case, so a failure names its file.
/// Set CONCIERGE_UPDATE_TRANSCRIPTS=1 to re-record expected replies; re-recorded cases fail so nobody blesses by accident.
@Suite struct TranscriptFolderTests {
    @Test func theFolderHoldsEnoughTranscripts() {
        #expect(TranscriptFiles.all.count >= 40)
    }

    @Test(arguments: TranscriptFiles.all)
    func replays(_ name: String) throws {
        let url = TranscriptFiles.folder.appendingPathComponent(name)
        let result = TranscriptReplayer(understander: sharedUnderstander).replay(fileAt: url, name: name)
        if ProcessInfo.processInfo.environment["CONCIERGE_UPDATE_TRANSCRIPTS"] == "1", !result.passed {
            let transcript = try TranscriptParser().parse(contentsOf: url, name: name)
            try transcript.updatingExpectedLines(with: result.actualReplies).write(to: url, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(name): review the diff and run again without CONCIERGE_UPDATE_TRANSCRIPTS\n\(result.report)")
            return
        }
        #expect(result.passed, "\(result.report)")
    }
}
