import GovGraphModel
import Testing

@testable import GovGraphStore

@Suite("Link filters")
struct LinkFilterTests {
    @Test(
        "Dates bound the evidence, both ends inclusive; undated evidence needs no bound",
        arguments: [
            (LinkFilter.all, nil, true),
            (.all, "2019-10-31", true),
            (LinkFilter(since: "2019-10-31"), "2019-10-31", true),
            (LinkFilter(since: "2019-11-01"), "2019-10-31", false),
            (LinkFilter(until: "2019-10-31"), "2019-10-31", true),
            (LinkFilter(until: "2019-10-30"), "2019-10-31", false),
            (LinkFilter(since: "2019-01-01", until: "2019-12-31"), "2019-10-31", true),
            (LinkFilter(since: "2019-01-01"), nil, false),
            (LinkFilter(predicate: .holdsRole), nil, true),
        ] as [(LinkFilter, String?, Bool)])
    func admits(filter: LinkFilter, date: String?, expected: Bool) {
        #expect(filter.admits(date: date) == expected)
    }
}
