import GovGraphModel

/// The Popolo document: what ``PopoloRenderer`` encodes.
struct PopoloDocument: Encodable {
    var persons: [Person]
    var organizations: [Organization]
    var areas: [Area]
    var memberships: [Membership]

    init(_ graph: KnowledgeGraph) {
        let types = Dictionary(graph.nodes.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        var containers: [EntityID: EntityID] = [:]
        for edge in graph.edges where edge.predicate == .locatedIn {
            guard let whole = types[edge.object], whole.isArea, containers[edge.subject] == nil
            else { continue }
            containers[edge.subject] = edge.object
        }
        persons = graph.nodes.filter { $0.type == .person }.map { node in
            let identifiers = PopoloRenderer.personSchemes.compactMap { scheme in
                node.keys[scheme].map { Identifier(identifier: $0, scheme: scheme) }
            }
            return Person(id: node.id.rawValue, name: node.name, identifiers: identifiers.isEmpty ? nil : identifiers)
        }
        organizations = graph.nodes.filter { $0.type == .organization }.map { node in
            let identifiers = PopoloRenderer.organizationSchemes.compactMap { scheme in
                node.keys[scheme].map { Identifier(identifier: $0, scheme: scheme) }
            }
            return Organization(
                id: node.id.rawValue, name: node.name, classification: node.keys["category"],
                identifiers: identifiers.isEmpty ? nil : identifiers, area_id: containers[node.id]?.rawValue)
        }
        areas = graph.nodes.filter(\.type.isArea).map { node in
            let identifiers = PopoloRenderer.identifierSchemes.compactMap { scheme in
                node.keys[scheme].map { Identifier(identifier: $0, scheme: scheme) }
            }
            return Area(
                id: node.id.rawValue, name: node.name, classification: node.type.rawValue,
                identifiers: identifiers.isEmpty ? nil : identifiers,
                parent_id: containers[node.id]?.rawValue)
        }
        let spans = graph.timespans()
        memberships = graph.edges.compactMap { edge in
            guard edge.predicate == .holdsRole, types[edge.subject] == .person,
                let objectType = types[edge.object], objectType == .organization || objectType.isArea
            else { return nil }
            let span = spans[edge.key] ?? EdgeTimespan()
            let isOrganization = objectType == .organization
            return Membership(
                id: "\(edge.subject.rawValue)/\(edge.roleKey ?? "")/\(edge.object.rawValue)",
                person_id: edge.subject.rawValue, role: edge.role ?? edge.roleKey,
                organization_id: isOrganization ? edge.object.rawValue : nil,
                area_id: isOrganization ? nil : edge.object.rawValue, start_date: span.start,
                end_date: span.end,
                sources: edge.evidence.map {
                    Source(url: PopoloRenderer.sourceURL($0.documentID), note: $0.text)
                })
        }
    }

    // Property names are Popolo's, in snake case.
    struct Person: Encodable {
        var id: String
        var name: String
        var identifiers: [Identifier]?
    }

    struct Organization: Encodable {
        var id: String
        var name: String
        var classification: String?
        var identifiers: [Identifier]?
        var area_id: String?
    }

    struct Area: Encodable {
        var id: String
        var name: String
        var classification: String
        var identifiers: [Identifier]?
        var parent_id: String?
    }

    struct Identifier: Encodable {
        var identifier: String
        var scheme: String
    }

    struct Membership: Encodable {
        var id: String
        var person_id: String
        var role: String?
        var organization_id: String?
        var area_id: String?
        var start_date: String?
        var end_date: String?
        var sources: [Source]
    }

    struct Source: Encodable {
        var url: String
        var note: String
    }
}

extension EntityType {
    /// Whether Popolo lists entities of this type as areas.
    var isArea: Bool { [.municipality, .district, .state, .country].contains(self) }
}
