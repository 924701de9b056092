import Foundation
import GovGraphServer
import Hummingbird
import HummingbirdTesting
import HTTPTypes

/// Requests to a server made for the tests, without a socket.
enum ServerClient {
    /// The body of a GET, with its status and content type (the sample graph's server unless
    /// one is given).
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
}
