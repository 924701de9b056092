import GovGraphModel

/// How ``DOTRenderer`` groups nodes into boxes (Graphviz clusters).
public enum DOTClustering: String, Sendable, Hashable, CaseIterable {
    /// One box per Land: the Land itself, the places and bodies in it, and the persons whose
    /// roles all lie in it.
    case state
    /// One box per entity type.
    case type
}

extension DOTRenderer {
    /// A box of nodes: its Graphviz id (`cluster_…`), its caption and its members in graph
    /// order.
    struct Cluster {
        var id: String
        var label: String
        var members: [GraphNode]
    }

    /// The boxes for `clustering`, in a stable order (Länder by key, types in declared order),
    /// and the nodes in no box.
    static func clusters(_ graph: KnowledgeGraph, by clustering: DOTClustering)
        -> (clusters: [Cluster], loose: [GraphNode])
    {
        switch clustering {
        case .type:
            let clusters = EntityType.allCases.compactMap { type -> Cluster? in
                let members = graph.nodes.filter { $0.type == type }
                guard !members.isEmpty else { return nil }
                return Cluster(id: "cluster_type:\(type.rawValue)", label: type.plural, members: members)
            }
            return (clusters, [])
        case .state:
            let states = Self.states(graph)
            let ids = Set(states.values).sorted()
            let clusters = ids.map { state in
                Cluster(
                    id: "cluster_\(state.rawValue)",
                    label: graph.node(state)?.name ?? Self.stateNames[state.rawValue] ?? state.rawValue,
                    members: graph.nodes.filter { states[$0.id] == state })
            }
            return (clusters, graph.nodes.filter { states[$0.id] == nil })
        }
    }

    /// The Land of each node that lies in one: a Land is its own; a place or body with a
    /// `state` key lies in `state:<key>`; what is located_in something with a Land lies in that
    /// Land; a person whose roles are all in one Land belongs there.
    static func states(_ graph: KnowledgeGraph) -> [EntityID: EntityID] {
        var result: [EntityID: EntityID] = [:]
        for node in graph.nodes {
            if node.type == .state {
                result[node.id] = node.id
            } else if node.type != .person, let key = node.keys["state"], !key.isEmpty {
                result[node.id] = EntityID("state:" + key)
            }
        }
        // located_in chains are short (place → Kreis → Land); follow them until nothing changes.
        var changed = true
        while changed {
            changed = false
            for edge in graph.edges where edge.predicate == .locatedIn && result[edge.subject] == nil {
                if let state = result[edge.object] {
                    result[edge.subject] = state
                    changed = true
                }
            }
        }
        var roles: [EntityID: Set<EntityID?>] = [:]
        for edge in graph.edges where edge.predicate == .holdsRole {
            roles[edge.subject, default: []].insert(result[edge.object])
        }
        for (person, states) in roles where result[person] == nil && states.count == 1 {
            if let state = states.first ?? nil { result[person] = state }
        }
        return result
    }

    /// The Länder by id, for boxes whose Land is not a node of the graph.
    static let stateNames: [String: String] = [
        "state:01": "Schleswig-Holstein", "state:02": "Hamburg", "state:03": "Niedersachsen",
        "state:04": "Bremen", "state:05": "Nordrhein-Westfalen", "state:06": "Hessen",
        "state:07": "Rheinland-Pfalz", "state:08": "Baden-Württemberg", "state:09": "Bayern",
        "state:10": "Saarland", "state:11": "Berlin", "state:12": "Brandenburg",
        "state:13": "Mecklenburg-Vorpommern", "state:14": "Sachsen", "state:15": "Sachsen-Anhalt",
        "state:16": "Thüringen",
    ]

    static let clusterAttributes = [
        ("style", "rounded"), ("color", "#BBBBBB"), ("fontsize", "12"), ("margin", "10"),
    ]
}
