import GovGraphModel
import GovGraphStore

/// One hit of `query search TEXT --json`.
public struct SearchHitJSON: Codable, Sendable, Hashable {
    public var document: String, title: String?, date: String?, kind: String, start: Int, end: Int, text: String
    public var entities: [EntityJSON]

    public init(_ hit: SearchHit) {
        (document, title, date, kind) = (hit.documentID, hit.title, hit.date, hit.kind.rawValue)
        (start, end, text) = (hit.start, hit.end, hit.text)
        entities = hit.entities.map { EntityJSON($0) }
    }
}
