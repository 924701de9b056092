import Foundation

/// A small, fast, seeded pseudo-random generator (SplitMix64), so that the generated corpus and
/// the synthetic graph are the same for the same seed on every machine and Swift version.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let die = random.int(below: 6) + 1
/// ```
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one numbered part (a page, a document) of a seeded whole: parts can be
    /// generated in any order, on any thread, with the same result.
    init(seed: UInt64, part: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: part) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0).
    mutating func int(below bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// A uniform number in `0..<1`.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// A uniformly chosen element (`items` must not be empty).
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(below: items.count)]
    }

    /// An index in `0..<count` skewed towards the front: front items (large towns, busy bodies,
    /// prominent people) come up far more often than the tail, as in real news.
    mutating func skewedIndex(below count: Int, skew: Double = 3) -> Int {
        min(count - 1, Int(Double(count) * pow(unit(), skew)))
    }
}
