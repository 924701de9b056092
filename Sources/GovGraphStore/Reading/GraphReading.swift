import GovGraphModel

/// A stored graph that answers queries: the SQLite ``GraphStore`` or the PostgreSQL store of
/// GovGraphPostgres. The queries are the same on both (``GraphQueries``); a store only opens
/// the snapshot they read.
///
/// ```swift
/// func report(_ store: any GraphReading) throws {
///     let stats = try store.stats()
///     for entity in try store.entities(type: .person, limit: 5) { print(entity.name) }
/// }
/// ```
public protocol GraphReading: Sendable {
    /// Runs `body` on the store's connection: on SQLite in one read transaction (one
    /// snapshot), on PostgreSQL statement by statement.
    ///
    /// - Throws: what `body` throws, and the store's own errors (``GraphStoreError`` for
    ///   SQLite, the PostgreSQL store's error type for PostgreSQL).
    func reading<T>(_ body: (GraphQueries) throws -> T) throws -> T
}

/// A stored graph that also takes documents in and gives them up: what `govgraph extract` and
/// `govgraph remove` need of either backend.
public protocol GraphStoring: GraphReading, GraphIngesting {
    /// Saves one document in a transaction of its own.
    @discardableResult
    func save(_ document: ExtractedDocument) throws -> SaveResult

    /// Deletes a document and everything only it supported; nil when no document has this id.
    @discardableResult
    func remove(documentID: String) throws -> RemovalResult?
}

extension GraphReading {
    /// See ``GraphQueries/entity(id:)``.
    public func entity(id: EntityID) throws -> EntitySummary? {
        try reading { try $0.entity(id: id) }
    }

    /// See ``GraphQueries/entities(type:limit:offset:)``.
    public func entities(type: EntityType? = nil, limit: Int? = nil, offset: Int = 0) throws -> [EntitySummary] {
        try reading { try $0.entities(type: type, limit: limit, offset: offset) }
    }

    /// See ``GraphQueries/rankedEntities(type:by:limit:)``.
    public func rankedEntities(
        type: EntityType? = nil, by ranking: EntityRanking = .mentions, limit: Int? = nil
    ) throws -> [RankedEntity] {
        try reading { try $0.rankedEntities(type: type, by: ranking, limit: limit) }
    }

    /// See ``GraphQueries/links(of:filter:)``.
    public func links(of id: EntityID, filter: LinkFilter = .all) throws -> [Link] {
        try reading { try $0.links(of: id, filter: filter) }
    }

    /// See ``GraphQueries/shortestPath(from:to:maxLength:)``.
    public func shortestPath(from: EntityID, to: EntityID, maxLength: Int = 6) throws -> [PathStep]? {
        try reading { try $0.shortestPath(from: from, to: to, maxLength: maxLength) }
    }

    /// See ``GraphQueries/neighbourhood(of:depth:maxNodes:)``.
    public func neighbourhood(of id: EntityID, depth: Int = 1, maxNodes: Int = 200) throws -> KnowledgeGraph {
        try reading { try $0.neighbourhood(of: id, depth: depth, maxNodes: maxNodes) }
    }

    /// See ``GraphQueries/roleHolders(role:of:at:)``.
    public func roleHolders(role: String, of organization: EntityID, at date: String? = nil) throws -> [RoleHolding] {
        try reading { try $0.roleHolders(role: role, of: organization, at: date) }
    }

    /// See ``GraphQueries/timeline(of:includeCoMentions:)``.
    public func timeline(of id: EntityID, includeCoMentions: Bool = false) throws -> [TimelineEntry] {
        try reading { try $0.timeline(of: id, includeCoMentions: includeCoMentions) }
    }

    /// See ``GraphQueries/findEntities(matching:limit:)``.
    public func findEntities(matching query: String, limit: Int = 10) throws -> [EntitySummary] {
        try reading { try $0.findEntities(matching: query, limit: limit) }
    }

    /// See ``GraphQueries/suggestions(for:limit:)``.
    public func suggestions(for name: String, limit: Int = 3) throws -> [EntitySummary] {
        try reading { try $0.suggestions(for: name, limit: limit) }
    }

    /// See ``GraphQueries/search(_:limit:)``.
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        try reading { try $0.search(text, limit: limit) }
    }

    /// See ``GraphQueries/document(id:)``.
    public func document(id: String) throws -> StoredDocument? {
        try reading { try $0.document(id: id) }
    }

    /// See ``GraphQueries/graph()``.
    public func graph() throws -> KnowledgeGraph {
        try reading { try $0.graph() }
    }

    /// See ``GraphQueries/stats()``.
    public func stats() throws -> StoreStats {
        try reading { try $0.stats() }
    }
}
