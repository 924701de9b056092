import Foundation
import GovGraphExtraction

/// Finds and reads the gazetteer folder.
enum GazetteerLocator {
    /// The folder to use: `--gazetteer`, then `$GOVGRAPH_GAZETTEER`, then `./gazetteer`, then a
    /// `gazetteer` folder above the executable (the checkout it was built in, as with `swift run`).
    static func locate(explicit: String?) throws -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isGazetteer(url) else {
                throw CLIError("\(explicit): not a gazetteer folder (expected roles.tsv and entity files such as states.tsv)")
            }
            return url
        }
        if let env = ProcessInfo.processInfo.environment["GOVGRAPH_GAZETTEER"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            guard isGazetteer(url) else {
                throw CLIError("\(env) (from GOVGRAPH_GAZETTEER): not a gazetteer folder")
            }
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
        throw CLIError("no gazetteer folder found (looked in ./gazetteer and above the executable); pass --gazetteer DIR")
    }

    static func isGazetteer(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("roles.tsv").path)
    }

    /// Reads every `.tsv` file and `abbreviations.txt` of the folder and compiles them.
    static func load(folder: URL) throws -> CompiledGazetteer {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".tsv") || $0 == "abbreviations.txt"
        }
        var files: [GazetteerFile] = []
        for name in names.sorted() {
            let path = folder.appendingPathComponent(name).path
            let text = try InputReader.decode(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
            files.append(GazetteerFile(name: name, contents: text))
        }
        do {
            return CompiledGazetteer(try Gazetteer(files: files))
        } catch {
            // Name the file with its folder, so that the user can open it.
            throw CLIError(folder.path + "/" + error.description)
        }
    }
}
