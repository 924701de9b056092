import GovGraphModel

/// Counts for the summary after an extraction.
struct Summary {
    var files = 0
    var documents = 0
    var newDocuments = 0
    /// Stored documents of the files that their new versions no longer have.
    var removedDocuments = 0
    var entities: [EntityType: Set<EntityID>] = [:]
    var relations: [GovGraphModel.Predicate: Int] = [:]

    mutating func add(_ document: ExtractedDocument, new: Bool) {
        documents += 1
        if new { newDocuments += 1 }
        for entity in document.graphEntities { entities[entity.type, default: []].insert(entity.id) }
        for relation in document.relations { relations[relation.predicate, default: 0] += 1 }
    }

    func render(database: String?) -> String {
        var lines: [String] = []
        let unchanged = documents - newDocuments
        var head = "\(files) file\(files == 1 ? "" : "s"), \(documents) document\(documents == 1 ? "" : "s")"
        if database != nil {
            head += " (\(newDocuments) new, \(unchanged) already stored"
            head += removedDocuments > 0 ? ", \(removedDocuments) removed)" : ")"
        }
        lines.append(head)
        let entityParts = EntityType.allCases.compactMap { type in
            entities[type].map { "\($0.count) \($0.count == 1 ? type.rawValue : type.plural)" }
        }
        lines.append("entities: " + (entityParts.isEmpty ? "none" : entityParts.joined(separator: ", ")))
        let relationParts = GovGraphModel.Predicate.allCases.compactMap { p in relations[p].map { "\($0) \(p.rawValue)" } }
        lines.append("relations: " + (relationParts.isEmpty ? "none" : relationParts.joined(separator: ", ")))
        if let database { lines.append("database: \(database)") }
        return lines.joined(separator: "\n")
    }
}
