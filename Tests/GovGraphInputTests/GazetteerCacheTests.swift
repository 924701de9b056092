import Foundation
import GovGraphExtraction
import Testing

@testable import GovGraphInput

struct GazetteerCacheTests {
    static let roles = "Präsident\tPräsidentin\t\tsuffix\torganization\n"
    static let saxony = "state:14\tSachsen\tFreistaat Sachsen\n"
    static let brandenburg = "state:12\tBrandenburg\tLand Brandenburg\n"

    /// A gazetteer folder with roles.tsv and states.tsv, and an empty cache folder.
    static func setUp(states: String = saxony) throws -> (folder: URL, cache: GazetteerCache) {
        let folder = try GazetteerLoaderTests.folder(["roles.tsv": roles, "states.tsv": states])
        return (folder, GazetteerCache(directory: try Fixtures.temporaryFolder().appendingPathComponent("govgraph")))
    }

    static func names(_ compiled: CompiledGazetteer) -> [String] { compiled.gazetteer.entries.map(\.name) }

    /// Stores `other`'s compiled gazetteer as if it were `folder`'s: a load that returns it came
    /// from the cache.
    static func plant(_ other: URL, as folder: URL, in cache: GazetteerCache) throws {
        let fingerprint = try #require(GazetteerCache.fingerprint(of: folder))
        let compiled = try GazetteerLoader.load(folder: other, cache: nil)
        #expect(cache.write(compiled, folder: folder, fingerprint: fingerprint))
    }

    @Test("The folder comes from XDG_CACHE_HOME, else HOME; GOVGRAPH_NO_CACHE turns the cache off", arguments: [
        (["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/ada"], "/x/cache/govgraph"),
        (["XDG_CACHE_HOME": "relative/cache", "HOME": "/home/ada"], "/home/ada/.cache/govgraph"),
        (["HOME": "/home/ada"], "/home/ada/.cache/govgraph"),
        (["HOME": "/home/ada", "GOVGRAPH_NO_CACHE": "0"], "/home/ada/.cache/govgraph"),
        (["HOME": "/home/ada", "GOVGRAPH_NO_CACHE": "1"], nil),
        (["XDG_CACHE_HOME": "/x/cache", "GOVGRAPH_NO_CACHE": "yes"], nil),
    ] as [([String: String], String?)])
    func standard(environment: [String: String], expected: String?) {
        let directory: String? = GazetteerCache.standard(environment: environment)?.directory.path
        #expect(directory == expected)
    }

    @Test("One file per folder, named after its absolute path")
    func fileName() throws {
        let cache = GazetteerCache(directory: URL(fileURLWithPath: "/c"))
        let a = cache.file(for: URL(fileURLWithPath: "/data/gazetteer"))
        let b = cache.file(for: URL(fileURLWithPath: "/data/other/../gazetteer"))
        let c = cache.file(for: URL(fileURLWithPath: "/data/gazetteer2"))
        #expect(a == b)
        #expect(a != c)
        #expect(a.deletingLastPathComponent().path == "/c")
        #expect(a.lastPathComponent.hasPrefix("gazetteer-") && a.lastPathComponent.hasSuffix(".bin"))
    }

    @Test("The first load writes the cache, the next one reads it")
    func writesThenReads() throws {
        let (folder, cache) = try Self.setUp()
        #expect(Self.names(try GazetteerLoader.load(folder: folder, cache: cache)) == ["Sachsen"])
        let fingerprint = try #require(GazetteerCache.fingerprint(of: folder))
        let cached = try #require(cache.read(folder: folder, fingerprint: fingerprint))
        #expect(Self.names(cached) == ["Sachsen"])
        // No temporary file is left behind.
        let left: [String] = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path)
        #expect(left == [cache.file(for: folder).lastPathComponent])

