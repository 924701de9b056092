import GovGraphModel

/// One passage found by ``GraphQueries/search(_:limit:)``: a document title or an evidence
/// sentence.
public struct SearchHit: Sendable, Hashable {
    /// Whether the hit is a document's title or a sentence of its text.
    public enum Kind: String, Sendable, Hashable, Codable {
        case title, sentence
    }

    public var documentID: String
    public var title: String?
    public var date: String?
    public var kind: Kind
    /// The span of the sentence in the input (empty for a title).
    public var start: Int
    public var end: Int
    public var text: String
    /// The entities mentioned within the sentence, in order of their first mention (none for
    /// a title).
    public var entities: [EntitySummary]

    public init(
        documentID: String, title: String?, date: String?, kind: Kind, start: Int, end: Int,
        text: String, entities: [EntitySummary]
    ) {
        self.documentID = documentID
        self.title = title
        self.date = date
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.entities = entities
    }
}

/// An entity with its degree, as ``GraphQueries/rankedEntities(type:by:limit:)`` returns it.
public struct RankedEntity: Sendable, Hashable {
    public var entity: EntitySummary
    /// The number of distinct entities it is linked to, by any predicate, in either direction.
    public var degree: Int

    public init(entity: EntitySummary, degree: Int) {
        self.entity = entity
        self.degree = degree
    }
}

/// How ``GraphQueries/rankedEntities(type:by:limit:)`` orders entities.
public enum EntityRanking: String, Sendable, Hashable, CaseIterable {
    /// Most mentioned first.
    case mentions
    /// Most linked first.
    case degree
}

/// What ``GraphStore/remove(documentID:)`` deleted.
public struct RemovalResult: Sendable, Hashable {
    public var documentID: String
    public var mentions: Int
    /// Relation rows (single readings), not merged edges.
    public var relations: Int
    /// Entities that no other document mentions or links, deleted with the document.
    public var entities: [EntityID]

    public init(documentID: String, mentions: Int, relations: Int, entities: [EntityID]) {
        self.documentID = documentID
        self.mentions = mentions
        self.relations = relations
        self.entities = entities
    }
}

/// What ``GraphStore/replaceDocuments(fromSource:with:)`` did.
public struct ReplaceResult: Sendable, Hashable {
    /// Ids of the documents that were new.
    public var inserted: [String]
    /// Ids of the documents that were stored already.
    public var unchanged: [String]
    /// The stored documents of the source that the new version no longer has.
    public var removed: [RemovalResult]

    public init(inserted: [String] = [], unchanged: [String] = [], removed: [RemovalResult] = []) {
        self.inserted = inserted
        self.unchanged = unchanged
        self.removed = removed
    }
}
