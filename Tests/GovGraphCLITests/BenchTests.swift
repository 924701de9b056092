import Foundation
import Testing

/// Runs the built `govgraph-bench` on tiny inputs: it builds, runs, and reports what it should.
/// No timing is checked; the numbers only have to be consistent.
@Suite("govgraph-bench")
struct BenchTests {
    @Test("all --json: extraction on one and two threads and the store, with the expected keys")
    func all() throws {
        // Given a tiny generated corpus and a tiny synthetic graph
        let result = try Bench.run([
            "all", "--generate", "40kB", "--seed", "3", "--threads", "2", "--edges", "300",
            "--queries", "5", "--json",
        ])

        // Then the run succeeds with both reports
        #expect(result.status == 0, "\(result.stderr)")
        let data = Data(result.stdout.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["extract", "store"])
        let extractKeys = try #require(object["extract"] as? [String: Any]).keys
        #expect(Set(extractKeys) == ["gazetteer", "corpus", "runs", "speedup", "peak_resident_mb"])
        let storeObject = try #require(object["store"] as? [String: Any])
        let queryKeys = try #require(storeObject["queries"] as? [String: Any]).keys
        #expect(Set(queryKeys) == ["neighbours", "who_holds_role", "path_4_hops", "search"])

        let report = try BenchReport.decode(data)
        // and the extraction numbers add up
        let gazetteer = report.extract.gazetteer
        #expect(gazetteer.entries > 1000)
        #expect(gazetteer.totalSeconds >= gazetteer.compileSeconds)
        let corpus = report.extract.corpus
        #expect(corpus.bytes >= 40_000)
        #expect(corpus.bytes < 80_000)
        let threads: [Int] = report.extract.runs.map(\.threads)
        #expect(threads == [1, 2])
        for run in report.extract.runs {
            #expect(run.bytes == corpus.bytes)
            #expect(run.documents > 10)
            #expect(run.mentions > run.documents)
            #expect(run.seconds > 0)
            #expect(abs(run.mbPerSecond * run.seconds * 1e6 - Double(run.bytes)) < 1)
            #expect(abs(run.mentionsPerSecond * run.seconds - Double(run.mentions)) < 0.01)
            #expect(run.peakResidentMb > 1)
        }
        // and both runs extracted the same
        let first = report.extract.runs[0]
        let second = report.extract.runs[1]
        #expect(first.documents == second.documents)
        #expect(first.mentions == second.mentions)
        #expect(first.relations == second.relations)

        // and the store numbers add up
        let store = report.store
        #expect(store.relations >= 300)
        #expect(store.relations < 400)
        #expect(store.documents > 10)
        #expect(store.mentions > store.documents)
        #expect(abs(store.mentionsPerSecond * store.ingestSeconds - Double(store.mentions)) < 0.01)
        #expect(store.databaseMb > 0)
        let latencies = [
            store.queries.neighbours, store.queries.whoHoldsRole, store.queries.path4Hops,
            store.queries.search,
        ]
        for latency in latencies {
            #expect(latency.count == 5)
            #expect(latency.p50Ms > 0)
            #expect(latency.p50Ms <= latency.p99Ms)
            #expect(latency.p99Ms <= latency.maxMs)
        }
        #expect(store.pathsFound == 5)
    }

    @Test("The generated corpus is the same for the same seed and differs for another")
    func deterministicCorpus() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var texts: [String] = []
        for (name, seed) in [("a.txt", "7"), ("b.txt", "7"), ("c.txt", "8")] {
            let path = folder.appendingPathComponent(name).path
            let result = try Bench.run(["corpus", "--size", "20kB", "--seed", seed, "--out", path])
            #expect(result.status == 0, "\(result.stderr)")
            texts.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        #expect(texts[0] == texts[1])
        #expect(texts[0] != texts[2])
        // Dated items with titles, as on a news page
        #expect(texts[0].hasPrefix("Meldungen aus Bund, Ländern und Kommunen\n\n"))
        let dated = texts[0].split(separator: "\n").filter { line in
            line.hasPrefix("[") && line.dropFirst(11).hasPrefix("] ")
        }
        #expect(dated.count > 5)
    }

