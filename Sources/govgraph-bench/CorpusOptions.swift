import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphInput

/// Where the benchmark's text comes from: a generated corpus or text files and folders.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Input files or folders (read as `govgraph extract` reads them) to use as the corpus instead of a generated one.")
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
                description: "generated \(size), seed \(seed)", source: .pages(pages), generatedSeconds: seconds,
                seed: seed)
        }
        let found = InputWalker().expand(paths)
        if let problem = found.problems.first { throw BenchError("\(problem)") }
        guard !found.files.isEmpty else { throw BenchError("no input files in \(paths.joined(separator: ", "))") }
        return Corpus(description: paths.joined(separator: " "), source: .files(found.files), seed: nil)
    }
}

/// The texts a benchmark extracts.
struct Corpus: Sendable {
    enum Source: Sendable {
        /// Generated pages in memory: each is one call of the extractor, as a page file of
        /// this size (under `InputOptions.chunkBytes`) is for `govgraph extract`.
        case pages([String])
        /// Input files, read during the run as `govgraph extract` reads them (streamed in
        /// chunks, in batches of articles).
        case files([String])
    }

    var description: String
    var source: Source
    var generatedSeconds: Double?
    var seed: UInt64?

    /// UTF-8 bytes of the pages, or the files' sizes.
    var bytes: Int {
        switch source {
        case .pages(let pages): return pages.reduce(0) { $0 + $1.utf8.count }
        case .files(let files):
            return files.reduce(0) { $0 + InputFile(path: $1, options: InputOptions()).size }
        }
    }

    /// Pages or files.
    var inputs: Int {
        switch source {
        case .pages(let pages): return pages.count
        case .files(let files): return files.count
        }
    }
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
