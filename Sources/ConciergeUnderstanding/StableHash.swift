import ConciergeDomain
/// FNV-1a 64-bit hashing: stable across runs and platforms (unlike `Hasher`), so
/// feature indices and cache keys mean the same thing every time.
struct StableHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var value: UInt64

    init(seed: UInt64 = StableHash.offsetBasis) {
        value = seed
    }

    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* StableHash.prime
    }

    mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { combine(byte) }
    }

    mutating func combine(_ string: String) {
        combine(bytes: string.utf8)
        combine(0xff)  // separator: "ab"+"c" differs from "a"+"bc"
    }

    /// Final avalanche (splitmix64 finaliser) so low bits are well mixed.
    var finalized: UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    static func of(_ string: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(string)
        return hash.finalized
    }
}
