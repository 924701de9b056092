import Foundation
import GovGraphModel

/// Builds an `ExtractedDocument` by hand: mentions are located in the text, so that offsets are
/// right without counting code points.
struct DocumentBuilder {
    var id: String
    var date: String?
    var text: String
    var title: String?
    /// The input path; `fixture/<id>.txt` unless set.
    var source: String?
    private(set) var entities: [Entity] = []
    private(set) var relations: [Relation] = []

    init(id: String, date: String?, text: String, title: String? = nil, source: String? = nil) {
        self.id = id
        self.date = date
        self.text = text
        self.title = title
        self.source = source
    }

    /// Adds an entity with a mention for each of `mentions` (found left to right in the text).
    mutating func entity(
        _ id: EntityID, _ name: String, _ type: EntityType, keys: [String: String] = [:],
        mentions: [String]
    ) {
        var searchFrom = text.unicodeScalars.startIndex
        var found: [Mention] = []
        for mention in mentions {
            let range = text[searchFrom...].range(of: mention)!
            let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
            let end = text.unicodeScalars.distance(from: text.startIndex, to: range.upperBound)
            found.append(Mention(text: mention, start: start, end: end))
            searchFrom = range.upperBound
        }
        entities.append(Entity(id: id, name: name, type: type, keys: keys, mentions: found))
    }

    /// Adds `person` holds `role` in `object`, read in the whole text.
    mutating func role(
        _ person: EntityID, _ role: String, key: String, in object: EntityID,
        status: RoleStatus? = nil
    ) {
        relations.append(
            Relation(
                subject: person, predicate: .holdsRole, role: role, roleKey: key, status: status,
                object: object, evidence: wholeText))
    }

    /// Adds `successor` succeeds `predecessor`, read in the whole text.
    mutating func succeeds(_ successor: EntityID, _ predecessor: EntityID) {
        relations.append(
            Relation(subject: successor, predicate: .succeeds, object: predecessor, evidence: wholeText))
    }

    /// Adds `part` located in `whole`, read from the official keys (an evidence without a span).
    mutating func locatedIn(_ part: EntityID, _ whole: EntityID) {
        relations.append(
            Relation(
                subject: part, predicate: .locatedIn, object: whole,
                evidence: Evidence(start: 0, end: 0, text: "…")))
    }

    /// Adds a co-mention of every pair of the given entities, stored with subject < object.
    mutating func coMentioned(_ ids: EntityID...) {
        for (index, first) in ids.enumerated() {
            for second in ids[(index + 1)...] {
                relations.append(
                    Relation(
                        subject: min(first, second), predicate: .coMentioned,
                        object: max(first, second), evidence: wholeText))
            }
        }
    }

    var wholeText: Evidence {
        Evidence(start: 0, end: text.unicodeScalars.count, text: text)
    }

    var document: ExtractedDocument {
        ExtractedDocument(
            id: id, source: source ?? "fixture/\(id).txt", title: title, date: date, start: 0,
            end: text.unicodeScalars.count, entities: entities, relations: relations, text: text)
    }
}
