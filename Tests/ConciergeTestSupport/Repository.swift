import Foundation

/// Paths inside this repository, found from this file's place in it.
package enum Repository {
    /// The repository's root folder.
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The intent catalog.
    package static let intents = root.appendingPathComponent("intents", isDirectory: true)
    /// The transcripts replayed by the tests.
    package static let transcripts = root.appendingPathComponent("transcripts", isDirectory: true)
    /// Test data files (`Tests/Data`).
    package static let testData = root.appendingPathComponent("Tests/Data", isDirectory: true)
}
