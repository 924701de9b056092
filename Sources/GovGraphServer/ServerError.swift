import Foundation
import GovGraphQuery
import GovGraphStore
import HTTPTypes
import Hummingbird

/// An error the server answers with: a status that fits and a one-line message, as JSON under
/// `/api` and as an HTML page elsewhere; never a stack trace.
///
/// ```json
/// {"error": {"status": 404, "message": "no entity matches \"Städtetak\"; did you mean Deutscher Städtetag?",
///            "suggestions": [{"id": "organization:deutscher-staedtetag", "name": "Deutscher Städtetag", "…": "…"}]}}
/// ```
public struct ServerError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    /// For an unknown entity: the closest known entities ("did you mean").
    public var suggestions: [EntityJSON]

    public init(_ status: HTTPResponse.Status, _ message: String, suggestions: [EntityJSON] = []) {
        self.status = status
        self.message = message
        self.suggestions = suggestions
    }

    /// The server's answer to any error thrown while answering a request.
    static func from(_ error: any Error) -> ServerError {
        switch error {
        case let error as ServerError: return error
        case QueryError.noEntity(let name, let suggestions):
            return ServerError(
                .notFound, QueryError.noEntity(name: name, suggestions: suggestions).description,
                suggestions: suggestions.map { EntityJSON($0) })
        case let error as QueryError: return ServerError(.notFound, error.description)
        case GraphvizError.missing:
            return ServerError(.serviceUnavailable, "diagrams need Graphviz's `dot`, which is not installed")
        case let error as GraphvizError: return ServerError(.internalServerError, error.description)
        case let error as GraphStoreError: return ServerError(.internalServerError, error.description)
        case let error as HTTPError:
            return ServerError(error.status, error.body ?? error.status.reasonPhrase.lowercased())
        default: return ServerError(.internalServerError, "the request failed (\(type(of: error)))")
        }
    }

    private struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
            var suggestions: [EntityJSON]
        }
        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.json" {
            let body = Body(error: .init(status: Int(status.code), message: message, suggestions: suggestions))
            return Response.bytes(try JSONOutput.data(body), type: "application/json", status: status)
        }
        return Response.html(PageRenderer.shared.errorPage(self), status: status)
    }
}

extension Response {
    /// A response with this body and content type.
    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An HTML page.
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(page.utf8), type: "text/html; charset=utf-8", status: status)
    }

    /// A JSON value, as `--json` writes it.
    static func json<T: Encodable>(_ value: T) throws -> Response {
        bytes(try JSONOutput.data(value), type: "application/json")
    }
}
