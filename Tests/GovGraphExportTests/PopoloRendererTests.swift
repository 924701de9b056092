import Foundation
import GovGraphExport
import GovGraphModel
import Testing

@Suite("PopoloRenderer")
struct PopoloRendererTests {
    /// The Popolo document as a reader sees it.
    struct Document: Decodable {
        var persons: [Person]
        var organizations: [Organization]
        var areas: [Area]
        var memberships: [Membership]

        struct Person: Decodable, Equatable { var id: String; var name: String; var identifiers: [Identifier]? }
        struct Organization: Decodable, Equatable {
            var id: String
            var name: String
            var classification: String?
            var identifiers: [Identifier]?
            var area_id: String?
        }
        struct Area: Decodable, Equatable {
            var id: String
            var name: String
            var classification: String
            var identifiers: [Identifier]?
            var parent_id: String?
        }
        struct Identifier: Decodable, Equatable { var identifier: String; var scheme: String }
        struct Membership: Decodable, Equatable {
            var id: String
            var person_id: String
            var role: String?
            var organization_id: String?
            var area_id: String?
            var start_date: String?
            var end_date: String?
            var sources: [Source]
        }
        struct Source: Decodable, Equatable { var url: String; var note: String }
    }

    func decode(_ graph: KnowledgeGraph) throws -> Document {
        try JSONDecoder().decode(Document.self, from: Data(PopoloRenderer().render(graph).utf8))
    }

    @Test("The sample graph and the role history render as recorded")
    func snapshots() throws {
        try assertSnapshot(PopoloRenderer().render(.sample), named: "sampleGraph.popolo.json")
        try assertSnapshot(PopoloRenderer().render(.history), named: "historyGraph.popolo.json")
    }

    @Test("Persons, organizations and areas are listed; laws are not")
    func collections() throws {
        let document = try decode(.sample)
        #expect(document.persons.map(\.id) == ["person:burkhard-jung", "person:markus-lewe"])
        #expect(document.organizations.map(\.id) == ["organization:deutscher-staedtetag"])
        #expect(document.organizations.first?.classification == "kommunaler Spitzenverband")
        let areas = document.areas.map(\.classification)
        #expect(areas == ["municipality", "municipality", "district", "state", "country"])
        let all = [document.persons.map(\.id), document.areas.map(\.id)].joined()
        #expect(!all.contains("law:ozg"))
    }

    @Test("Areas carry their AGS (and ARS, ISO) as identifiers and their parent")
    func areas() throws {
        let document = try decode(.history)
        let bonn = try #require(document.areas.first { $0.id == "municipality:05314000" })
        let expected = Document.Area(
            id: "municipality:05314000", name: "Bonn", classification: "municipality",
            identifiers: [
                .init(identifier: "05314000", scheme: "ags"), .init(identifier: "053140000000", scheme: "ars"),
            ], parent_id: "state:05")
        #expect(bonn == expected)
        let nrw = try #require(document.areas.first { $0.id == "state:05" })
        let schemes = nrw.identifiers?.map(\.scheme) ?? []
        #expect(schemes == ["ags", "iso"])
    }

    @Test("A person's Bundestag, Wikidata and DBÖS ids are identifiers")
    func personIdentifiers() throws {
        let person = GraphNode(
            id: "person:olaf-scholz", name: "Olaf Scholz", type: .person,
            keys: ["bundestag": "11003231", "wikidata": "Q61053", "dboes": "9850", "party": "SPD"])
        let document = try decode(KnowledgeGraph(nodes: [person], edges: []))
        #expect(document.persons.first?.identifiers == [
            .init(identifier: "11003231", scheme: "bundestag"), .init(identifier: "Q61053", scheme: "wikidata"),
            .init(identifier: "9850", scheme: "dboes"),
        ])
        #expect(try decode(.sample).persons.allSatisfy { $0.identifiers == nil })
    }

    @Test("An organization's Wikidata id is an identifier; without one there are none")
    func organizationIdentifiers() throws {
        let party = GraphNode(
            id: "organization:sozialdemokratische-partei-deutschlands", name: "Sozialdemokratische Partei Deutschlands",
            type: .organization, keys: ["category": "party", "wikidata": "Q49768"])
        let document = try decode(KnowledgeGraph(nodes: [party], edges: []))
        #expect(document.organizations.first?.identifiers == [.init(identifier: "Q49768", scheme: "wikidata")])
        #expect(try decode(.sample).organizations.allSatisfy { $0.identifiers == nil })
    }

    @Test("Memberships name the organization or the area, with dates and sources")
    func memberships() throws {
        let document = try decode(.history)
        #expect(document.memberships.count == 5)
        let doerner = try #require(
            document.memberships.first {
                $0.person_id == "person:katja-doerner" && $0.organization_id != nil
            })
        #expect(doerner.role == "Vizepräsidentin")
        #expect(doerner.organization_id == "organization:deutscher-staedtetag")
        #expect(doerner.area_id == nil)
        #expect(doerner.start_date == "2025-06-01")
        #expect(doerner.end_date == "2026-01-26")
        #expect(doerner.sources.map(\.url) == ["urn:govgraph:document:doc-1"])
        let bonn = try #require(
            document.memberships.first { $0.person_id == "person:katja-doerner" && $0.area_id != nil })
        #expect(bonn.area_id == "municipality:05314000")
        #expect(bonn.organization_id == nil && bonn.end_date == nil)
        let sager = try #require(
            document.memberships.first { $0.organization_id == "organization:deutscher-landkreistag" })
        #expect(sager.end_date == "2026-02-10")
        #expect(sager.sources.count == 2)
    }

    @Test("Missing values are left out, not null")
    func noNulls() {
        #expect(!PopoloRenderer().render(.history).contains("null"))
    }

    @Test("Hostile names survive as JSON strings", arguments: HostileNames.all)
    func hostile(name: String) throws {
        let document = try decode(HostileNames.graph(name))
        #expect(document.persons == [.init(id: "person:" + name, name: name)])
        let membership = try #require(document.memberships.first)
        #expect(membership.role == name)
        #expect(membership.sources.first?.note == name)
    }
}
