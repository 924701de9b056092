import Foundation
import GovGraphServer
import Testing

/// The document at `/openapi.json` is valid OpenAPI, and every path in it answers.
@Suite struct OpenAPIDocumentTests {
    /// Values for the path parameters, which the document gives no example for.
    static let pathValues = ["entity": "Leipzig", "document": SampleGraph.documentID]

    static func document() async throws -> [String: Any] {
        let response = try await ServerClient.get("/openapi.json")
        #expect(response.status == 200)
        return try #require(try ServerClient.json(response.body) as? [String: Any])
    }

    @Test(.enabled(if: Python.has("openapi_spec_validator"), "needs openapi-spec-validator (pip install openapi-spec-validator)"))
    func documentIsValid() async throws {
        // Given the served document, when openapi-spec-validator reads it, then it reports no error.
        let response = try await ServerClient.get("/openapi.json")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("govgraph-openapi-\(UUID()).json")
        try Data(response.body.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Python.run(["-m", "openapi_spec_validator", file.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyPathAnswers() async throws {
        // Given the document, when every path is requested with its parameters' examples, then
        // each answers 200 with the media type the document names.
        let paths = try #require(try await Self.document()["paths"] as? [String: [String: Any]])
        #expect(paths.count >= 10)
        for (template, operations) in paths.sorted(by: { $0.key < $1.key }) {
            let get = try #require(operations["get"] as? [String: Any])
            var path = template
            var query: [String] = []
            for parameter in get["parameters"] as? [[String: Any]] ?? [] {
                let name = try #require(parameter["name"] as? String)
                if parameter["in"] as? String == "path" {
                    let value = try #require(Self.pathValues[name], "no test value for {\(name)}")
                    path = path.replacingOccurrences(of: "{\(name)}", with: value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)
                } else if let example = parameter["example"] {
                    let isBoolean = (parameter["schema"] as? [String: Any])?["type"] as? String == "boolean"
                    let text = isBoolean ? ((example as? Bool) == true ? "true" : "false") : "\(example)"
                    query.append("\(name)=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
                }
            }
            let uri = path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
            let response = try await ServerClient.get(uri)
            #expect(response.status == 200, "\(uri): \(response.body)")
            let content = ((get["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"] as? [String: Any]
            let types = content?.keys.map { $0 } ?? []
            #expect(types.contains { response.type.hasPrefix($0) }, "\(uri): \(response.type) not in \(types)")
        }
    }
}
