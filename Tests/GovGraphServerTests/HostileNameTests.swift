import Foundation
import GovGraphQuery
import GovGraphServer
import Testing

/// An entity named with quotes, `<script>`, `]]>` and a newline shows as text everywhere.
@Suite struct HostileNameTests {
    static let pages = [
        "/", "/search?q=Verein", "/search?q=Evil", "/entity/organization:hostile", "/entity/person:burkhard-jung",
        "/entity/organization:hostile/timeline?co_mentions=true", "/document/doc-leipzig-2025",
        "/path?from=organization:hostile&to=Leipzig", "/entity/Evil%20%3Cscript%3E",
    ]

    @Test(arguments: pages)
    func nameIsEscaped(uri: String) async throws {
        // Given an entity with a hostile name, when a page shows it, then no raw piece of it is markup.
        let response = try await ServerClient.get(uri)
        #expect(response.body.contains("<script>alert") == false, "\(uri)")
        #expect(response.body.contains("]]>") == false, "\(uri)")
        #expect(response.body.contains("<b>") == false, "\(uri)")
        #expect(response.body.contains(SampleGraph.hostileName) == false, "\(uri)")
    }

    @Test func nameShowsAsText() async throws {
        let response = try await ServerClient.get("/entity/organization:hostile")
        #expect(response.body.contains("Evil &quot;Quote&#39; &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp;"))
    }

    @Test(.enabled(if: Graphviz.executable("dot") != nil, "needs Graphviz's dot"))
    func diagramIsEscaped() async throws {
        // Given the hostile entity next to Burkhard Jung, when his diagram is drawn, then the SVG
        // holds the name only escaped, and the node links to its page.
        let response = try await ServerClient.get("/entity/person:burkhard-jung")
        let svg = try #require(response.body.range(of: "<svg").map { String(response.body[$0.lowerBound...]) })
        #expect(svg.contains("/entity/organization:hostile"))
        #expect(svg.contains("<script") == false)
        #expect(svg.contains("]]>") == false)
    }
}
