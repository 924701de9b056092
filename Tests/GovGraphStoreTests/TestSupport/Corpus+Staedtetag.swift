import GovGraphModel
import GovGraphStore

/// Hand-written articles about the leadership of the Deutscher Städtetag, with roles that have
/// a status, a succession and a location read from the official keys.
extension Corpus {
    static let kalisch: EntityID = "person:claudia-kalisch"
    static let doerner: EntityID = "person:katja-doerner"
    static let bonn: EntityID = "municipality:05314000"
    static let lueneburg: EntityID = "municipality:03355022"

    /// 2019: Jung is the new Präsident; Leipzig lies in Sachsen.
    static var jungPresident2019: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-dst-2019", date: "2019-10-31",
            text:
                "Der Leipziger Oberbürgermeister Burkhard Jung ist neuer Präsident des Deutschen Städtetages.",
            title: "Deutscher Städtetag: Jung ist neuer Präsident")
        builder.entity(leipzig, "Leipzig", .municipality, keys: ["ags": "14713000"], mentions: ["Leipziger"])
        builder.entity(jung, "Burkhard Jung", .person, mentions: ["Burkhard Jung"])
        builder.entity(
            staedtetag, "Deutscher Städtetag", .organization, mentions: ["Deutschen Städtetages"])
        builder.entity(sachsen, "Sachsen", .state, mentions: [])
        builder.role(jung, "Präsident", key: "präsident", in: staedtetag, status: .new)
        builder.role(jung, "Oberbürgermeister", key: "oberbürgermeister", in: leipzig, status: .current)
        builder.locatedIn(leipzig, sachsen)
        builder.coMentioned(leipzig, jung, staedtetag)
        return builder.document
    }

    /// 2025: Dörner is Vizepräsidentin.
    static var doernerVicePresident2025: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-bonn-2025", date: "2025-06-01",
            text:
                "Bonns Oberbürgermeisterin Katja Dörner ist Vizepräsidentin des Deutschen Städtetages.")
        builder.entity(bonn, "Bonn", .municipality, keys: ["ags": "05314000"], mentions: ["Bonns"])
        builder.entity(doerner, "Katja Dörner", .person, mentions: ["Katja Dörner"])
        builder.entity(
            staedtetag, "Deutscher Städtetag", .organization, mentions: ["Deutschen Städtetages"])
        builder.role(doerner, "Oberbürgermeisterin", key: "oberbürgermeister", in: bonn, status: .current)
        builder.role(doerner, "Vizepräsidentin", key: "vizepräsident", in: staedtetag, status: .current)
        builder.coMentioned(bonn, doerner, staedtetag)
        return builder.document
    }

    /// 2026: Kalisch is the new Vizepräsidentin and succeeds Dörner.
    static var kalischVicePresident2026: ExtractedDocument {
        var builder = DocumentBuilder(
            id: "doc-dst-2026", date: "2026-01-26",
            text:
                "Lüneburgs Oberbürgermeisterin Claudia Kalisch ist neue Vizepräsidentin des "
                + "Deutschen Städtetages. Sie folgt auf Katja Dörner.",
            title: "Deutscher Städtetag: Kalisch neue Vizepräsidentin")
        builder.entity(
            lueneburg, "Lüneburg", .municipality, keys: ["ags": "03355022"], mentions: ["Lüneburgs"])
        builder.entity(kalisch, "Claudia Kalisch", .person, mentions: ["Claudia Kalisch"])
        builder.entity(
            staedtetag, "Deutscher Städtetag", .organization, mentions: ["Deutschen Städtetages"])
        builder.entity(doerner, "Katja Dörner", .person, mentions: ["Katja Dörner"])
        builder.role(
            kalisch, "Oberbürgermeisterin", key: "oberbürgermeister", in: lueneburg, status: .current)
        builder.role(kalisch, "Vizepräsidentin", key: "vizepräsident", in: staedtetag, status: .new)
        builder.succeeds(kalisch, doerner)
        builder.coMentioned(lueneburg, kalisch, staedtetag, doerner)
        return builder.document
    }

    static var staedtetagHistory: [ExtractedDocument] {
        [jungPresident2019, doernerVicePresident2025, kalischVicePresident2026]
    }
}

/// A page of two Städtetag articles and the changes a later run brings: the page's new version
/// (its first article and the 2019 one instead of the second), Ulm's file emptied and a part of
/// a third file (Leipzig).
struct PageChange {
    let page = "news/staedtetag.txt"
    let first = Corpus.doernerVicePresident2025.from("news/staedtetag.txt")
    let second = Corpus.kalischVicePresident2026.from("news/staedtetag.txt")
    let replacement = Corpus.jungPresident2019.from("news/staedtetag.txt")

    var replacements: [SourceReplacement] {
        [
            SourceReplacement(source: page, documents: [first, replacement]),
            SourceReplacement(source: Corpus.ulmDocument.source, documents: []),
            SourceReplacement(source: "news/teil.txt", documents: [Corpus.leipzigDocument], removesOthers: false),
        ]
    }

    /// A store holding the corpus and the page's first version.
    func store() throws -> GraphStore {
        let store = try Corpus.store()
        try store.replaceDocuments(fromSource: page, with: [first, second])
        return store
    }
}

extension ExtractedDocument {
    /// The document as read from `source`.
    func from(_ source: String) -> ExtractedDocument {
        var document = self
        document.source = source
        return document
    }
}
