import GovGraphModel
import GovGraphStore

/// `query NAME --json`: the entity and its links.
public struct LinksJSON: Codable, Sendable, Hashable {
    /// One link: predicate, role, status, direction, the other entity, dates and evidence.
    public struct LinkJSON: Codable, Sendable, Hashable {
        public var predicate: String, role: String?, role_key: String?, status: String?, direction: String, other: EntityJSON
        public var first_date: String?, last_date: String?, count: Int, evidence: [EdgeEvidence]
    }
    public var entity: EntityJSON
    public var links: [LinkJSON]

    public init(entity: EntitySummary, links: [Link]) {
        self.entity = EntityJSON(entity)
        self.links = links.map {
            LinkJSON(
                predicate: $0.predicate.rawValue, role: $0.role, role_key: $0.roleKey, status: $0.status?.rawValue,
                direction: $0.outgoing ? "outgoing" : "incoming", other: EntityJSON($0.other),
                first_date: $0.firstDate, last_date: $0.lastDate, count: $0.count, evidence: $0.evidence)
        }
    }
}
