import GovGraphModel

/// One person's holding of one role in one organization or place, as ``GraphQueries/roleHolders(role:of:at:)``
/// returns it.
public struct RoleHolding: Sendable, Hashable {
    public var person: EntitySummary
    /// The role as first written ("Präsidentin").
    public var role: String?
    public var roleKey: String
    /// The status read in the latest evidence; nil when the text said nothing.
    public var status: RoleStatus?
    /// Earliest and latest date among the evidence.
    public var firstDate: String?
    public var lastDate: String?
    /// Every sentence the holding was read in, ordered by date, document and offset.
    public var evidence: [EdgeEvidence]
    /// The persons this one succeeded (from succeeds relations), by name.
    public var predecessors: [EntitySummary]

    public init(
        person: EntitySummary, role: String?, roleKey: String, status: RoleStatus?,
        firstDate: String?, lastDate: String?, evidence: [EdgeEvidence],
        predecessors: [EntitySummary] = []
    ) {
        self.person = person
        self.role = role
        self.roleKey = roleKey
        self.status = status
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.evidence = evidence
        self.predecessors = predecessors
    }
}

/// One dated fact about an entity, as ``GraphQueries/timeline(of:includeCoMentions:)`` returns it.
public struct TimelineEntry: Sendable, Hashable {
    public var date: String
    public var predicate: Predicate
    /// The role as written (holds_role only).
    public var role: String?
    public var roleKey: String?
    public var status: RoleStatus?
    /// Whether the entity of the timeline is the subject of the relation.
    public var outgoing: Bool
    public var other: EntitySummary
    /// The sentence the fact was read in.
    public var evidence: EdgeEvidence

    public init(
        date: String, predicate: Predicate, role: String? = nil, roleKey: String? = nil,
        status: RoleStatus? = nil, outgoing: Bool, other: EntitySummary, evidence: EdgeEvidence
    ) {
        self.date = date
        self.predicate = predicate
        self.role = role
        self.roleKey = roleKey
        self.status = status
        self.outgoing = outgoing
        self.other = other
        self.evidence = evidence
    }
}
