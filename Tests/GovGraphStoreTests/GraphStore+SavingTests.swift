import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Saving documents")
struct GraphStoreSavingTests {
    @Test("A saved document comes back as entities, mentions and relations")
    func roundTrip() throws {
        // Given an empty store
        let store = try GraphStore.inMemory()

        // When one document is saved
        let result = try store.save(Corpus.leipzigDocument)

        // Then its entities, mentions and relations are stored as given
        #expect(result == .inserted)
        #expect(
            try store.entity(id: Corpus.leipzig)
                == EntitySummary(
                    id: Corpus.leipzig, name: "Leipzig", type: .municipality,
                    keys: ["ags": "14713000"],
                    mentionCount: 1, documentCount: 1))
        #expect(
            try store.fetchUnchecked(
                sql: "SELECT entityId, start, \"end\", text FROM mention ORDER BY start") == [
                    ["municipality:14713000", "0", "8", "Leipzigs"],
                    ["person:burkhard-jung", "27", "40", "Burkhard Jung"],
                    ["organization:deutscher-staedtetag", "56", "75", "Deutschen Städtetag"],
                ])
        #expect(
            try store.fetchUnchecked(
                sql:
                    "SELECT subjectId, predicate, objectId, role, roleKey, date FROM relation ORDER BY id"
            ) == [
                [
                    "person:burkhard-jung", "holds_role", "municipality:14713000",
                    "Oberbürgermeister", "oberbürgermeister", "2024-03-01",
                ],
                [
                    "municipality:14713000", "co_mentioned", "person:burkhard-jung", nil, nil,
                    "2024-03-01",
                ],
                [
                    "municipality:14713000", "co_mentioned", "organization:deutscher-staedtetag",
                    nil, nil, "2024-03-01",
                ],
                [
                    "organization:deutscher-staedtetag", "co_mentioned", "person:burkhard-jung",
                    nil, nil, "2024-03-01",
                ],
            ])
        #expect(try store.graph() == KnowledgeGraph(documents: [Corpus.leipzigDocument]))
    }

    @Test("The document row keeps its metadata and the time it was inserted")
    func documentRow() throws {
        // Given a store
        let store = try GraphStore.inMemory()

        // When a document without a date is saved
        try store.save(Corpus.ulmDocument)

        // Then its row holds source, span and an ISO 8601 insertion time, and no date
        let rows = try store.fetchUnchecked(
            sql: "SELECT id, source, title, date, start, \"end\", insertedAt FROM document")
        #expect(rows.count == 1)
        #expect(
            Array(rows[0].prefix(6)) == ["doc-ulm", "fixture/doc-ulm.txt", nil, nil, "0", "44"])
        let insertedAt = try #require(rows[0][6])
        #expect(insertedAt.count == 24 && insertedAt.hasSuffix("Z") && insertedAt.contains("T"))
    }

    @Test("The document row keeps the article text, by itself and in a batch", arguments: [false, true])
    func documentText(batch: Bool) throws {
        // Given a store and the corpus, each document with its text
        let store = try GraphStore.inMemory()
        #expect(Corpus.all.allSatisfy { $0.text?.isEmpty == false })

        // When the documents are saved one by one, or as one batch
        if batch {
            try store.save(contentsOf: Corpus.all)
        } else {
            for document in Corpus.all { try store.save(document) }
        }

        // Then each row holds its document's text
        #expect(try store.storedTexts() == Corpus.all.texts)
    }

    @Test("A document without a text is stored with none")
    func documentWithoutText() throws {
        let store = try GraphStore.inMemory()
        var document = Corpus.ulmDocument
        document.text = nil
        try store.save(document)
        #expect(try store.storedTexts() == ["doc-ulm": nil])
    }

    @Test("Saving the same document twice changes nothing")
    func savingTwice() throws {
        // Given a store holding every corpus document
        let store = try Corpus.store()
        let statsBefore = try store.stats()
        let graphBefore = try store.graph()

        // When one of them is saved again
        let result = try store.save(Corpus.dresdenDocument)

        // Then the result is unchanged and so are all counts
        #expect(result == .unchanged)
        #expect(try store.stats() == statsBefore)
        #expect(try store.graph() == graphBefore)
    }

    @Test("A document with a known id is not replaced, even if its content differs")
    func sameIDDifferentContent() throws {
        // Given a store holding the Leipzig document
        let store = try Corpus.store([Corpus.leipzigDocument])

        // When a different document with the same id is saved
        var impostor = Corpus.sachsenDocument
        impostor.id = Corpus.leipzigDocument.id

        // Then it is ignored
        #expect(try store.save(impostor) == .unchanged)
        #expect(try store.entity(id: Corpus.sachsen) == nil)
    }

    @Test("The first name and keys of an entity win")
    func firstNameWins() throws {
        // Given a store holding the Leipzig document (names "Leipzig", "Deutscher Städtetag")
        let store = try Corpus.store([Corpus.leipzigDocument])

        // When later documents call them "Stadt Leipzig" and "Städtetag" with other keys
        try store.save(Corpus.dresdenDocument)
        try store.save(Corpus.leipzigFollowUp)

        // Then the first names and keys are kept, and the counts grow
        let leipzig = try #require(try store.entity(id: Corpus.leipzig))
        #expect(leipzig.name == "Leipzig")
        #expect(leipzig.keys == ["ags": "14713000"])
        #expect(leipzig.mentionCount == 2)
        let staedtetag = try #require(try store.entity(id: Corpus.staedtetag))
        #expect(staedtetag.name == "Deutscher Städtetag")
        #expect(staedtetag.keys == [:])
        #expect(staedtetag.documentCount == 2)
    }

    @Test("A relation to an unknown entity saves nothing")
    func unknownEntity() throws {
        // Given a store and a document whose relation points to an entity it does not list
        let store = try GraphStore.inMemory()
        var document = Corpus.ulmDocument
        document.relations = [
            Relation(
                subject: "person:niemand", predicate: .holdsRole, role: "Bürgermeister",
                roleKey: "bürgermeister", object: Corpus.ulm,
                evidence: Evidence(start: 0, end: 10, text: "Die Stadt "))
        ]

        // When it is saved
        // Then saving fails naming the document and the entity, and nothing is stored
        #expect(
            throws: GraphStoreError.unknownEntity(
                path: ":memory:", documentID: "doc-ulm", entityID: "person:niemand")
        ) {
            try store.save(document)
        }
        #expect(try store.stats().documents == 0)
        #expect(try store.entity(id: Corpus.ulm) == nil)
    }

    @Test("Saving a batch gives the results and rows of saving its documents one by one")
    func batchEqualsOneByOne() throws {
        // Given the corpus with one document listed twice, and a store holding one of them
        let documents = Corpus.all + [Corpus.leipzigDocument]
        let oneByOne = try Corpus.store([Corpus.ulmDocument])
        let batched = try Corpus.store([Corpus.ulmDocument])

        // When they are saved one by one into one store and as one batch into the other
        let expected: [SaveResult] = try documents.map { try oneByOne.save($0) }
        let results: [SaveResult] = try batched.save(contentsOf: documents)

        // Then the results and every stored row are the same
        #expect(expected == [.inserted, .inserted, .inserted, .inserted, .unchanged, .unchanged])
        #expect(results == expected)
        let batchedRows = try batched.contents()
        let expectedRows = try oneByOne.contents()
        #expect(batchedRows == expectedRows)
        let hits = try batched.search("Städtetag")
        #expect(!hits.isEmpty)
    }

    @Test("An empty batch saves nothing")
    func emptyBatch() throws {
        let store = try GraphStore.inMemory()
        let results: [SaveResult] = try store.save(contentsOf: [])
        #expect(results.isEmpty)
        #expect(try store.stats().documents == 0)
    }

    @Test(
        "A failing document rolls back its whole batch and the store is unchanged",
        arguments: BadDocument.allCases)
    func failingBatch(bad: BadDocument) throws {
        // Given a store holding one document
        let store = try Corpus.store([Corpus.ulmDocument])
        let before = try store.contents()

        // When a batch with a failing document between two good ones is saved
        let batch = [Corpus.leipzigDocument, bad.document, Corpus.dresdenDocument]

        // Then saving fails and nothing of the batch is stored
        #expect(throws: GraphStoreError.self) { try store.save(contentsOf: batch) }
        let after = try store.contents()
        #expect(after == before)
        #expect(try store.stats().documents == 1)
        // and the good documents can still be saved
        let results: [SaveResult] = try store.save(contentsOf: [Corpus.leipzigDocument])
        #expect(results == [.inserted])
    }

    /// Documents that cannot be saved.
    enum BadDocument: CaseIterable, Sendable {
        /// Its relation points to an entity neither it nor the store knows.
        case unknownEntity
        /// Its span ends before it starts (the document table's check fails).
        case invalidSpan

        var document: ExtractedDocument {
            var builder = DocumentBuilder(
                id: "doc-bad", date: "2025-03-03", text: "Ministerpräsident Michael Kretschmer regiert Sachsen.")
            builder.entity(Corpus.sachsen, "Sachsen", .state, mentions: ["Sachsen"])
            var document = builder.document
            switch self {
            case .unknownEntity:
                document.relations = [
                    Relation(
                        subject: "person:niemand", predicate: .holdsRole, role: "Ministerpräsident",
                        roleKey: "ministerpräsident", object: Corpus.sachsen,
                        evidence: Evidence(start: 0, end: 17, text: "Ministerpräsident"))
                ]
            case .invalidSpan:
                document.start = 40
                document.end = 3
            }
            return document
        }
    }

    @Test("A relation may point to an entity stored by an earlier document")
    func entityFromEarlierDocument() throws {
        // Given a store that knows Ulm
        let store = try Corpus.store([Corpus.ulmDocument])

        // When a document relates a person to Ulm without listing Ulm
        let text = "Oberbürgermeister Martin Ansbacher eröffnete das Amt."
        var builder = DocumentBuilder(id: "doc-ulm-2", date: "2025-01-20", text: text)
        builder.entity(
            "person:martin-ansbacher", "Martin Ansbacher", .person, mentions: ["Martin Ansbacher"])
        builder.role(
            "person:martin-ansbacher", "Oberbürgermeister", key: "oberbürgermeister", in: Corpus.ulm
        )

        // Then it is saved, and the link is there
        #expect(try store.save(builder.document) == .inserted)
        #expect(try store.links(of: Corpus.ulm).map(\.other.id) == ["person:martin-ansbacher"])
    }

    @Test("Repeated mentions and relations within one document are stored once")
    func duplicatesWithinDocument() throws {
        // Given a document that lists the same mention and the same co-mention twice
        var builder = DocumentBuilder(
            id: "doc-dup", date: "2025-02-02", text: "Dresden und Sachsen planen gemeinsam.")
        builder.entity(Corpus.dresden, "Dresden", .municipality, mentions: ["Dresden"])
        builder.entity(Corpus.sachsen, "Sachsen", .state, mentions: ["Sachsen"])
        builder.coMentioned(Corpus.dresden, Corpus.sachsen)
        builder.coMentioned(Corpus.dresden, Corpus.sachsen)
        var document = builder.document
        document.entities[0].mentions.append(document.entities[0].mentions[0])

        // When it is saved
        let store = try GraphStore.inMemory()
        try store.save(document)

        // Then there is one mention of Dresden and one co_mentioned relation
        #expect(try store.entity(id: Corpus.dresden)?.mentionCount == 1)
        #expect(try store.links(of: Corpus.dresden).map(\.count) == [1])
    }

    @Test(
        "A role's status is stored; a role without one is current; other predicates have none",
        arguments: [
            (Predicate.holdsRole, RoleStatus?.some(.former), "former"),
            (.holdsRole, .some(.new), "new"),
            (.holdsRole, nil, "current"),
            (.succeeds, .some(.new), nil),
            (.coMentioned, .some(.current), nil),
        ] as [(Predicate, RoleStatus?, String?)])
    func status(predicate: Predicate, status: RoleStatus?, stored: String?) throws {
        // Given a relation of the predicate with the status
        var builder = DocumentBuilder(
            id: "doc-status", date: "2026-01-26", text: "Claudia Kalisch folgt auf Katja Dörner.")
        builder.entity(Corpus.kalisch, "Claudia Kalisch", .person, mentions: ["Claudia Kalisch"])
        builder.entity(Corpus.doerner, "Katja Dörner", .person, mentions: ["Katja Dörner"])
        var document = builder.document
        document.relations = [
            Relation(
                subject: Corpus.kalisch, predicate: predicate, status: status,
                object: Corpus.doerner, evidence: builder.wholeText)
        ]

        // When it is saved
        let store = try Corpus.store([document])

        // Then the status column holds the status of a role only
        #expect(try store.fetchUnchecked(sql: "SELECT status FROM relation") == [[stored]])
    }

    @Test("The title and each distinct evidence sentence with a span become passages")
    func passages() throws {
        // Given the 2019 article: a title, one sentence read by several relations, and a
        // location without a span
        let store = try Corpus.store([Corpus.jungPresident2019])

        // When the passages are read
        let rows = try store.fetchUnchecked(
            sql: "SELECT kind, start, \"end\" FROM passage ORDER BY kind, start")

        // Then there is one sentence and one title, and the location is not indexed
        #expect(rows == [["sentence", "0", "92"], ["title", "0", "0"]])
    }
}
