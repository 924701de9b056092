import Foundation
import GovGraphModel
import GovGraphQuery
import GovGraphStore
import HTTPTypes
import Hummingbird

/// The HTML pages: start, search, entity, document, path and timeline.
struct PageRoutes: Sendable {
    let reader: GraphReader
    let limits: ServerLimits
    let diagrams = TimedCache<EntityID, String>()
    let topEntities = TimedCache<Int, [RankedEntity]>()
    let counts = TimedCache<Int, StoreStats>()
    /// The most links of one relation an entity page lists.
    let linksPerGroup = 50
    /// The most roles an entity page lists.
    let rolesShown = 200

    func add(to router: Router<some RequestContext>) {
        router.get("/") { _, _ in try await start() }
        router.get("/search") { request, _ in try await search(QueryParameters(request)) }
        router.get("/entity/:entity") { request, context in
            try await entity(try pathParameter("entity", of: context), QueryParameters(request))
        }
        router.get("/entity/:entity/timeline") { request, context in
            try await timeline(try pathParameter("entity", of: context), QueryParameters(request))
        }
        router.get("/document/:document") { _, context in try await document(try pathParameter("document", of: context)) }
        router.get("/path") { request, _ in try await path(QueryParameters(request)) }
    }

    private var renderer: PageRenderer { .shared }

    // MARK: - Start and search

    struct TopModel { var name: String, type: String, href: String, degree: Int, mentions: Int }
    struct StartModel {
        var documents: Int, entities: Int, relations: Int, firstDate: String?, lastDate: String?
        var top: [TopModel]
    }

    func start() async throws -> Response {
        let stats = try await counts.value(for: 0) { try await reader.read { try $0.stats() } }
        let top = try await topEntities.value(for: 10) {
            try await reader.read { try $0.rankedEntities(by: .degree, limit: 10) }
        }
        let model = StartModel(
            documents: stats.documents, entities: stats.entities,
            relations: stats.relationsByPredicate.values.reduce(0, +), firstDate: stats.firstDate,
            lastDate: stats.lastDate,
            top: top.map {
                TopModel(
                    name: $0.entity.name, type: $0.entity.type.rawValue, href: EntityRef($0.entity).href,
                    degree: $0.degree, mentions: $0.entity.mentionCount)
            })
        return .html(renderer.page("start", title: "Start", model: model))
    }

    struct HitModel { var title: String, date: String?, text: String, documentHref: String }
    struct SearchModel { var query: String, entities: [EntityRef], suggestions: [EntityRef], hits: [HitModel] }

    func search(_ parameters: QueryParameters) async throws -> Response {
        guard let query = try parameters.text("q") else { return Response(status: .seeOther, headers: [.location: "/"]) }
        let limit = limits.maxPageSize / 4
        let (entities, suggestions, hits) = try await reader.read { store in
            let entities = try store.findEntities(matching: query, limit: limit)
            let suggestions = entities.isEmpty ? try store.suggestions(for: query, limit: 3) : []
            return (entities, suggestions, try store.search(query, limit: limit))
        }
        let model = SearchModel(
            query: query, entities: entities.map(EntityRef.init), suggestions: suggestions.map(EntityRef.init),
            hits: hits.map {
                HitModel(
                    title: $0.title ?? "(untitled)", date: $0.date, text: $0.text,
                    documentHref: "/document/" + HTML.segment($0.documentID))
            })
        return .html(renderer.page("search", title: "Search: \(query)", model: model))
    }

    // MARK: - Entity

    struct EntityModel {
        var name: String, type: String, id: String, counts: String, timelineHref: String
        var others: [EntityRef]
        var keys: [KeyView]
        var roles: [LinkView]
        var rolesMore: Int?
        var groups: [LinkGroup]
        var diagram: String
        var diagramNote: String?
    }

