import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore
import ConciergeSession

/// Finds transcript files: `*.transcript` under folders, sorted, so runs list them in the same order.
public enum TranscriptFiles {
    /// The extension of transcript files.
    public static let pathExtension = "transcript"

    /// Every transcript at `paths` (files are taken as given; folders are searched recursively).
    /// Names are paths as given, or relative to the folder given.
    public static func find(_ paths: [String]) throws -> [(name: String, url: URL)] {
        let fileManager = FileManager.default
        var found: [(name: String, url: URL)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TranscriptError(file: path, line: nil, problem: "no such file or folder")
            }
            let url = URL(fileURLWithPath: path)
            guard isDirectory.boolValue else {
                found.append((path, url))
                continue
            }
            let base = url.standardizedFileURL.path
            var inFolder: [(name: String, url: URL)] = []
            let enumerator = fileManager.enumerator(at: url, includingPropertiesForKeys: nil)
            while let next = enumerator?.nextObject() as? URL {
                guard next.pathExtension == pathExtension else { continue }
                let full = next.standardizedFileURL.path
                let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
                let prefix = path.hasSuffix("/") ? path : path + "/"
                inFolder.append((prefix == "./" ? relative : prefix + relative, next))
            }
            found += inFolder.sorted { $0.name < $1.name }
        }
        return found
    }
}
