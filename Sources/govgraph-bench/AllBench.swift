import ArgumentParser

/// Every measurement in one run: the gazetteer, extraction on one and all cores, the store.
struct AllBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Run the extraction and store benchmarks (the default subcommand).",
        discussion: """
            Without options: a generated 20 MB corpus (seed 1), extracted on one core and on all \
            cores, and a synthetic graph of 1,000,000 relations. Build with -c release.
            """)

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var gazetteerOption: GazetteerOption
    @OptionGroup var extractOptions: ExtractOptions
    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print the results as JSON.")
    var json = false

    struct Report: Codable {
        var extract: ExtractReport
        var store: StoreReport
    }

    func run() throws {
        let extract = try ExtractReport.measure(
            corpus: corpusOptions, gazetteer: gazetteerOption, options: extractOptions)
        let store = try StoreReport.measure(
            gazetteer: gazetteerOption.parse(), seed: corpusOptions.seed, options: storeOptions)
        if json {
            print(try BenchJSON.encode(Report(extract: extract, store: store)))
        } else {
            print(extract.table() + "\n\n" + store.table())
        }
    }
}
