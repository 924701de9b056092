import GovGraphQuery
import HTTPTypes
import Mustache

/// Renders the pages from ``Templates``: a page's own template, then the layout around it.
struct PageRenderer: Sendable {
    /// The renderer of the compiled-in templates.
    static let shared = PageRenderer()

    private let library: MustacheLibrary

    init() {
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in Templates.all {
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                preconditionFailure("the template \(name) does not parse: \(error)")
            }
        }
        library = MustacheLibrary(templates: templates)
    }

    /// The page `template` renders for `model`, inside the layout with this title.
    func page(_ template: String, title: String, model: Any) -> String {
        let body = library.render(model, withTemplate: template) ?? ""
        return library.render(Layout(title: title, body: body), withTemplate: "layout") ?? body
    }

    /// The page of an error, with its "did you mean" suggestions.
    func errorPage(_ error: ServerError) -> String {
        let model = ErrorModel(
            status: "\(error.status.code) \(error.status.reasonPhrase)", message: error.message,
            suggestions: error.suggestions.map {
                SuggestionModel(name: $0.name, href: "/entity/" + HTML.segment($0.id))
            })
        return page("error", title: model.status, model: model)
    }

    private struct Layout {
        var title: String
        var body: String
    }

    private struct ErrorModel {
        var status: String
        var message: String
        var suggestions: [SuggestionModel]
    }

    private struct SuggestionModel {
        var name: String
        var href: String
    }
}
