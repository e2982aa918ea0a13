import Foundation

/// Where Concierge keeps its files on this machine (XDG base directories).
enum DataPaths {
    /// `$XDG_DATA_HOME/concierge/concierge.sqlite`, else `~/.local/share/concierge/concierge.sqlite`.
    static var embeddedDatabase: URL {
        base("XDG_DATA_HOME", fallback: ".local/share").appendingPathComponent("concierge.sqlite")
    }

    /// `$XDG_STATE_HOME/concierge/history`, else `~/.local/state/concierge/history`.
    static var history: URL {
        base("XDG_STATE_HOME", fallback: ".local/state").appendingPathComponent("history")
    }

    /// `$XDG_CACHE_HOME/concierge`, else `~/.cache/concierge`: trained intent models for catalogs
    /// other than the built-in one (safe to delete).
    static var modelCache: URL {
        base("XDG_CACHE_HOME", fallback: ".cache")
    }

    private static func base(_ variable: String, fallback: String) -> URL {
        let environment = ProcessInfo.processInfo.environment
        // The XDG spec says relative values are invalid and must be ignored.
        let root: URL = if let value = environment[variable], value.hasPrefix("/") {
            URL(fileURLWithPath: value, isDirectory: true)
        } else {
            home.appendingPathComponent(fallback, isDirectory: true)
        }
        return root.appendingPathComponent("concierge", isDirectory: true)
    }

    /// `$HOME` (what `~` means to the user), else the account's home directory.
    private static var home: URL {
        if let value = ProcessInfo.processInfo.environment["HOME"], value.hasPrefix("/") {
            return URL(fileURLWithPath: value, isDirectory: true)
        }
        return FileManager.default.homeDirectoryForCurrentUser
    }

    /// Creates the folder that will hold `file` (and its parents), private to the user.
    static func createFolder(for file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