    @Test("extract reads a folder the corpus command wrote, one input per file")
    func folderCorpus() throws {
        // Given a corpus written as a folder of files larger than the chunks extract reads
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus").path
        let written = try Bench.run(["corpus", "--size", "300kB", "--file-size", "150kB", "--out", corpus])
        #expect(written.status == 0, "\(written.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        #expect(files.count >= 2)
        #expect(files.first == "page-00001.txt")

        // When extract reads it
        let result = try Bench.run(["extract", corpus, "--single-core-only", "--json"])

        // Then every file is one input and every byte is counted
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONDecoder.snakeCase.decode(ExtractReport.self, from: Data(result.stdout.utf8))
        let sizes = try files.map { name in
            try FileManager.default.attributesOfItem(atPath: corpus + "/" + name)[.size] as? Int ?? 0
        }
        #expect(report.corpus.inputs == files.count)
        #expect(report.corpus.bytes == sizes.reduce(0, +))
        let threads: [Int] = report.runs.map(\.threads)
        #expect(threads == [1])
        #expect(report.runs[0].bytes == report.corpus.bytes)
        #expect(report.speedup == nil)

        // and it extracts what `govgraph extract --no-store` extracts from the folder
        let extracted = try CLI.run(["extract", "--no-store", "--json", "--quiet", corpus])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any]
        let documents = json?["documents"] as? [[String: Any]] ?? []
        let mentions = documents.reduce(0) { total, document in
            let entities = document["entities"] as? [[String: Any]] ?? []
            return total + entities.reduce(0) { $0 + (($1["mentions"] as? [Any])?.count ?? 0) }
        }
        #expect(documents.count > 10)
        #expect(report.runs[0].documents == documents.count)
        #expect(report.runs[0].mentions == mentions)
    }

    @Test(
        "Wrong arguments are refused in one line",
        arguments: [
            (["extract", "--generate", "10kB", "somewhere.txt"], "either --generate SIZE or paths"),
            (["extract", "--generate", "ten"], "--generate"),
            (["store", "--edges", "5"], "--edges must be at least 10"),
            (["extract", "/no/such/folder"], "/no/such/folder"),
        ])
    func refused(arguments: [String], message: String) throws {
        let result = try Bench.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

/// Runs the built `govgraph-bench` binary, found beside `govgraph`.
enum Bench {
    static let binary = CLI.binary.deletingLastPathComponent().appendingPathComponent("govgraph-bench")

    static func run(_ arguments: [String]) throws -> CLI.Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = ErrorCollector(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errors.wait(), as: UTF8.self))
    }
}

/// The parts of `govgraph-bench all --json` the tests read.
struct BenchReport: Decodable {
    var extract: ExtractReport
    var store: StoreReport

    static func decode(_ data: Data) throws -> BenchReport {
        try JSONDecoder.snakeCase.decode(BenchReport.self, from: data)
    }
}

struct ExtractReport: Decodable {
    struct Gazetteer: Decodable {
        var entries: Int
        var surfaceForms: Int
        var totalSeconds: Double
        var compileSeconds: Double
    }
    struct Corpus: Decodable {
        var bytes: Int
        var inputs: Int
    }
    struct Run: Decodable {
        var threads: Int
        var seconds: Double
        var bytes: Int
        var documents: Int
        var mentions: Int
        var relations: Int
        var mbPerSecond: Double
        var mentionsPerSecond: Double
        var peakResidentMb: Double
    }
    var gazetteer: Gazetteer
    var corpus: Corpus
    var runs: [Run]
    var speedup: Double?
}

struct StoreReport: Decodable {
    struct Latency: Decodable {
        var count: Int
        var p50Ms: Double
        var p99Ms: Double
        var maxMs: Double
    }
    struct Queries: Decodable {
        var neighbours: Latency
        var whoHoldsRole: Latency
        var path4Hops: Latency
        var search: Latency
    }
    var documents: Int
    var mentions: Int
    var relations: Int
    var ingestSeconds: Double
    var mentionsPerSecond: Double
    var databaseMb: Double
    var queries: Queries
    var pathsFound: Int
}

extension JSONDecoder {
    static var snakeCase: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
