import GovGraphModel
import GovGraphQuery
import GovGraphStore
import Testing

@Suite struct EntityResolutionTests {
    /// A store holding Leipzig and the Deutscher Städtetag.
    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let text = "Der Deutsche Städtetag tagte in Leipzig."
        let document = ExtractedDocument(
            id: "d1", source: "test.txt", title: nil, date: "2025-01-02", start: 0, end: text.unicodeScalars.count,
            entities: [
                Entity(
                    id: "organization:deutscher-staedtetag", name: "Deutscher Städtetag", type: .organization,
                    mentions: [Mention(text: "Deutsche Städtetag", start: 4, end: 22)]),
                Entity(
                    id: "municipality:14713000", name: "Leipzig", type: .municipality, keys: ["ags": "14713000"],
                    mentions: [Mention(text: "Leipzig", start: 32, end: 39)]),
            ],
            relations: [
                Relation(
                    subject: "municipality:14713000", predicate: .coMentioned, object: "organization:deutscher-staedtetag",
                    date: "2025-01-02", evidence: Evidence(start: 0, end: 40, text: text))
            ])
        _ = try store.save(document)
        return store
    }

    @Test(arguments: [
        ("municipality:14713000", "Leipzig"),
        ("Leipzigs", "Leipzig"),
        ("Städtetag", "Deutscher Städtetag"),
    ])
    func resolvesNamesAndIds(name: String, expected: String) throws {
        // Given a store, when a name is resolved, then the best match is the expected entity.
        #expect(try Self.store().resolve(name).entity.name == expected)
    }

    @Test func unknownNameSuggestsCloseNames() throws {
        // Given a misspelt name, when it is resolved, then the error names the close entity.
        #expect {
            try Self.store().resolve("Städtetak")
        } throws: { error in
            guard case QueryError.noEntity(_, let suggestions) = error else { return false }
            return suggestions.map(\.name) == ["Deutscher Städtetag"]
                && "\(error)" == "no entity matches \"Städtetak\"; did you mean Deutscher Städtetag?"
        }
    }

    @Test func unknownNameWithoutSuggestions() {
        let error = QueryError.noEntity(name: "Xyz", suggestions: [])
        #expect(error.description == "no entity matches \"Xyz\"; `govgraph query list` shows what is stored")
    }
}
