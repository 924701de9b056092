import Foundation

/// A monotonic clock reading.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the stopwatch was made.
    var seconds: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let watch = Stopwatch()
        let result = try body()
        return (result, watch.seconds)
    }
}

/// The distribution of one query's latencies.
struct Latency: Codable, Sendable {
    var count: Int
    var p50Ms: Double
    var p99Ms: Double
    var meanMs: Double
    var maxMs: Double

    init(seconds: [Double]) {
        let sorted = seconds.sorted()
        count = sorted.count
        p50Ms = Self.percentile(sorted, 0.50) * 1000
        p99Ms = Self.percentile(sorted, 0.99) * 1000
        meanMs = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count) * 1000
        maxMs = (sorted.last ?? 0) * 1000
    }

    /// The nearest-rank percentile of sorted values (0 when there are none).
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}

/// The peak resident memory of this process.
enum PeakMemory {
    /// Restarts the peak at the current resident size, where the system allows it (Linux:
    /// `/proc/self/clear_refs`); returns whether it did.
    @discardableResult
    static func reset() -> Bool {
        #if os(Linux)
            guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
            defer { try? handle.close() }
            return (try? handle.write(contentsOf: Data("5".utf8))) != nil
        #else
            return false
        #endif
    }

    /// The peak resident set in bytes since the start or the last ``reset()``: `VmHWM` of
    /// `/proc/self/status` on Linux, else `ru_maxrss` of `getrusage`.
    static func bytes() -> Int {
        #if os(Linux)
            if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
            {
                return kilobytes * 1024
            }
        #endif
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss)  // bytes on macOS
        #endif
    }

    static var megabytes: Double { Double(bytes()) / 1e6 }
}

/// Runs `body(index)` for every index in `0..<count` on `threads` threads; each thread takes the
/// next index when it is done with one, so uneven items balance out.
func parallelFor(_ count: Int, threads: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let next = IndexCounter()
    let group = DispatchGroup()
    for _ in 0..<max(1, min(threads, count)) {
        group.enter()
        let thread = Thread {
            while let index = next.take(below: count) { body(index) }
            group.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
    group.wait()
}

/// A shared counter handing out indices.
private final class IndexCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < count else { return nil }
        value += 1
        return value - 1
    }
}

/// Values written by several threads, each to its own index.
final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [T]

    init(repeating value: T, count: Int) {
        values = Array(repeating: value, count: count)
    }

    subscript(index: Int) -> T {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }

    var all: [T] { lock.withLock { values } }
}

/// A benchmark error, printed as one line.
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
