import Foundation
import GovGraphExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of compiled gazetteers, so that a run reads the compiled form in a few tens of
/// milliseconds instead of parsing and compiling the gazetteer folder.
///
/// There is one file per gazetteer folder, named after a hash of the folder's absolute path. It
/// records a fingerprint of its inputs: the name, size and modification time of every gazetteer
/// file, the format version, and the size and modification time of the running executable (a
/// rebuilt govgraph may compile differently). A file whose fingerprint differs, or that is cut
/// short or damaged, is ignored and rewritten. Files are written to a temporary name and renamed,
/// so a concurrent run sees either the old file or the new one, never half of one. The cache
/// never makes a run fail: when it cannot be read or written, the gazetteer is compiled as
/// without it.
///
/// ```swift
/// let cache = GazetteerCache.standard()  // nil when GOVGRAPH_NO_CACHE=1
/// let compiled = try GazetteerLoader.load(folder: folder, cache: cache)
/// ```
public struct GazetteerCache: Sendable {
    /// The folder the compiled gazetteers are kept in.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// `$XDG_CACHE_HOME/govgraph`, else `~/.cache/govgraph`; nil when `GOVGRAPH_NO_CACHE` is set
    /// (to anything but `0`) or there is no home folder.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> GazetteerCache? {
        if let disabled = environment["GOVGRAPH_NO_CACHE"], !disabled.isEmpty, disabled != "0" { return nil }
        // The XDG spec says to ignore a relative path.
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return GazetteerCache(directory: URL(fileURLWithPath: xdg).appendingPathComponent("govgraph"))
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        guard home.hasPrefix("/") else { return nil }
        return GazetteerCache(
            directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/govgraph"))
    }

    /// The cache file of a gazetteer folder: `gazetteer-<hash of its absolute path>.bin`.
    public func file(for folder: URL) -> URL {
        let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
        // FNV-1a: stable across runs, unlike `hashValue`.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        let name = "gazetteer-" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin"
        return directory.appendingPathComponent(name)
    }

    /// What the compiled form of `folder` depends on, as text; nil when a file cannot be listed
    /// or examined (then nothing is cached).
    ///
    /// Computed before the files are read, so that a file changed while it is read leaves a
    /// fingerprint the next run rejects.
    public static func fingerprint(of folder: URL) -> String? {
        guard let names = try? GazetteerLoader.fileNames(in: folder) else { return nil }
        var lines = ["govgraph gazetteer cache, format \(CompiledGazetteer.serializationVersion)"]
        if let executable = Bundle.main.executableURL, let stamp = stamp(of: executable) {
            lines.append("executable\t" + stamp)
        }
        for name in names.sorted() where GazetteerLoader.isGazetteerFile(name) {
            guard let stamp = stamp(of: folder.appendingPathComponent(name)) else { return nil }
            lines.append(name + "\t" + stamp)
        }
        return lines.joined(separator: "\n")
    }

    /// `size <TAB> modification time` of the file a path leads to, following symbolic links.
    private static func stamp(of url: URL) -> String? {
        let path = url.resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return "\(size.int64Value)\t\(modified.timeIntervalSince1970)"
    }

    /// The compiled gazetteer stored for `folder`, when there is one made from inputs with this
    /// fingerprint and it reads back whole.
    public func read(folder: URL, fingerprint: String) -> CompiledGazetteer? {
        // Read, not mapped: a file cut short by someone else while mapped would crash the reader.
        guard let data = try? Data(contentsOf: file(for: folder)) else { return nil }
        return try? data.withUnsafeBytes { raw in
            try CompiledGazetteer(serialized: raw, fingerprint: fingerprint)
        }
    }

    /// Stores the compiled form of `folder`, replacing the old one in one step (a temporary file
    /// renamed over it).
    ///
    /// - Returns: whether the file was written; failures are otherwise silent.
    @discardableResult
    public func write(_ compiled: CompiledGazetteer, folder: URL, fingerprint: String) -> Bool {
        let target = file(for: folder)
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(compiled.serialized(fingerprint: fingerprint)).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        guard rename(temporary.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        return true
    }
}
