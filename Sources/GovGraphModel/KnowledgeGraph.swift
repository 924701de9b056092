/// An entity as a node of the merged graph.
public struct GraphNode: Sendable, Hashable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var type: EntityType
    public var keys: [String: String]
    /// Mentions over all documents.
    public var mentionCount: Int
    /// Documents that mention the entity.
    public var documentCount: Int

    public init(
        id: EntityID, name: String, type: EntityType, keys: [String: String] = [:],
        mentionCount: Int = 0, documentCount: Int = 0
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.keys = keys
        self.mentionCount = mentionCount
        self.documentCount = documentCount
    }
}

/// One place an edge was read.
public struct EdgeEvidence: Sendable, Hashable, Codable {
    public var documentID: String
    public var date: String?
    public var start: Int
    public var end: Int
    public var text: String
    /// For holds_role: whether this sentence reads the role as held, newly taken or given up.
    public var status: RoleStatus?
    /// The rule that read the relation from this sentence ("role.name-apposition"); nil in a
    /// store written before rules were recorded.
    public var rule: String?

    public init(
        documentID: String, date: String?, start: Int, end: Int, text: String,
        status: RoleStatus? = nil, rule: String? = nil
    ) {
        self.documentID = documentID
        self.date = date
        self.start = start
        self.end = end
        self.text = text
        self.status = status
        self.rule = rule
    }
}

/// An edge of the merged graph: all relations with the same subject, predicate, object and role
/// key, with every piece of evidence.
public struct GraphEdge: Sendable, Hashable, Codable {
    public var subject: EntityID
    public var predicate: Predicate
    public var object: EntityID
    /// The role as first written (holds_role only).
    public var role: String?
    public var roleKey: String?
    /// Earliest and latest article date among the evidence.
    public var firstDate: String?
    public var lastDate: String?
    /// Evidence ordered by date, document and offset.
    public var evidence: [EdgeEvidence]

    /// How often the edge was read (for co_mentioned: the number of shared sentences).
    public var count: Int { evidence.count }

    /// For holds_role: the status read in the latest dated evidence (a later sentence wins a
    /// tie; undated evidence counts only when nothing is dated); nil for the other predicates.
    public var latestStatus: RoleStatus? {
        let dated = evidence.filter { $0.date != nil }
        return (dated.isEmpty ? evidence : dated).last?.status
    }

    public init(
        subject: EntityID, predicate: Predicate, object: EntityID, role: String? = nil,
        roleKey: String? = nil, firstDate: String? = nil, lastDate: String? = nil,
        evidence: [EdgeEvidence] = []
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.role = role
        self.roleKey = roleKey
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.evidence = evidence
    }

    /// What makes two relations the same edge.
    public struct Key: Hashable, Comparable, Sendable {
        public var subject: EntityID
        public var predicate: Predicate
        public var object: EntityID
        public var roleKey: String

        public static func < (a: Key, b: Key) -> Bool {
            (a.subject, a.predicate, a.object, a.roleKey) < (b.subject, b.predicate, b.object, b.roleKey)
        }
    }

    public var key: Key { Key(subject: subject, predicate: predicate, object: object, roleKey: roleKey ?? "") }
}

/// The merged graph of many documents: one node per entity id, one edge per
/// (subject, predicate, object, role key).
///
/// Nodes are kept sorted by (type, id) and edges by (subject, predicate, object, role key), so
/// that everything rendered from a graph is deterministic.
public struct KnowledgeGraph: Sendable, Hashable, Codable {
    public private(set) var nodes: [GraphNode]
    public private(set) var edges: [GraphEdge]

    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = nodes.sorted { ($0.type, $0.id) < ($1.type, $1.id) }
        self.edges = edges.sorted { $0.key < $1.key }
    }

    public static let empty = KnowledgeGraph(nodes: [], edges: [])

    /// The node with this id, if any.
    public func node(_ id: EntityID) -> GraphNode? { nodes.first { $0.id == id } }

    public var isEmpty: Bool { nodes.isEmpty }
}