        let (other, _) = try Self.setUp(states: Self.brandenburg)
        try Self.plant(other, as: folder, in: cache)
        #expect(Self.names(try GazetteerLoader.load(folder: folder, cache: cache)) == ["Brandenburg"])
    }

    @Test("A changed, added or removed gazetteer file makes the cache stale", arguments: 0..<4)
    func invalidation(change: Int) throws {
        let (folder, cache) = try Self.setUp()
        let (other, _) = try Self.setUp(states: Self.brandenburg)
        try Self.plant(other, as: folder, in: cache)
        let states = folder.appendingPathComponent("states.tsv")
        switch change {
        case 0:
            // Other contents, other size.
            try Data((Self.saxony + "state:15\tSachsen-Anhalt\n").utf8).write(to: states)
        case 1:
            // Same size, another modification time.
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: states.path)
        case 2:
            try Data("state:15\tSachsen-Anhalt\n".utf8).write(to: folder.appendingPathComponent("more-states.tsv"))
        default:
            try Data("Dr.\n".utf8).write(to: folder.appendingPathComponent("abbreviations.txt"))
        }
        let loaded = try GazetteerLoader.load(folder: folder, cache: cache)
        #expect(Self.names(loaded).contains("Sachsen"))
        // and the cache now holds the new compilation
        let fingerprint = try #require(GazetteerCache.fingerprint(of: folder))
        let cached = try #require(cache.read(folder: folder, fingerprint: fingerprint))
        #expect(Self.names(cached) == Self.names(loaded))
    }

    @Test("A file that is not a gazetteer file does not make the cache stale")
    func unrelatedFile() throws {
        let (folder, _) = try Self.setUp()
        let before = GazetteerCache.fingerprint(of: folder)
        try Data("notes".utf8).write(to: folder.appendingPathComponent("README.md"))
        #expect(GazetteerCache.fingerprint(of: folder) == before)
        #expect(before != nil)
    }

    @Test("A damaged, cut, foreign or empty cache file is ignored and rewritten", arguments: 0..<5)
    func damagedFile(damage: Int) throws {
        let (folder, cache) = try Self.setUp()
        _ = try GazetteerLoader.load(folder: folder, cache: cache)
        let file = cache.file(for: folder)
        var bytes = [UInt8](try Data(contentsOf: file))
        switch damage {
        case 0: bytes[bytes.count / 2] ^= 0xFF
        case 1: bytes.removeLast(bytes.count / 3)
        case 2: bytes.replaceSubrange(8..<12, with: [99, 0, 0, 0])  // another format version
        case 3: bytes = Array("not a cache".utf8)
        default: bytes = []
        }
        try Data(bytes).write(to: file)
        let fingerprint = try #require(GazetteerCache.fingerprint(of: folder))
        #expect(cache.read(folder: folder, fingerprint: fingerprint) == nil)

        #expect(Self.names(try GazetteerLoader.load(folder: folder, cache: cache)) == ["Sachsen"])
        let rewritten = try #require(cache.read(folder: folder, fingerprint: fingerprint))
        #expect(Self.names(rewritten) == ["Sachsen"])
    }

    @Test("A cache folder that cannot be written does not stop the load")
    func unwritable() throws {
        let (folder, _) = try Self.setUp()
        let blocker = try Fixtures.temporaryFolder().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let cache = GazetteerCache(directory: blocker.appendingPathComponent("govgraph"))
        #expect(Self.names(try GazetteerLoader.load(folder: folder, cache: cache)) == ["Sachsen"])
        let fingerprint = try #require(GazetteerCache.fingerprint(of: folder))
        #expect(!cache.write(try GazetteerLoader.load(folder: folder, cache: nil), folder: folder, fingerprint: fingerprint))
    }

    @Test("Without a cache nothing is written, and a gazetteer error is reported as before")
    func noCache() throws {
        let (folder, cache) = try Self.setUp()
        #expect(Self.names(try GazetteerLoader.load(folder: folder, cache: nil)) == ["Sachsen"])
        #expect(!FileManager.default.fileExists(atPath: cache.directory.path))

        try Data("state:14\tSachsen\nSachsen-Anhalt\n".utf8).write(to: folder.appendingPathComponent("states.tsv"))
        #expect(throws: InputError.self) { try GazetteerLoader.load(folder: folder, cache: cache) }
    }

    @Test("Loads running at the same time all get the whole gazetteer")
    func concurrentLoads() async throws {
        let (folder, cache) = try Self.setUp()
        let names = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { Self.names(try GazetteerLoader.load(folder: folder, cache: cache)) }
            }
            return try await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(names == Array(repeating: ["Sachsen"], count: 8))
        let fingerprint = try #require(GazetteerCache.fingerprint(of: folder))
        #expect(cache.read(folder: folder, fingerprint: fingerprint) != nil)
    }
}
