import GovGraphModel
import GovGraphStore

/// Hand-written German snippets with their extraction, shared by the store tests.
enum Corpus {
    static let jung: EntityID = "person:burkhard-jung"
    static let hilbert: EntityID = "person:dirk-hilbert"
    static let kretschmer: EntityID = "person:michael-kretschmer"
    static let leipzig: EntityID = "municipality:14713000"
    static let dresden: EntityID = "municipality:14612000"
    static let ulm: EntityID = "municipality:08421000"
    static let sachsen: EntityID = "state:14"
    static let staedtetag: EntityID = "organization:deutscher-staedtetag"

    /// Jung is mayor of Leipzig and speaks at the Städtetag.
    static var leipzigDocument: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-leipzig", date: "2024-03-01",
            text: "Leipzigs Oberbürgermeister Burkhard Jung sprach vor dem Deutschen Städtetag.")
        builder.entity(
            leipzig, "Leipzig", .municipality, keys: ["ags": "14713000"], mentions: ["Leipzigs"])
        builder.entity(jung, "Burkhard Jung", .person, mentions: ["Burkhard Jung"])
        builder.entity(
            staedtetag, "Deutscher Städtetag", .organization, mentions: ["Deutschen Städtetag"])
        builder.role(jung, "Oberbürgermeister", key: "oberbürgermeister", in: leipzig)
        builder.coMentioned(leipzig, jung, staedtetag)
        return builder.document
    }

    /// Jung presides the Städtetag and meets Dresden's mayor Hilbert.
    static var dresdenDocument: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-dresden", date: "2024-05-10",
            text:
                "Burkhard Jung, Präsident des Städtetages, traf Dresdens Oberbürgermeister Dirk Hilbert. "
                + "Jung lobte die Stadt.")
        builder.entity(jung, "Burkhard Jung", .person, mentions: ["Burkhard Jung", "Jung"])
        builder.entity(
            staedtetag, "Städtetag", .organization, keys: ["category": "verband"],
            mentions: ["Städtetages"])
        builder.entity(
            dresden, "Dresden", .municipality, keys: ["ags": "14612000"], mentions: ["Dresdens"])
        builder.entity(hilbert, "Dirk Hilbert", .person, mentions: ["Dirk Hilbert"])
        builder.role(jung, "Präsident", key: "präsident", in: staedtetag)
        builder.role(hilbert, "Oberbürgermeister", key: "oberbürgermeister", in: dresden)
        builder.coMentioned(jung, staedtetag, dresden, hilbert)
        return builder.document
    }

    /// Kretschmer is minister-president of Sachsen and visits Dresden; Jung is mentioned again.
    static var sachsenDocument: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-sachsen", date: "2024-06-01",
            text: "Sachsens Ministerpräsident Michael Kretschmer besuchte Dresden.")
        builder.entity(sachsen, "Sachsen", .state, mentions: ["Sachsens"])
        builder.entity(kretschmer, "Michael Kretschmer", .person, mentions: ["Michael Kretschmer"])
        builder.entity(dresden, "Dresden", .municipality, mentions: ["Dresden"])
        builder.role(kretschmer, "Ministerpräsident", key: "ministerpräsident", in: sachsen)
        builder.coMentioned(sachsen, kretschmer, dresden)
        return builder.document
    }

    /// A later article about Jung and Leipzig, with the role abbreviated and a longer city name.
    static var leipzigFollowUp: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-leipzig-2", date: "2024-09-15",
            text: "In Leipzig eröffnete OB Jung das neue Bürgeramt.")
        builder.entity(leipzig, "Stadt Leipzig", .municipality, mentions: ["Leipzig"])
        builder.entity(jung, "Burkhard Jung", .person, mentions: ["Jung"])
        builder.role(jung, "OB", key: "oberbürgermeister", in: leipzig)
        builder.coMentioned(leipzig, jung)
        return builder.document
    }

    /// Ulm, linked to nobody.
    static var ulmDocument: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-ulm", date: nil, text: "Die Stadt Ulm digitalisiert ihre Bauanträge.")
        builder.entity(ulm, "Ulm", .municipality, mentions: ["Ulm"])
        return builder.document
    }

    static var all: [ExtractedDocument] {
        [leipzigDocument, dresdenDocument, sachsenDocument, leipzigFollowUp, ulmDocument]
    }

    /// A fresh in-memory store holding `documents`.
    static func store(_ documents: [ExtractedDocument] = all) throws -> GraphStore {
        let store = try GraphStore.inMemory()
        for document in documents { try store.save(document) }
        return store
    }

    /// A store of `backend` that holds `documents`, each saved in turn, for tests that only
    /// read: SQLite's is fresh, PostgreSQL's is shared by the tests that ask for the same
    /// documents (a database per test would cost a second each).
    static func store(_ documents: [ExtractedDocument] = all, on backend: Backend) throws -> any GraphReading {
        guard backend == .postgres else { return try freshStore(documents, on: backend) }
        let key = documents.map(\.id).joined(separator: "\n") + "\n\(documents.hashValue)"
        return try shared.withLock { stores in
            if let known = stores[key] { return known }
            let store = try freshStore(documents, on: backend)
            stores[key] = store
            return store
        }
    }

    /// A fresh store of `backend` that holds `documents`, each saved in turn, for tests that
    /// change it.
    static func freshStore(_ documents: [ExtractedDocument] = all, on backend: Backend) throws -> any GraphStoring {
        let store = try backend.emptyStore()
        for document in documents { try store.save(document) }
        return store
    }

    /// The PostgreSQL stores shared by tests that read, by their documents.
    private static let shared = Locked<[String: any GraphStoring]>([:])
}
