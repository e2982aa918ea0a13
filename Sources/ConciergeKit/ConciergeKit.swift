// ConciergeKit: the whole library for users of the package, one import for all of its parts.
@_exported import ConciergeDomain
@_exported import ConciergeUnderstanding
@_exported import ConciergeDialogs
@_exported import ConciergeStore
@_exported import ConciergeSession
@_exported import ConciergeTranscript
