import ArgumentParser
import GovGraphModel
import GovGraphQuery
import GovGraphStore

extension Query {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search over the evidence sentences and document titles.",
            discussion: """
                Every word must occur, as a word or the start of one; case and accents are \
                ignored. The text is taken literally: quotes, hyphens and operators are not syntax.
                """)

        @Argument(help: "The words to look for.")
        var text: [String]

        @Option(help: "Show at most this many hits.")
        var limit: Int = 20

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Print the hits as JSON.")
        var json = false

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be 1 or more") }
            guard text.contains(where: { $0.contains { $0.isLetter || $0.isNumber } }) else {
                throw ValidationError("give a word to search for")
            }
        }

        func run() throws {
            let store = try database.openForReading()
            let query = text.joined(separator: " ")
            let hits = try store.search(query, limit: limit)
            if json {
                print(try JSONOutput.encode(hits.map(SearchHitJSON.init)))
                return
            }
            guard !hits.isEmpty else {
                print("nothing stored matches \"\(query)\"")
                return
            }
            for hit in hits {
                let head = [hit.date, hit.title].compactMap { $0 }.joined(separator: "  ")
                print("\(head.isEmpty ? "(untitled)" : head)  [\(hit.documentID)]")
                print("    \(hit.kind == .title ? "title: " : "")“\(hit.text.replacingNewlines)”")
                if !hit.entities.isEmpty {
                    print("    " + hit.entities.map(label).joined(separator: ", "))
                }
            }
        }
    }
}
