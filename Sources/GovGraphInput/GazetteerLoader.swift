import Foundation
import GovGraphExtraction

/// Finds, reads and compiles the gazetteer folder.
public enum GazetteerLoader {
    /// The folder to use: `explicit` (`--gazetteer`), then `$GOVGRAPH_GAZETTEER`, then
    /// `./gazetteer`, then a `gazetteer` folder above the executable (the checkout it was built in,
    /// as with `swift run`).
    public static func locate(explicit: String?) throws(InputError) -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isGazetteer(url) else { throw .notAGazetteer(explicit, origin: "") }
            return url
        }
        if let env = ProcessInfo.processInfo.environment["GOVGRAPH_GAZETTEER"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            guard isGazetteer(url) else { throw .notAGazetteer(env, origin: " (from GOVGRAPH_GAZETTEER)") }
            return url
        }
        let local = URL(fileURLWithPath: "gazetteer")
        if isGazetteer(local) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folder = executable.deletingLastPathComponent()
        }
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("gazetteer")
            if isGazetteer(candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw .noGazetteer
    }

    static func isGazetteer(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("roles.tsv").path)
    }

    /// The `.tsv` files, `abbreviations.txt` and `surnames.txt` of the folder and the rule files
    /// of its `rules` folder (named `rules/NAME.rules`), read as UTF-8.
    public static func files(in folder: URL) throws(InputError) -> [GazetteerFile] {
        let names: [String]
        do {
            names = try fileNames(in: folder)
        } catch {
            throw .unreadableFolder(folder.path)
        }
        var files: [GazetteerFile] = []
        for name in names.sorted() where isGazetteerFile(name) {
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
            files.append(GazetteerFile(name: name, contents: try InputReader.decode(data, path: path)))
        }
        return files
    }

    /// Whether a file of the folder is read: the `.tsv` files, `abbreviations.txt`,
    /// `surnames.txt` and the rule files `rules/*.rules`.
    static func isGazetteerFile(_ name: String) -> Bool {
        name.hasSuffix(".tsv") || name == "abbreviations.txt" || name == "surnames.txt"
            || (name.hasPrefix("rules/") && name.hasSuffix(".rules"))
    }

    /// The names of the folder's files and of those in its `rules` folder (as `rules/NAME`).
    static func fileNames(in folder: URL) throws -> [String] {
        var names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let rules = folder.appendingPathComponent("rules")
        if let ruleNames = try? FileManager.default.contentsOfDirectory(atPath: rules.path) {
            names += ruleNames.map { "rules/" + $0 }
        }
        return names
    }

    /// The folder's compiled gazetteer: from `cache` when it holds one made from the folder's
    /// current files, else read and compiled (and then stored in `cache`).
    ///
    /// - Parameter cache: where compiled gazetteers are kept; by default the user's cache folder
    ///   (see ``GazetteerCache/standard(environment:)``), nil to always compile.
    public static func load(
        folder: URL, cache: GazetteerCache? = GazetteerCache.standard()
    ) throws(InputError) -> CompiledGazetteer {
        let fingerprint = cache == nil ? nil : GazetteerCache.fingerprint(of: folder)
        if let cache, let fingerprint, let cached = cache.read(folder: folder, fingerprint: fingerprint) {
            return cached
        }
        let files = try files(in: folder)
        let compiled: CompiledGazetteer
        do throws(GazetteerError) {
            compiled = CompiledGazetteer(try Gazetteer(files: files))
        } catch {
            throw .gazetteer(folder: folder.path, error)
        }
        if let cache, let fingerprint { cache.write(compiled, folder: folder, fingerprint: fingerprint) }
        return compiled
    }
}
