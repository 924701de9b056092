import GovGraphModel
import GovGraphStore

/// `query timeline NAME --json`: the dated facts about an entity, in date order.
public struct TimelineJSON: Codable, Sendable, Hashable {
    /// One dated fact.
    public struct EntryJSON: Codable, Sendable, Hashable {
        public var date: String, predicate: String, role: String?, role_key: String?, status: String?
        public var direction: String, other: EntityJSON, evidence: EdgeEvidence
    }
    public var entity: EntityJSON
    public var entries: [EntryJSON]

    public init(entity: EntitySummary, entries: [TimelineEntry]) {
        self.entity = EntityJSON(entity)
        self.entries = entries.map {
            EntryJSON(
                date: $0.date, predicate: $0.predicate.rawValue, role: $0.role, role_key: $0.roleKey,
                status: $0.status?.rawValue, direction: $0.outgoing ? "outgoing" : "incoming",
                other: EntityJSON($0.other), evidence: $0.evidence)
        }
    }
}
