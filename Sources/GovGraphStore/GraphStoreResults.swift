import GovGraphModel

/// An entity with how often it is mentioned, as the store's queries return it: the same value
/// as a node of the merged graph (name and keys as first stored, counts over all documents).
public typealias EntitySummary = GraphNode

/// Everything one entity shares with one other entity under one predicate and role key, in one
/// direction: an edge of the merged graph seen from the queried entity.
public struct Link: Sendable, Hashable {
    public var predicate: Predicate
    /// The role as first written (holds_role only).
    public var role: String?
    public var roleKey: String?
    /// For holds_role: the status read in the latest evidence (current, new or former).
    public var status: RoleStatus?
    /// Whether the queried entity is the subject of the relations.
    public var outgoing: Bool
    public var other: EntitySummary
    /// Earliest and latest date among the evidence.
    public var firstDate: String?
    public var lastDate: String?
    /// Every sentence the link was read in, ordered by date, document and offset.
    public var evidence: [EdgeEvidence]

    /// How often the link was read.
    public var count: Int { evidence.count }

    public init(
        predicate: Predicate, role: String? = nil, roleKey: String? = nil,
        status: RoleStatus? = nil, outgoing: Bool, other: EntitySummary, firstDate: String? = nil,
        lastDate: String? = nil, evidence: [EdgeEvidence] = []
    ) {
        self.predicate = predicate
        self.role = role
        self.roleKey = roleKey
        self.status = status
        self.outgoing = outgoing
        self.other = other
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.evidence = evidence
    }
}

/// One edge of a path between two entities, walked from `from` to `to`.
public struct PathStep: Sendable, Hashable {
    public var from: EntitySummary
    public var to: EntitySummary
    public var predicate: Predicate
    /// The role as written in the evidence (holds_role only).
    public var role: String?
    /// Whether `from` is the subject of the relation (false when the step walks an edge backwards).
    public var outgoing: Bool
    /// One sentence the edge was read in.
    public var evidence: EdgeEvidence?

    public init(
        from: EntitySummary, to: EntitySummary, predicate: Predicate, role: String? = nil,
        outgoing: Bool, evidence: EdgeEvidence? = nil
    ) {
        self.from = from
        self.to = to
        self.predicate = predicate
        self.role = role
        self.outgoing = outgoing
        self.evidence = evidence
    }
}

/// What a store holds.
public struct StoreStats: Sendable, Hashable {
    public var documents: Int
    public var mentions: Int
    /// Entities per type; types without entities are absent.
    public var entitiesByType: [EntityType: Int]
    /// Distinct edges (subject, predicate, object, role key) per predicate; predicates without
    /// edges are absent.
    public var relationsByPredicate: [Predicate: Int]
    /// Earliest and latest document date.
    public var firstDate: String?
    public var lastDate: String?

    public init(
        documents: Int, mentions: Int, entitiesByType: [EntityType: Int],
        relationsByPredicate: [Predicate: Int], firstDate: String?, lastDate: String?
    ) {
        self.documents = documents
        self.mentions = mentions
        self.entitiesByType = entitiesByType
        self.relationsByPredicate = relationsByPredicate
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// All entities, over every type.
    public var entities: Int { entitiesByType.values.reduce(0, +) }
}
