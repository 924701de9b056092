import GovGraphModel

/// The node-link document: what `networkx.node_link_data(g, edges="edges")` writes.
struct NodeLinkGraph: Encodable {
    var directed = true
    var multigraph = true
    var graph: [String: String]
    var nodes: [Node]
    var edges: [Edge]

    init(_ graph: KnowledgeGraph, name: String) {
        self.graph = ["name": name]
        nodes = graph.nodes.map(Node.init)
        edges = graph.edges.map(Edge.init)
    }

    struct Node: Encodable {
        var id: String
        var label: String
        var type: String
        var keys: [String: String]
        var mentions: Int
        var documents: Int

        init(_ node: GraphNode) {
            id = node.id.rawValue
            label = node.name
            type = node.type.rawValue
            keys = node.keys
            mentions = node.mentionCount
            documents = node.documentCount
        }
    }

    struct Edge: Encodable {
        var source: String
        var target: String
        var key: String
        var predicate: String
        var role: String?
        var roleKey: String?
        var count: Int
        var firstDate: String?
        var lastDate: String?
        var evidence: [Evidence]

        init(_ edge: GraphEdge) {
            source = edge.subject.rawValue
            target = edge.object.rawValue
            key = NodeLinkJSONRenderer.key(of: edge)
            predicate = edge.predicate.rawValue
            role = edge.role
            roleKey = edge.roleKey
            count = edge.count
            firstDate = edge.firstDate
            lastDate = edge.lastDate
            evidence = edge.evidence.map(Evidence.init)
        }

        enum CodingKeys: String, CodingKey {
            case source, target, key, predicate, role, roleKey = "role_key", count
            case firstDate = "first_date", lastDate = "last_date", evidence
        }

        // Written by hand so that missing values are `null` instead of absent.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
            try container.encode(key, forKey: .key)
            try container.encode(predicate, forKey: .predicate)
            try container.encode(role, forKey: .role)
            try container.encode(roleKey, forKey: .roleKey)
            try container.encode(count, forKey: .count)
            try container.encode(firstDate, forKey: .firstDate)
            try container.encode(lastDate, forKey: .lastDate)
            try container.encode(evidence, forKey: .evidence)
        }
    }

    struct Evidence: Encodable {
        var document: String
        var date: String?
        var start: Int
        var end: Int
        var text: String

        init(_ evidence: EdgeEvidence) {
            document = evidence.documentID
            date = evidence.date
            start = evidence.start
            end = evidence.end
            text = evidence.text
        }

        enum CodingKeys: String, CodingKey { case document, date, start, end, text }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(document, forKey: .document)
            try container.encode(date, forKey: .date)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(text, forKey: .text)
        }
    }
}
