import GovGraphModel
import GovGraphQuery
import GovGraphStore

/// An entity as the pages link to it.
struct EntityRef: Sendable {
    var name: String
    var type: String
    var href: String

    init(_ entity: EntitySummary) {
        name = entity.name
        type = entity.type.rawValue
        href = "/entity/" + HTML.segment(entity.id.rawValue)
    }
}

/// A sentence a link was read in, with its document.
struct EvidenceView: Sendable {
    var text: String
    var date: String?
    var documentHref: String

    init(_ evidence: EdgeEvidence) {
        text = evidence.text
        date = evidence.date
        documentHref = "/document/" + HTML.segment(evidence.documentID)
    }
}

/// One link of an entity as its page lists it.
struct LinkView: Sendable {
    var arrow: String
    var role: String?
    var other: EntityRef
    var status: String?
    var firstDate: String?
    var lastDate: String?
    var dates: String?
    var count: Int
    var evidence: EvidenceView?

    init(_ link: Link) {
        arrow = LinkWording.arrow(link.predicate, outgoing: link.outgoing, role: link.role)
        role = LinkWording.role(link.role)
        other = EntityRef(link.other)
        status = link.status?.rawValue
        (firstDate, lastDate) = (link.firstDate, link.lastDate)
        if let last = link.lastDate {
            dates = link.firstDate.map { $0 == last ? last : "\($0) – \(last)" } ?? last
        }
        count = link.count
        evidence = link.evidence.last.map(EvidenceView.init)
    }
}

/// The links of one relation on an entity page.
struct LinkGroup: Sendable {
    var predicate: String
    var links: [LinkView]
    /// How many more there are than the page shows.
    var more: Int?
}

/// A key of an entity (AGS, Wikidata id …).
struct KeyView: Sendable {
    var key: String
    var value: String
}
