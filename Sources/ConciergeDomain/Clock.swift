import Foundation

/// The session's clock: the system time, or a pinned instant that only moves when told.
public struct Clock: Sendable {
    private var pinned: Date?
    private var offset: TimeInterval = 0

    /// The real time.
    public static let system = Clock(pinned: nil)

    /// A clock stopped at `date` (tests, transcripts, `--now`).
    public static func fixed(_ date: Date) -> Clock { Clock(pinned: date) }

    private init(pinned: Date?) { self.pinned = pinned }

    /// The current instant.
    public var now: Date { (pinned ?? Date()).addingTimeInterval(offset) }

    /// Moves the clock forward.
    public mutating func advance(by interval: TimeInterval) { offset += interval }
}
