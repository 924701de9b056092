import Hummingbird
import Logging

/// Logs one line per request when its response is ready: method, path and query, status and
/// the time taken (`GET /entity/municipality:14713000 200 3.1 ms`).
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let rounded = (milliseconds * 10).rounded() / 10
        context.logger.info("\(request.method) \(request.uri.description) \(response.status.code) \(rounded) ms")
        return response
    }
}
