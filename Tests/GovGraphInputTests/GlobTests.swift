import Testing

@testable import GovGraphInput

struct GlobTests {
    @Test("Patterns match names, or paths when they hold a slash", arguments: [
        ("*.html", "2024/seite.html", true),
        ("*.html", "2024/seite.htm", false),
        ("seite-?.txt", "a/seite-1.txt", true),
        ("[!a]*.txt", "b.txt", true),
        ("[!a]*.txt", "a.txt", false),
        ("[0-9]*.jsonl", "2024.jsonl", true),
        ("archiv/*", "archiv/a.txt", true),
        ("archiv/*", "archiv/2019/a.txt", false),
        ("archiv/**", "archiv/2019/a.txt", true),
        ("**/entwurf/*", "entwurf/a.txt", true),
        ("**/entwurf/*", "x/y/entwurf/a.txt", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        let name = String(path.split(separator: "/").last!)
        #expect(Glob(pattern).matches(name: name, relativePath: path) == expected)
    }
}
