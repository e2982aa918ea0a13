import Foundation

/// A value worked out on a thread of its own while the caller goes on, waited for where it is needed.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work to end (once; later calls return at once) and returns its value or throws its error.
    func value() throws -> Value {
        done.wait()
        done.signal()
        guard let result else { preconditionFailure("the background work signalled before keeping its result") }
        return try result.get()
    }
}