    func entity(_ name: String, _ parameters: QueryParameters) async throws -> Response {
        let filter = try APIRoutes.linkFilter(parameters)
        let (resolution, links) = try await reader.read { store in
            let resolution = try store.resolve(name)
            return (resolution, try store.links(of: resolution.entity.id, filter: filter))
        }
        let entity = resolution.entity
        let roles = links.filter { $0.predicate == .holdsRole }.sorted {
            ($0.roleKey ?? "", $0.firstDate ?? "", $0.other.name) < ($1.roleKey ?? "", $1.firstDate ?? "", $1.other.name)
        }
        let groups = Predicate.allCases.filter { $0 != .holdsRole }.compactMap { predicate -> LinkGroup? in
            let all = links.filter { $0.predicate == predicate }
            guard !all.isEmpty else { return nil }
            return LinkGroup(
                predicate: predicate.rawValue, links: all.prefix(linksPerGroup).map(LinkView.init),
                more: all.count > linksPerGroup ? all.count - linksPerGroup : nil)
        }
        var diagram = ""
        var note: String?
        do {
            diagram = try await diagrams.value(for: entity.id) { [reader, limits] in
                try await reader.read { store in
                    let graph = try store.neighbourhood(of: entity.id, depth: 1, maxNodes: limits.maxDiagramNodes)
                    return try Diagram.svg(graph, title: entity.name)
                }
            }
        } catch let error as GraphvizError {
            note = "No diagram: \(ServerError.from(error).message)."
        }
        let model = EntityModel(
            name: entity.name, type: entity.type.rawValue, id: entity.id.rawValue,
            counts: Self.counted(entity.mentionCount, "mention") + " in " + Self.counted(entity.documentCount, "document"),
            timelineHref: EntityRef(entity).href + "/timeline",
            others: resolution.others.map(EntityRef.init),
            keys: entity.keys.sorted { $0.key < $1.key }.map { KeyView(key: $0.key, value: $0.value) },
            roles: roles.prefix(rolesShown).map(LinkView.init),
            rolesMore: roles.count > rolesShown ? roles.count - rolesShown : nil, groups: groups, diagram: diagram,
            diagramNote: note)
        return .html(renderer.page("entity", title: entity.name, model: model))
    }

    /// "1 mention", "3 documents".
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    // MARK: - Timeline, document, path

    struct EntryModel { var date: String, arrow: String, other: EntityRef, status: String?, evidence: EvidenceView }
    struct TimelineModel { var entity: EntityRef, toggleHref: String, toggleLabel: String, entries: [EntryModel] }

    func timeline(_ name: String, _ parameters: QueryParameters) async throws -> Response {
        let coMentions = try parameters.flag("co_mentions")
        let (entity, entries) = try await reader.read { store in
            let entity = try store.resolve(name).entity
            return (entity, try store.timeline(of: entity.id, includeCoMentions: coMentions))
        }
        let href = EntityRef(entity).href + "/timeline"
        let model = TimelineModel(
            entity: EntityRef(entity), toggleHref: coMentions ? href : href + "?co_mentions=true",
            toggleLabel: coMentions ? "without co-mentions" : "with co-mentions",
            entries: entries.map {
                EntryModel(
                    date: $0.date, arrow: LinkWording.arrow($0.predicate, outgoing: $0.outgoing, role: $0.role),
                    other: EntityRef($0.other), status: $0.status?.rawValue, evidence: EvidenceView($0.evidence))
            })
        return .html(renderer.page("timeline", title: "Timeline of \(entity.name)", model: model))
    }

    struct PassageModel { var html: String }
    struct DocumentModel {
        var id: String, title: String, date: String?, source: String
        /// The whole text as marked paragraphs, when the store keeps it.
        var text: String?
        /// Else the evidence sentences.
        var passages: [PassageModel]
        var entities: [EntityRef]
    }

    /// The document page: title, date, source, the text with each mention marked and linked;
    /// for a document stored before govgraph kept article texts, its evidence sentences.
    func document(_ id: String) async throws -> Response {
        guard let document = try await reader.read({ try $0.document(id: id) }) else {
            throw ServerError(.notFound, "no document \(id)")
        }
        var seen: Set<EntityID> = []
        let text = document.text.map { DocumentMarkup.paragraphs($0, start: document.start, mentions: document.mentions) }
        let model = DocumentModel(
            id: document.id, title: document.title ?? "(untitled)", date: document.date, source: document.source,
            text: text,
            passages: text != nil ? [] : document.passages.filter { $0.kind == .sentence }.map {
                PassageModel(html: DocumentMarkup.html($0, mentions: document.mentions))
            },
            entities: document.mentions.filter { seen.insert($0.entity.id).inserted }.map { EntityRef($0.entity) })
        return .html(renderer.page("document", title: model.title, model: model))
    }

    struct StepModel { var from: EntityRef, arrow: String, to: EntityRef, evidence: EvidenceView? }
    struct PathModel { var from: String, to: String, heading: String?, steps: [StepModel] }

    func path(_ parameters: QueryParameters) async throws -> Response {
        let from = try parameters.text("from")
        let to = try parameters.text("to")
        var model = PathModel(from: from ?? "", to: to ?? "", heading: nil, steps: [])
        if let from, let to {
            let maxLength = try parameters.int("max_length", default: 6, in: 1...limits.maxPathLength)
            let steps = try await reader.read { store in
                try APIRoutes.shortestPath(from: from, to: to, maxLength: maxLength, in: store)
            }
            if let first = steps.first, let last = steps.last {
                model.heading = "\(first.from.name) → \(last.to.name): \(steps.count) step\(steps.count == 1 ? "" : "s")"
            }
            model.steps = steps.map {
                StepModel(
                    from: EntityRef($0.from), arrow: LinkWording.step($0), to: EntityRef($0.to),
                    evidence: $0.evidence.map(EvidenceView.init))
            }
        }
        return .html(renderer.page("path", title: "Path", model: model))
    }
}
