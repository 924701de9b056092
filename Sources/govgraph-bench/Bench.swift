import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govgraph-bench",
        abstract: "Measure govgraph (build with -c release: swift run -c release govgraph-bench …).",
        subcommands: [
            AllBench.self, ExtractBench.self, StoreBench.self, GazetteerBench.self, CorpusCommand.self,
        ],
        defaultSubcommand: AllBench.self)
}

/// Load and compile times of the gazetteer.
struct GazetteerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Time reading, parsing and compiling the gazetteer (cold), and loading it from the cache (warm).",
        discussion: "Min, median and max over the runs. The cache is a temporary folder, removed afterwards.")

    @Option(help: "The gazetteer folder (default: found as govgraph finds it).")
    var gazetteer: String?

    @Option(help: "How many times to load it.")
    var runs: Int = 5

    @Flag(help: "Print the results as JSON.")
    var json = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let folder = try GazetteerLoader.locate(explicit: gazetteer)
        var read: [Double] = []
        var parse: [Double] = []
        var compile: [Double] = []
        var forms = 0
        var entries = 0
        var last: CompiledGazetteer?
        for _ in 0..<runs {
            let t0 = DispatchTime.now()
            let files = try GazetteerLoader.files(in: folder)
            let t1 = DispatchTime.now()
            let gazetteer = try Gazetteer(files: files)
            let t2 = DispatchTime.now()
            let compiled = CompiledGazetteer(gazetteer)
            let t3 = DispatchTime.now()
            read.append(seconds(t0, t1))
            parse.append(seconds(t1, t2))
            compile.append(seconds(t2, t3))
            forms = compiled.formCount
            last = compiled
            entries = gazetteer.entries.count
        }
        let total = zip(zip(read, parse), compile).map { $0.0 + $0.1 + $1 }
        let (write, warm) = try warmLoads(last!, folder: folder)
        // (label, JSON key, seconds); "total" is the cold load.
        let rows: [(String, String, [Double])] = [
            ("read", "read", read), ("parse", "parse", parse), ("compile", "compile", compile),
            ("cold", "total", total), ("write", "cache_write", write), ("warm", "warm", warm),
        ]
        if json {
            var object: [String: Any] = ["entries": entries, "surface_forms": forms, "runs": runs]
            for (_, key, values) in rows {
                object[key + "_seconds"] = ["min": values.min()!, "median": median(values), "max": values.max()!]
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("gazetteer \(folder.path): \(entries) entries, \(forms) surface forms, \(runs) runs")
        print("stage       min      median   max")
        for (name, _, values) in rows {
            print(name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + [values.min()!, median(values), values.max()!].map { format($0) }.joined(separator: " "))
        }
    }

    /// Writes the compiled gazetteer to a fresh cache folder once, then times `runs` loads from
    /// it (fingerprint, file read and decoding: what a govgraph run does when the cache is warm).
    private func warmLoads(_ compiled: CompiledGazetteer, folder: URL) throws -> (write: [Double], warm: [Double]) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("govgraph-bench-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = GazetteerCache(directory: directory)
        let t0 = DispatchTime.now()
        guard let fingerprint = GazetteerCache.fingerprint(of: folder),
            cache.write(compiled, folder: folder, fingerprint: fingerprint)
        else { throw BenchError("cannot write a gazetteer cache to \(directory.path)") }
        let write = seconds(t0, DispatchTime.now())
        var warm: [Double] = []
        for _ in 0..<runs {
            let t1 = DispatchTime.now()
            let fingerprint = GazetteerCache.fingerprint(of: folder) ?? ""
            let loaded = cache.read(folder: folder, fingerprint: fingerprint)
            warm.append(seconds(t1, DispatchTime.now()))
            // Checked after the clock stops, so that freeing the value is not timed.
            guard loaded?.formCount == compiled.formCount else {
                throw BenchError("the gazetteer cache in \(directory.path) does not read back")
            }
        }
        return ([write], warm)
    }

    private func seconds(_ a: DispatchTime, _ b: DispatchTime) -> Double {
        Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    private func format(_ seconds: Double) -> String {
        String(format: "%7.3fs ", seconds)
    }
}
