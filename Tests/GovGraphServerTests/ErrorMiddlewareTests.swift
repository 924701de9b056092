import Foundation
import GovGraphServer
import Testing

/// Every error becomes a response that fits: JSON under `/api`, a page elsewhere.
@Suite struct ErrorMiddlewareTests {
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
        let response = try await ServerClient.get(uri)
        #expect(response.status == status, "\(uri): \(response.body)")
        #expect(response.type == "application/json")
        let object = try ServerClient.json(response.body) as? [String: Any]
        let error = object?["error"] as? [String: Any]
        #expect(error?["status"] as? Int == status)
        #expect((error?["message"] as? String)?.isEmpty == false)
    }

    @Test func unknownEntityPage() async throws {
        let response = try await ServerClient.get("/entity/Leipzgi")
        #expect(response.status == 404)
        #expect(response.type.hasPrefix("text/html"))
        #expect(response.body.contains("<a class=\"suggestion\" href=\"/entity/municipality:14713000\">Leipzig</a>"))
    }

    @Test func unknownDocumentPage() async throws {
        let response = try await ServerClient.get("/document/unknown")
        #expect(response.status == 404)
        #expect(response.type.hasPrefix("text/html"))
        #expect(response.body.contains("no document unknown"))
    }
}
