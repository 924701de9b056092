import Foundation
import GovGraphExport
import GovGraphModel
import GovGraphQuery
import GovGraphStore
import HTTPTypes
import Hummingbird

/// The JSON API: the answers of the query commands, with the field names of their `--json`.
///
/// Every route is described in ``OpenAPIDocument`` (served at `/openapi.json`).
struct APIRoutes: Sendable {
    let reader: GraphReader
    let limits: ServerLimits

    func add(to router: Router<some RequestContext>) {
        router.get("/openapi.json") { _, _ in Response.bytes(Data(OpenAPIDocument.json.utf8), type: "application/json") }
        let api = router.group("api")
        api.get("stats") { _, _ in try Response.json(StatsJSON(try await reader.read { try $0.stats() })) }
        api.get("entities") { request, _ in try await entities(QueryParameters(request)) }
        api.get("entities/:entity") { request, context in
            try await links(of: try pathParameter("entity", of: context), QueryParameters(request))
        }
        api.get("entities/:entity/timeline") { request, context in
            try await timeline(of: try pathParameter("entity", of: context), QueryParameters(request))
        }
        api.get("entities/:entity/export") { request, context in
            try await export(around: try pathParameter("entity", of: context), QueryParameters(request))
        }
        api.get("who") { request, _ in try await who(QueryParameters(request)) }
        api.get("path") { request, _ in try await path(QueryParameters(request)) }
        api.get("search") { request, _ in try await search(QueryParameters(request)) }
        api.get("documents/:document") { _, context in
            let id = try pathParameter("document", of: context)
            guard let document = try await reader.read({ try $0.document(id: id) }) else {
                throw ServerError(.notFound, "no document \(id); /api/search shows document ids")
            }
            return try Response.json(DocumentJSON(document))
        }
    }

    // MARK: - Answers

    /// `query list` with paging, or with `q` the entities whose names match, best first.
    func entities(_ parameters: QueryParameters) async throws -> Response {
        let query = try parameters.text("q")
        let type = try parameters.entityType("type")
        let limit = try parameters.int("limit", default: 20, in: 1...limits.maxPageSize)
        let offset = try parameters.int("offset", default: 0, in: 0...limits.maxOffset)
        let page = try await reader.read { store -> [EntitySummary] in
            if let query {
                let all = try store.findEntities(matching: query, limit: offset + limit + 1 + (type == nil ? 0 : 10_000))
                return Array(all.filter { type == nil || $0.type == type }.dropFirst(offset).prefix(limit + 1))
            }
            return try store.entities(type: type, limit: limit + 1, offset: offset)
        }
        let more = page.count > limit
        return try Response.json(
            EntityListJSON(
                entities: page.prefix(limit).map { EntityJSON($0) }, offset: offset, limit: limit,
                next_offset: more ? offset + limit : nil))
    }

    /// `query NAME --json`, with its filters.
    func links(of name: String, _ parameters: QueryParameters) async throws -> Response {
        let filter = try Self.linkFilter(parameters)
        let answer = try await reader.read { store in
            let entity = try store.resolve(name).entity
            return LinksJSON(entity: entity, links: try store.links(of: entity.id, filter: filter))
        }
        return try Response.json(answer)
    }

    /// The link filter of `query NAME`: `relation`, `type`, `since`, `until`.
    static func linkFilter(_ parameters: QueryParameters) throws -> LinkFilter {
        let filter = LinkFilter(
            predicate: try parameters.choice("relation", of: Predicate.self), otherType: try parameters.entityType("type"),
            since: try parameters.date("since"), until: try parameters.date("until"))
        if let since = filter.since, let until = filter.until, since > until {
            throw ServerError(.badRequest, "since \(since) is after until \(until)")
        }
        return filter
    }

    /// `query timeline NAME --json`.
    func timeline(of name: String, _ parameters: QueryParameters) async throws -> Response {
        let coMentions = try parameters.flag("co_mentions")
        let answer = try await reader.read { store in
            let entity = try store.resolve(name).entity
            return TimelineJSON(entity: entity, entries: try store.timeline(of: entity.id, includeCoMentions: coMentions))
        }
        return try Response.json(answer)
    }

    /// `query who --role R --of NAME [--at DATE] --json`.
    func who(_ parameters: QueryParameters) async throws -> Response {
        let role = try parameters.required("role")
        let of = try parameters.required("of")
        let at = try parameters.date("at")
        let answer = try await reader.read { store in
            let organization = try store.resolve(of).entity
            return WhoJSON(
                role: role, of: organization, at: at, holdings: try store.roleHolders(role: role, of: organization.id, at: at))
        }
        return try Response.json(answer)
    }

    /// `query path A B --json`.
    func path(_ parameters: QueryParameters) async throws -> Response {
        let from = try parameters.required("from")
        let to = try parameters.required("to")
        let maxLength = try parameters.int("max_length", default: 6, in: 1...limits.maxPathLength)
        let steps = try await reader.read { store in try Self.shortestPath(from: from, to: to, maxLength: maxLength, in: store) }
        return try Response.json(steps.map(PathStepJSON.init))
    }

    /// The steps of a shortest path between two names, or ``QueryError/noPath(from:to:maxLength:)``.
    static func shortestPath(from: String, to: String, maxLength: Int, in store: any GraphReading) throws -> [PathStep] {
        let a = try store.resolve(from).entity
        let b = try store.resolve(to).entity
        guard let steps = try store.shortestPath(from: a.id, to: b.id, maxLength: maxLength) else {
            throw QueryError.noPath(from: a, to: b, maxLength: maxLength)
        }
        return steps
    }

    /// `query search TEXT --json`.
    func search(_ parameters: QueryParameters) async throws -> Response {
        let text = try parameters.required("q")
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw ServerError(.badRequest, "q must hold a word to search for")
        }
        let limit = try parameters.int("limit", default: 20, in: 1...limits.maxPageSize)
        let hits = try await reader.read { try $0.search(text, limit: limit) }
        return try Response.json(hits.map(SearchHitJSON.init))
    }

    /// `export --focus NAME --depth N --format F`, with at most ``ServerLimits/maxExportNodes``
    /// entities.
    func export(around name: String, _ parameters: QueryParameters) async throws -> Response {
        let format = try parameters.choice("format", of: ExportFormat.self) ?? .json
        let depth = try parameters.int("depth", default: 1, in: 0...limits.maxExportDepth)
        let maxNodes = limits.maxExportNodes
        let (entity, graph) = try await reader.read { store in
            let entity = try store.resolve(name).entity
            return (entity, try store.neighbourhood(of: entity.id, depth: depth, maxNodes: maxNodes))
        }
        let rendered = try await reader.read { _ in
            try format.render(graph, title: "govgraph: \(entity.name)", clustering: nil)
        }
        switch rendered {
        case .single(let data): return Response.bytes(data, type: format.mediaType)
        case .files(let files):
            struct FileJSON: Encodable { var name: String, contents: String }
            return try Response.json(["files": files.map { FileJSON(name: $0.name, contents: $0.contents) }])
        }
    }
}
