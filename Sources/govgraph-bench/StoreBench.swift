import ArgumentParser
import Foundation
import GovGraphExtraction
import GovGraphModel
import GovGraphPostgres
import GovGraphStore

/// Store speed: ingest into a fresh SQLite file and query latencies on a synthetic graph.
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Time ingest into a fresh SQLite file (or a PostgreSQL database) and the queries on a synthetic graph.",
        discussion: """
            Builds documents like extraction gives them (see SyntheticGraph) until the graph holds \
            --edges relations and saves them three times, into three fresh files: each with GraphStore.save \
            (one transaction per document), in batches of --batch documents with GraphStore.ingest (one \
            commit per batch, each document whole or not at all, as govgraph extract saves them), and all in \
            one GraphStore.bulkLoad \
            (indexes, counts and the full-text index built at the end). Then it times --queries calls of each query on the first \
            file: neighbours (links of a random entity), who holds a role (a role and place or body \
            that has holders), a path between entities four steps apart, and full-text search.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The seed of the synthetic graph.")
    var seed: UInt64 = 1

    @OptionGroup var gazetteerOption: GazetteerOption

    @Flag(help: "Print the results as JSON.")
    var json = false

    func run() throws {
        if let db = storeOptions.db, PostgresLocation.isURL(db) {
            let report = try PostgresStoreReport.measure(
                location: try PostgresLocation(url: db), workers: storeOptions.workers,
                gazetteer: gazetteerOption.parse(), seed: seed, options: storeOptions)
            print(json ? try BenchJSON.encode(report) : report.table())
            return
        }
        let report = try StoreReport.measure(gazetteer: gazetteerOption.parse(), seed: seed, options: storeOptions)
        print(json ? try BenchJSON.encode(report) : report.table())
    }
}

/// How big the synthetic graph is and how many queries are timed.
struct StoreOptions: ParsableArguments {
    @Option(help: "Relations (edges) in the synthetic graph.")
    var edges: Int = 1_000_000

    @Option(help: "Timed calls of each query.")
    var queries: Int = 500

    @Option(help: "Documents saved per commit in the batched ingest.")
    var batch: Int = 512

    @Option(
        help: ArgumentHelp(
            "Keep the database at this path (it must not exist); by default a temporary file, deleted afterwards. A PostgreSQL URL (postgres://user:password@host/database, an empty database) measures the PostgreSQL store instead: batched ingest with --workers connections, then the queries.",
            valueName: "file-or-url"))
    var db: String?

    @Option(help: "With a PostgreSQL --db: connections that ingest at once, like as many govgraph extract workers.")
    var workers: Int = 1

    @Flag(help: "Time only the queries, on the database --db kept by an earlier run with the same --edges and --seed.")
    var reuse = false

    func validate() throws {
        guard edges >= 10 else { throw ValidationError("--edges must be at least 10") }
        guard queries >= 1 else { throw ValidationError("--queries must be at least 1") }
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
        guard (1...64).contains(workers) else { throw ValidationError("--workers must be between 1 and 64") }
        if let db, PostgresLocation.isURL(db) {
            do { _ = try PostgresLocation(url: db) } catch { throw ValidationError("--db \(error)") }
            return
        }
        guard workers == 1 else { throw ValidationError("--workers needs a PostgreSQL --db") }
        if reuse {
            guard let db, FileManager.default.fileExists(atPath: db) else {
                throw ValidationError("--reuse needs --db naming a database an earlier run kept")
            }
        } else if let db, FileManager.default.fileExists(atPath: db) {
            throw ValidationError("\(db) exists; the store benchmark needs a fresh database")
        }
    }
}

/// The results of the store benchmark.
struct StoreReport: Codable, Sendable {
    var edgesRequested: Int
    var documents: Int
    var entities: Int
    var mentions: Int
    var relations: Int
    var generateSeconds: Double
    var ingestSeconds: Double
    var mentionsPerSecond: Double
    var documentsPerSecond: Double
    var relationsPerSecond: Double
    /// The same documents saved with `GraphStore.ingest`, one commit per batch of `batchDocuments`.
    var batchDocuments: Int
    var batchedIngestSeconds: Double
    var batchedMentionsPerSecond: Double
    var batchedDocumentsPerSecond: Double
    var batchedRelationsPerSecond: Double
    /// The same documents saved in one `GraphStore.bulkLoad`.
    var bulkIngestSeconds: Double
    var bulkMentionsPerSecond: Double
    var bulkDocumentsPerSecond: Double
    var bulkRelationsPerSecond: Double
    var databaseMb: Double
    var queries: Queries
    /// Paths found among the timed calls, and their mean length in steps.
    var pathsFound: Int
    var pathMeanSteps: Double

    struct Queries: Codable, Sendable {
        var neighbours: Latency
        var whoHoldsRole: Latency
        var path4Hops: Latency
        var search: Latency

        enum CodingKeys: String, CodingKey {
            case neighbours
            case whoHoldsRole = "who_holds_role"
            case path4Hops = "path_4_hops"
            case search
        }
    }

    static func measure(gazetteer: Gazetteer, seed: UInt64, options: StoreOptions) throws -> StoreReport {
        let generator = try CorpusGenerator(gazetteer: gazetteer, seed: seed)
        let graph = SyntheticGraph(generator: generator, edges: options.edges)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govgraph-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = options.db ?? folder.appendingPathComponent("store.sqlite").path
        defer { try? FileManager.default.removeItem(at: folder) }

        // Ingest: documents are made in batches on all cores, then saved one by one into one
        // file and batch by batch into another; only the saving is timed.
        var ingestStore: GraphStore? = try GraphStore(path: path)
        let batchedStore = options.reuse ? nil : try GraphStore(path: folder.appendingPathComponent("batched.sqlite").path)
        var shape = GraphShape()
        var generateSeconds = 0.0
        var ingestSeconds = 0.0
        var batchedSeconds = 0.0
        var documents = 0
        let batch = options.batch
        while shape.relations < options.edges {
            let (made, seconds) = makeDocuments(graph, from: documents, count: batch)
            generateSeconds += seconds
            var taken: [ExtractedDocument] = []
            for document in made where shape.relations < options.edges {
                if !options.reuse {
                    let watch = Stopwatch()
                    try ingestStore?.save(document)
                    ingestSeconds += watch.seconds
                }
                shape.add(document)
                taken.append(document)
                documents += 1
            }
            if let batchedStore {
                let watch = Stopwatch()
                try batchedStore.ingest([SourceReplacement(source: "bench", documents: taken, removesOthers: false)])
                batchedSeconds += watch.seconds
            }
        }
        // The same documents once more, into a third file in one bulk load; the time spent
        // making them again is not counted.
        var bulkSeconds = 0.0
        if !options.reuse {
            let bulkStore = try GraphStore(path: folder.appendingPathComponent("bulk.sqlite").path)
            var remaking = 0.0
            let watch = Stopwatch()
            try bulkStore.bulkLoad { loader in
                var saved = 0
                while saved < documents {
                    let (made, seconds) = makeDocuments(graph, from: saved, count: min(batch, documents - saved))
                    remaking += seconds
                    try loader.save(contentsOf: made)
                    saved += made.count
                }
            }
            bulkSeconds = watch.seconds - remaking
        }
        // The queries run on the file as `govgraph extract` leaves it: closing the last
        // connection copies the WAL into the database.
        ingestStore = nil
        let store = try GraphStore(path: path)
        let size = ["", "-wal"].compactMap { suffix in
            (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.intValue
        }.reduce(0, +)

        let timed = try timeQueries(store, shape: shape, generator: generator, seed: seed, count: options.queries)
        return StoreReport(
            edgesRequested: options.edges, documents: documents, entities: shape.entityCount,
            mentions: shape.mentions, relations: shape.relations, generateSeconds: generateSeconds,
            ingestSeconds: ingestSeconds, mentionsPerSecond: Double(shape.mentions) / ingestSeconds,
            documentsPerSecond: Double(documents) / ingestSeconds,
            relationsPerSecond: Double(shape.relations) / ingestSeconds, batchDocuments: batch,
            batchedIngestSeconds: batchedSeconds,
            batchedMentionsPerSecond: Double(shape.mentions) / batchedSeconds,
            batchedDocumentsPerSecond: Double(documents) / batchedSeconds,
            batchedRelationsPerSecond: Double(shape.relations) / batchedSeconds, bulkIngestSeconds: bulkSeconds,
            bulkMentionsPerSecond: Double(shape.mentions) / bulkSeconds,
            bulkDocumentsPerSecond: Double(documents) / bulkSeconds,
            bulkRelationsPerSecond: Double(shape.relations) / bulkSeconds, databaseMb: Double(size) / 1e6,
            queries: timed.queries, pathsFound: timed.pathsFound, pathMeanSteps: timed.pathMeanSteps)
    }

    /// Times `count` calls of each query on a stored graph of this shape: neighbours (links of
    /// a random linked entity), who holds a role, a path between entities four steps apart, and
    /// full-text search.
    static func timeQueries(
        _ store: any GraphReading, shape: GraphShape, generator: CorpusGenerator, seed: UInt64, count: Int
    ) throws -> (queries: Queries, pathsFound: Int, pathMeanSteps: Double) {
        var shape = shape
        var random = SplitMix64(seed: seed, part: -7)
        let neighbours = try time(count) {
            _ = try store.links(of: shape.randomLinkedEntity(&random))
        }
        let roles = try time(count) {
            let (role, object) = shape.randomRole(&random)
            _ = try store.roleHolders(role: role, of: object)
        }
        let pairs = (0..<count).map { _ in shape.pairFourStepsApart(&random) }
        var lengths: [Int?] = []
        var next = 0
        let paths = try time(count) {
            let (from, to) = pairs[next % pairs.count]
            next += 1
            lengths.append(try store.shortestPath(from: from, to: to)?.count)
        }
        let found = lengths.suffix(count).compactMap { $0 }
        let words = SearchWords(generator: generator)
        let search = try time(count) {
            _ = try store.search(words.random(&random))
        }
        return (
            Queries(neighbours: neighbours, whoHoldsRole: roles, path4Hops: paths, search: search), found.count,
            found.isEmpty ? 0 : Double(found.reduce(0, +)) / Double(found.count)
        )
    }

    /// Documents `start..<start + count` of the synthetic graph, made on all cores, and the
    /// seconds that took.
    static func makeDocuments(_ graph: SyntheticGraph, from start: Int, count: Int) -> ([ExtractedDocument], Double) {
        let made = Slots<ExtractedDocument?>(repeating: nil, count: count)
        let (_, seconds) = Stopwatch.time {
            parallelFor(count, threads: ProcessInfo.processInfo.activeProcessorCount) { i in
                made[i] = graph.document(start + i)
            }
        }
        return (made.all.compactMap { $0 }, seconds)
    }

    /// Times `count` calls of `body` after a few untimed ones that warm the caches.
    static func time(_ count: Int, _ body: () throws -> Void) throws -> Latency {
        for _ in 0..<min(10, count) { try body() }
        var seconds: [Double] = []
        seconds.reserveCapacity(count)
        for _ in 0..<count {
            let watch = Stopwatch()
            try body()
            seconds.append(watch.seconds)
        }
        return Latency(seconds: seconds)
    }

    func table() -> String {
        let ingest =
            "ingest: \(documents) documents, \(mentions) mentions, \(relations) relations, \(entities) entities "
            + "in \(format(ingestSeconds, 2))s: \(format(mentionsPerSecond, 0)) mentions/s, "
            + "\(format(documentsPerSecond, 0)) documents/s, \(format(relationsPerSecond, 0)) relations/s; "
            + "database \(format(databaseMb, 0)) MB\n"
            + "batched ingest (GraphStore.ingest, \(batchDocuments) documents per commit): in \(format(batchedIngestSeconds, 2))s: "
            + "\(format(batchedMentionsPerSecond, 0)) mentions/s, \(format(batchedDocumentsPerSecond, 0)) documents/s, "
            + "\(format(batchedRelationsPerSecond, 0)) relations/s\n"
            + "bulk load (GraphStore.bulkLoad, one transaction): in \(format(bulkIngestSeconds, 2))s: "
            + "\(format(bulkMentionsPerSecond, 0)) mentions/s, \(format(bulkDocumentsPerSecond, 0)) documents/s, "
            + "\(format(bulkRelationsPerSecond, 0)) relations/s"
        return ingest + "\n\n" + queries.table(pathsFound: pathsFound, pathMeanSteps: pathMeanSteps)
    }
}

extension StoreReport.Queries {
    /// The latencies as a table, and how many paths were found.
    func table(pathsFound: Int, pathMeanSteps: Double) -> String {
        let rows: [(String, Latency)] = [
            ("neighbours", neighbours), ("who holds role", whoHoldsRole),
            ("path (4 steps apart)", path4Hops), ("full-text search", search),
        ]
        return [
            Table.render(
                header: ["query", "calls", "p50 ms", "p99 ms", "mean ms", "max ms"],
                rows: rows.map { name, latency in
                    [
                        name, "\(latency.count)", format(latency.p50Ms, 3), format(latency.p99Ms, 3),
                        format(latency.meanMs, 3), format(latency.maxMs, 3),
                    ]
                }),
            "paths: found for \(pathsFound) of \(path4Hops.count) pairs, mean \(format(pathMeanSteps, 2)) steps",
        ].joined(separator: "\n")
    }
}
