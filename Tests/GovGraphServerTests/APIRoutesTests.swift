import Foundation
import GovGraphServer
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing

/// The JSON API under `/api` on the sample graph.
@Suite struct APIRoutesTests {
    @Test(arguments: [
        ("/api/stats", 200, "\"documents\" : 1"),
        ("/api/entities?q=Leipzig", 200, "\"name\" : \"Leipzig\""),
        ("/api/entities?type=state", 200, "\"name\" : \"Sachsen\""),
        ("/api/entities?limit=1&offset=1", 200, "\"next_offset\" : 2"),
        ("/api/entities/Leipzig", 200, "\"role_key\" : \"oberbürgermeister\""),
        ("/api/entities/municipality:14713000?relation=located_in", 200, "\"predicate\" : \"located_in\""),
        ("/api/entities/Leipzig/timeline", 200, "\"entries\""),
        ("/api/who?role=OB&of=Leipzig", 200, "\"name\" : \"Burkhard Jung\""),
        ("/api/path?from=Burkhard+Jung&to=Sachsen", 200, "\"predicate\" : \"located_in\""),
        ("/api/search?q=Sachsen", 200, "\"document\" : \"doc-leipzig-2025\""),
        ("/api/documents/doc-leipzig-2025", 200, "\"title\" : \"Städtetag in Leipzig\""),
        ("/api/documents/doc-leipzig-2025", 200, "\"text\" : \"Burkhard Jung, Oberbürgermeister von Leipzig,"),
        ("/api/entities/Leipzig/export?format=graphml", 200, "<graphml"),
        ("/api/entities/Leipzig/export?format=csv", 200, "\"files\""),
    ])
    func apiAnswers(uri: String, status: Int, contains: String) async throws {
        // Given the sample graph, when the API is asked, then it answers with the query's JSON.
        let response = try await ServerClient.get(uri)
        #expect(response.status == status, "\(uri): \(response.body)")
        #expect(response.body.contains(contains), "\(uri): \(response.body)")
    }

    @Test func unknownEntitySuggests() async throws {
        let response = try await ServerClient.get("/api/entities/Leipzgi")
        #expect(response.body.contains("did you mean Leipzig?"))
        #expect(response.body.contains("\"id\" : \"municipality:14713000\""))
    }

    @Test func documentHasItsText() async throws {
        // Given the sample document, stored with its text, when the API gives it, then its text
        // is the stored text and each mention's offsets less the document's start slice it.
        let response = try await ServerClient.get("/api/documents/doc-leipzig-2025")
        let document = try #require(try ServerClient.json(response.body) as? [String: Any])
        let text = try #require(document["text"] as? String)
        #expect(text.hasSuffix("Auch der Verein X war da."))
        let start = try #require(document["start"] as? Int)
        let scalars = Array(text.unicodeScalars)
        let mentions = try #require(document["mentions"] as? [[String: Any]])
        #expect(mentions.count == 6)
        for mention in mentions {
            let from = try #require(mention["start"] as? Int) - start
            let to = try #require(mention["end"] as? Int) - start
            #expect(String(String.UnicodeScalarView(scalars[from..<to])) == mention["text"] as? String)
        }
    }

    @Test func documentWithoutTextHasNone() async throws {
        // Given a document stored before govgraph kept texts, when the API gives it, then it has
        // no text field and still its passages.
        let response = try await ServerClient.get("/api/documents/doc-alt", server: PageRoutesTests.untextedServer())
        #expect(response.status == 200)
        let document = try #require(try ServerClient.json(response.body) as? [String: Any])
        #expect(document["text"] == nil)
        #expect((document["passages"] as? [Any])?.isEmpty == false)
    }
}
