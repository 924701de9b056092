import Foundation
import GovGraphModel

/// Renders the people and posts of a knowledge graph as Popolo JSON, the open-government
/// standard for people, organizations and memberships.
///
/// - `persons`: every person (`id`, `name`, `identifiers` with the schemes `bundestag`,
///   `wikidata` and `dboes` when the gazetteer knows them);
/// - `organizations`: every organization (`id`, `name`, `classification` from its category,
///   `identifiers` with the scheme `wikidata` when it has a Wikidata id, `area_id` when it lies
///   in a place of the graph);
/// - `areas`: every municipality, district, state and country (`id`, `name`, `classification`
///   = the type, `identifiers` from the official keys with the schemes `ags`, `ars` and `iso`,
///   `parent_id` from located_in);
/// - `memberships`: one per holds_role edge from a person, with `role`, `person_id`, either
///   `organization_id` or `area_id`, `start_date` (the first article that reads it as held),
///   `end_date` (where the role ended: read as former, or taken over by a successor) and
///   `sources`, one per evidence sentence (`url` names the document, `note` is the sentence).
///
/// Laws, successions and co-mentions have no place in Popolo and are left out. Missing values
/// are left out; keys are sorted and the output is pretty-printed, so equal graphs give equal
/// bytes.
///
/// ```swift
/// let json = PopoloRenderer().render(graph)
/// // "memberships" : [ { "area_id" : "municipality:14713000", "person_id" : …, "role" : "Oberbürgermeister", …
/// ```
public struct PopoloRenderer: Sendable {
    public init() {}

    /// The key names taken over as area identifiers, in this order.
    static let identifierSchemes = ["ags", "ars", "iso"]
    /// Keys of organizations passed on as Popolo identifiers (a party's Wikidata id).
    static let organizationSchemes = ["wikidata"]
    /// Keys of persons passed on as Popolo identifiers (a member of the Bundestag's id, the
    /// Wikidata id and the id in DBÖS, the database of public speakers).
    static let personSchemes = ["bundestag", "wikidata", "dboes"]

    /// The Popolo JSON text of `graph`, ending with a newline.
    public func render(_ graph: KnowledgeGraph) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(PopoloDocument(graph))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Strings only: encoding cannot fail.
            preconditionFailure("Popolo JSON encoding failed: \(error)")
        }
    }

    /// The URL that stands for a document in `sources`.
    static func sourceURL(_ documentID: String) -> String {
        "urn:govgraph:document:\(documentID)"
    }
}
