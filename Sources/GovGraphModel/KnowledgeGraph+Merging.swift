extension KnowledgeGraph {
    /// Merges extracted documents into one graph.
    ///
    /// Entities with the same id become one node (the name and keys of the first document win;
    /// mentions are counted, and the documents that mention it). Relations with the same edge
    /// key become one edge that keeps all their evidence, each with the role status its
    /// sentence reads.
    public init(documents: [ExtractedDocument]) {
        var nodes: [EntityID: GraphNode] = [:]
        var edges: [GraphEdge.Key: GraphEdge] = [:]
        for document in documents {
            for entity in document.graphEntities {
                var node = nodes[entity.id]
                    ?? GraphNode(id: entity.id, name: entity.name, type: entity.type, keys: entity.keys)
                node.mentionCount += entity.mentions.count
                if !entity.mentions.isEmpty { node.documentCount += 1 }
                nodes[entity.id] = node
            }
            for relation in document.relations {
                let evidence = EdgeEvidence(
                    documentID: document.id, date: relation.date ?? document.date,
                    start: relation.evidence.start, end: relation.evidence.end,
                    text: relation.evidence.text, status: Self.status(of: relation), rule: relation.evidence.rule)
                let fresh = GraphEdge(
                    subject: relation.subject, predicate: relation.predicate, object: relation.object,
                    role: relation.role, roleKey: relation.roleKey)
                var edge = edges[fresh.key] ?? fresh
                edge.add(evidence)
                edges[fresh.key] = edge
            }
        }
        self.init(nodes: Array(nodes.values), edges: Array(edges.values))
    }

    /// The entities within `depth` steps of `center` (in either direction), and the edges among
    /// them. Returns an empty graph when `center` is not a node.
    public func neighbourhood(of center: EntityID, depth: Int) -> KnowledgeGraph {
        guard node(center) != nil else { return .empty }
        var adjacency: [EntityID: [EntityID]] = [:]
        for edge in edges {
            adjacency[edge.subject, default: []].append(edge.object)
            adjacency[edge.object, default: []].append(edge.subject)
        }
        var reached: Set<EntityID> = [center]
        var frontier: [EntityID] = [center]
        for _ in 0..<max(0, depth) {
            var next: [EntityID] = []
            for id in frontier {
                for neighbour in adjacency[id, default: []] where reached.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return KnowledgeGraph(
            nodes: nodes.filter { reached.contains($0.id) },
            edges: edges.filter { reached.contains($0.subject) && reached.contains($0.object) })
    }
}

extension KnowledgeGraph {
    /// The status a relation's evidence carries: a holds_role relation read without one is
    /// held (`current`), as the store keeps it; other predicates have none.
    static func status(of relation: Relation) -> RoleStatus? {
        relation.predicate == .holdsRole ? (relation.status ?? .current) : nil
    }
}

extension GraphEdge {
    /// Adds one piece of evidence, keeping evidence sorted and the date range up to date.
    public mutating func add(_ item: EdgeEvidence) {
        guard !evidence.contains(item) else { return }
        evidence.append(item)
        evidence.sort {
            ($0.date ?? "", $0.documentID, $0.start, $0.end) < ($1.date ?? "", $1.documentID, $1.start, $1.end)
        }
        if let date = item.date {
            if firstDate.map({ date < $0 }) ?? true { firstDate = date }
            if lastDate.map({ date > $0 }) ?? true { lastDate = date }
        }
    }
}
