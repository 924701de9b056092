import Foundation
import GovGraphExtraction
import GovGraphModel
import GovGraphPostgres
import GovGraphStore

/// The store benchmark on a PostgreSQL database: ingest with one or several workers, then the
/// query latencies, as `govgraph-bench store --db postgres://…` runs it.
struct PostgresStoreReport: Codable, Sendable {
    var database: String
    var workers: Int
    var edgesRequested: Int
    var documents: Int
    var entities: Int
    var mentions: Int
    var relations: Int
    var batchDocuments: Int
    var generateSeconds: Double
    var ingestSeconds: Double
    var mentionsPerSecond: Double
    var documentsPerSecond: Double
    var relationsPerSecond: Double
    var databaseMb: Double
    var queries: StoreReport.Queries
    var pathsFound: Int
    var pathMeanSteps: Double

    /// Builds the synthetic graph of `options` into the empty database at `location` with
    /// `workers` connections at once, each saving batches of `options.batch` documents with
    /// ``PostgresGraphStore/ingest(_:)`` (one transaction per batch, as `govgraph extract`
    /// saves), then times the queries.
    ///
    /// Documents are made before each round of ingest (a batch for each worker), and only the
    /// rounds are timed: the wall-clock time from the first worker's start to the last one's
    /// commit. With `options.reuse`, the graph a run with the same `--edges` and `--seed` left in
    /// the database is queried.
    static func measure(
        location: PostgresLocation, workers: Int, gazetteer: Gazetteer, seed: UInt64, options: StoreOptions
    ) throws -> PostgresStoreReport {
        let generator = try CorpusGenerator(gazetteer: gazetteer, seed: seed)
        let graph = SyntheticGraph(generator: generator, edges: options.edges)
        let first = try PostgresGraphStore(location: location)
        let stored = try first.stats().documents
        if options.reuse ? stored == 0 : stored > 0 {
            throw BenchError(
                options.reuse
                    ? "\(location): holds no graph to reuse; run once without --reuse"
                    : "\(location): holds \(stored) documents; the store benchmark needs an empty database (or --reuse)")
        }
        let stores = try [first] + (1..<workers).map { _ in try PostgresGraphStore(location: location) }

        var shape = GraphShape()
        var generateSeconds = 0.0
        var ingestSeconds = 0.0
        var documents = 0
        let batch = options.batch
        while shape.relations < options.edges {
            // One round: a batch for each worker, made on all cores, then saved at once.
            let (made, seconds) = StoreReport.makeDocuments(graph, from: documents, count: batch * workers)
            generateSeconds += seconds
            var taken: [ExtractedDocument] = []
            for document in made where shape.relations < options.edges {
                shape.add(document)
                taken.append(document)
            }
            documents += taken.count
            guard !options.reuse else { continue }
            let batches = stride(from: 0, to: taken.count, by: batch).map { Array(taken[$0..<min($0 + batch, taken.count)]) }
            let failures = Slots<String?>(repeating: nil, count: batches.count)
            let watch = Stopwatch()
            parallelFor(batches.count, threads: workers) { index in
                do {
                    try stores[index % workers].ingest([
                        SourceReplacement(source: "bench", documents: batches[index], removesOthers: false)
                    ])
                } catch {
                    failures[index] = "\(error)"
                }
            }
            ingestSeconds += watch.seconds
            if let failure = failures.all.compactMap({ $0 }).first { throw BenchError(failure) }
        }
        let megabytes = try first.databaseBytes() / 1e6
        let timed = try StoreReport.timeQueries(first, shape: shape, generator: generator, seed: seed, count: options.queries)
        return PostgresStoreReport(
            database: location.description, workers: workers, edgesRequested: options.edges, documents: documents,
            entities: shape.entityCount, mentions: shape.mentions, relations: shape.relations, batchDocuments: batch,
            generateSeconds: generateSeconds, ingestSeconds: ingestSeconds,
            mentionsPerSecond: Double(shape.mentions) / ingestSeconds,
            documentsPerSecond: Double(documents) / ingestSeconds,
            relationsPerSecond: Double(shape.relations) / ingestSeconds, databaseMb: megabytes,
            queries: timed.queries, pathsFound: timed.pathsFound, pathMeanSteps: timed.pathMeanSteps)
    }

    func table() -> String {
        let ingest =
            ingestSeconds > 0
            ? "ingest into \(database) with \(workers) worker\(workers == 1 ? "" : "s") "
                + "(PostgresGraphStore.ingest, \(batchDocuments) documents per commit): \(documents) documents, "
                + "\(mentions) mentions, \(relations) relations, \(entities) entities in \(format(ingestSeconds, 2))s: "
                + "\(format(mentionsPerSecond, 0)) mentions/s, \(format(documentsPerSecond, 0)) documents/s, "
                + "\(format(relationsPerSecond, 0)) relations/s; database \(format(databaseMb, 0)) MB"
            : "queries on the graph in \(database) (\(relations) relations, \(entities) entities; database \(format(databaseMb, 0)) MB)"
        return ingest + "\n\n" + queries.table(pathsFound: pathsFound, pathMeanSteps: pathMeanSteps)
    }
}
