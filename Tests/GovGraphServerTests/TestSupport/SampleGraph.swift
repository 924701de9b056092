import GovGraphModel
import GovGraphServer
import GovGraphStore
import Logging

/// A small graph written for these tests: Leipzig, its mayor, Sachsen, the Städtetag and one
/// entity with a hostile name.
enum SampleGraph {
    static let documentID = "doc-leipzig-2025"
    /// A name with quotes, a script tag, the end of a CDATA section and a newline.
    static let hostileName = "Evil \"Quote' <script>alert(1)</script> ]]> &amp;\nNext"

    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let first = "Burkhard Jung, Oberbürgermeister von Leipzig, sprach beim Deutschen Städtetag."
        let second = " Leipzig liegt in Sachsen."
        let third = " Auch der Verein X war da."
        let text = first + second + third
        let s1 = first.unicodeScalars.count
        let s2 = s1 + second.unicodeScalars.count
        let end = s2 + third.unicodeScalars.count
        let document = ExtractedDocument(
            id: documentID, source: "tests/leipzig.txt", title: "Städtetag in Leipzig", date: "2025-03-01",
            start: 0, end: end,
            entities: [
                Entity(
                    id: "person:burkhard-jung", name: "Burkhard Jung", type: .person,
                    mentions: [Mention(text: "Burkhard Jung", start: 0, end: 13)]),
                Entity(
                    id: "municipality:14713000", name: "Leipzig", type: .municipality, keys: ["ags": "14713000"],
                    mentions: [Mention(text: "Leipzig", start: 37, end: 44), Mention(text: "Leipzig", start: s1 + 1, end: s1 + 8)]),
                Entity(
                    id: "organization:deutscher-staedtetag", name: "Deutscher Städtetag", type: .organization,
                    mentions: [Mention(text: "Deutschen Städtetag", start: 58, end: 77)]),
                Entity(
                    id: "state:14", name: "Sachsen", type: .state,
                    mentions: [Mention(text: "Sachsen", start: s2 - 8, end: s2 - 1)]),
                Entity(
                    id: "organization:hostile", name: hostileName, type: .organization,
                    keys: ["note": "<b>\"bold\"</b>"],
                    mentions: [Mention(text: "Verein X", start: s2 + 10, end: s2 + 18)]),
            ],
            relations: [
                Relation(
                    subject: "person:burkhard-jung", predicate: .holdsRole, role: "Oberbürgermeister",
                    roleKey: "oberbürgermeister", status: .current, object: "municipality:14713000", date: "2025-03-01",
                    evidence: Evidence(start: 0, end: s1, text: first, rule: "role.name-apposition")),
                Relation(
                    subject: "municipality:14713000", predicate: .locatedIn, object: "state:14", date: "2025-03-01",
                    evidence: Evidence(start: s1 + 1, end: s2, text: String(second.dropFirst()))),
                Relation(
                    subject: "municipality:14713000", predicate: .coMentioned, object: "organization:deutscher-staedtetag",
                    date: "2025-03-01", evidence: Evidence(start: 0, end: s1, text: first)),
                Relation(
                    subject: "organization:hostile", predicate: .coMentioned, object: "person:burkhard-jung",
                    date: "2025-03-01", evidence: Evidence(start: s2 + 1, end: end, text: String(third.dropFirst()) + " " + hostileName)),
            ])
        var stored = document
        stored.text = text
        _ = try store.save(stored)
        return store
    }

    static func server() throws -> GraphServer {
        try server(for: store())
    }

    /// A server of `store`.
    static func server(for store: GraphStore) -> GraphServer {
        var logger = Logger(label: "govgraph.serve.tests")
        logger.logLevel = .warning
        return GraphServer(reader: GraphReader(stores: [store]), logger: logger)
    }
}
