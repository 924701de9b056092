import Foundation
import GovGraphServer
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing

@Suite struct GraphServerTests {
    /// The body of a GET, with its status and content type.
    static func get(_ uri: String, server: GraphServer? = nil) async throws -> (status: Int, type: String, body: String) {
        let app = try (server ?? SampleGraph.server()).makeApplication()
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                (Int(response.status.code), response.headers[.contentType] ?? "", String(buffer: response.body))
            }
        }
    }

    static func json(_ body: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(body.utf8))
    }

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
        ("/api/entities/Leipzig/export?format=graphml", 200, "<graphml"),
        ("/api/entities/Leipzig/export?format=csv", 200, "\"files\""),
    ])
    func apiAnswers(uri: String, status: Int, contains: String) async throws {
        // Given the sample graph, when the API is asked, then it answers with the query's JSON.
        let response = try await Self.get(uri)
        #expect(response.status == status, "\(uri): \(response.body)")
        #expect(response.body.contains(contains), "\(uri): \(response.body)")
    }

    @Test(arguments: [
        ("/api/entities?limit=0", 422),
        ("/api/entities?limit=1000", 422),
        ("/api/entities?limit=ten", 400),
        ("/api/entities?type=planet", 400),
        ("/api/entities/Leipzig?since=2025-13-01", 400),
        ("/api/entities/Leipzig?since=2025-05-01&until=2025-01-01", 400),
        ("/api/entities/Leipzgi", 404),
        ("/api/documents/unknown", 404),
        ("/api/path?from=Leipzig", 400),
        ("/api/path?from=Leipzig&to=Sachsen&max_length=50", 422),
        ("/api/search?q=" + String(repeating: "a", count: 300), 413),
        ("/api/search?q=%2B%2B", 400),
        ("/api/nothing", 404),
        ("/api/entities/Leipzig/export?format=bmp", 400),
    ])
    func apiErrors(uri: String, status: Int) async throws {
        // Given a bad request, when it is answered, then the status fits and the body is JSON.
        let response = try await Self.get(uri)
        #expect(response.status == status, "\(uri): \(response.body)")
        #expect(response.type == "application/json")
        let object = try Self.json(response.body) as? [String: Any]
        let error = object?["error"] as? [String: Any]
        #expect(error?["status"] as? Int == status)
        #expect((error?["message"] as? String)?.isEmpty == false)
    }

    @Test func unknownEntitySuggests() async throws {
        let response = try await Self.get("/api/entities/Leipzgi")
        #expect(response.body.contains("did you mean Leipzig?"))
        #expect(response.body.contains("\"id\" : \"municipality:14713000\""))
    }

    @Test(arguments: [
        ("/", "Most connected"),
        ("/search?q=Leipzig", "href=\"/entity/municipality:14713000\""),
        ("/search?q=Oberb%C3%BCrgermeister", "Städtetag in Leipzig"),
        ("/entity/Leipzig", "Oberbürgermeister"),
        ("/entity/person:burkhard-jung", "Roles"),
        ("/entity/Leipzig/timeline", "Timeline of"),
        ("/document/doc-leipzig-2025", "<a class=\"mention municipality\" href=\"/entity/municipality:14713000\""),
        ("/path?from=Burkhard+Jung&to=Sachsen", "2 steps"),
        ("/path", "<form action=\"/path\""),
    ])
    func pages(uri: String, contains: String) async throws {
        // Given the sample graph, when a page is asked for, then it is HTML showing the answer.
        let response = try await Self.get(uri)
        #expect(response.status == 200, "\(uri)")
        #expect(response.type.hasPrefix("text/html"))
        #expect(response.body.contains(contains), "\(uri): \(response.body)")
    }

    @Test func unknownEntityPage() async throws {
        let response = try await Self.get("/entity/Leipzgi")
        #expect(response.status == 404)
        #expect(response.type.hasPrefix("text/html"))
        #expect(response.body.contains("<a class=\"suggestion\" href=\"/entity/municipality:14713000\">Leipzig</a>"))
    }
}
