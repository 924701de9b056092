import Hummingbird

/// Turns every error a route throws into a ``ServerError`` response (JSON under `/api`, a page
/// elsewhere), so that no error goes out as an empty 500 or with internals.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try ServerError.from(error).response(from: request, context: context)
        }
    }
}
