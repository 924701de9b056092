import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput

/// Where the benchmark's text comes from: a generated corpus or text files and folders.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Text files or folders (.txt, recursively) to use as the corpus instead of a generated one.")
    var paths: [String] = []

    @Option(help: "Generate a corpus of this size (e.g. 20MB, 1GB; 1 MB = 10^6 bytes). The default when no path is given.")
    var generate: ByteSize?

    @Option(help: "The seed of the generated corpus.")
    var seed: UInt64 = 1

    func validate() throws {
        if generate != nil, !paths.isEmpty {
            throw ValidationError("give either --generate SIZE or paths, not both")
        }
    }

    /// The size generated when neither a size nor a path is given.
    static let defaultSize = ByteSize(bytes: 20_000_000)

    /// The corpus: generated pages in memory, or the files to read (each read when extracted,
    /// so a large folder is never held whole).
    func corpus(gazetteer: Gazetteer) throws -> Corpus {
        if paths.isEmpty {
            let size = generate ?? Self.defaultSize
            let generator = try CorpusGenerator(gazetteer: gazetteer, seed: seed)
            let (pages, seconds) = Stopwatch.time { generator.pages(totalBytes: size.bytes) }
            return Corpus(
                description: "generated \(size), seed \(seed)", units: pages.map(Corpus.Unit.text),
                bytes: pages.reduce(0) { $0 + $1.utf8.count }, generatedSeconds: seconds, seed: seed)
        }
        let files = try InputReader.expand(paths)
        guard !files.isEmpty else { throw BenchError("no .txt files in \(paths.joined(separator: ", "))") }
        var bytes = 0
        for file in files {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue
            bytes += size ?? 0
        }
        return Corpus(
            description: paths.joined(separator: " "), units: files.map(Corpus.Unit.file), bytes: bytes,
            generatedSeconds: nil, seed: nil)
    }
}

/// The texts a benchmark extracts: each unit is one call of the extractor, as one input file
/// is for `govgraph extract`.
struct Corpus: Sendable {
    enum Unit: Sendable {
        /// A generated page.
        case text(String)
        /// A file, read when it is extracted.
        case file(String)
    }

    var description: String
    var units: [Unit]
    /// UTF-8 bytes of all units.
    var bytes: Int
    var generatedSeconds: Double?
    var seed: UInt64?
}

/// The gazetteer folder option.
struct GazetteerOption: ParsableArguments {
    @Option(help: "The gazetteer folder (default: found as govgraph finds it).")
    var gazetteer: String?

    /// Reads and parses the gazetteer, without compiling it for matching.
    func parse() throws -> Gazetteer {
        let folder = try GazetteerLoader.locate(explicit: gazetteer)
        return try Gazetteer(files: GazetteerLoader.files(in: folder))
    }

    /// Reads, parses and compiles the gazetteer once, timing each step.
    func load() throws -> (CompiledGazetteer, GazetteerTiming) {
        let folder = try GazetteerLoader.locate(explicit: gazetteer)
        let (files, read) = try Stopwatch.time { try GazetteerLoader.files(in: folder) }
        let (parsed, parse) = try Stopwatch.time { try Gazetteer(files: files) }
        let (compiled, compile) = Stopwatch.time { CompiledGazetteer(parsed) }
        let timing = GazetteerTiming(
            folder: folder.path, entries: parsed.entries.count, surfaceForms: compiled.formCount,
            readSeconds: read, parseSeconds: parse, compileSeconds: compile,
            totalSeconds: read + parse + compile)
        return (compiled, timing)
    }
}

/// How long loading the gazetteer took.
struct GazetteerTiming: Codable, Sendable {
    var folder: String
    var entries: Int
    var surfaceForms: Int
    var readSeconds: Double
    var parseSeconds: Double
    var compileSeconds: Double
    var totalSeconds: Double
}
