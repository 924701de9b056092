import Testing

@testable import GovGraphInput

struct InputDateTests {
    @Test("Dates as pages, feeds and scrapers write them", arguments: [
        ("2024-03-14", "2024-03-14"),
        ("2024-03-14T09:30:00+01:00", "2024-03-14"),
        ("Thu, 14 Mar 2024 10:00:00 +0100", "2024-03-14"),
        ("14.03.2024", "2024-03-14"),
        ("4.3.2024", "2024-03-04"),
        ("14. März 2024", "2024-03-14"),
        ("Leipzig, 1. Oktober 2025 | Redaktion", "2025-10-01"),
        ("1710407400", "2024-03-14"),
    ])
    func normalizes(value: String, expected: String) {
        #expect(InputDate.normalize(value) == expected)
    }

    @Test("Text without a real date gives none", arguments: ["Seite 2024", "32.13.2024", "Version 1.2.3", "gestern"])
    func noDate(value: String) {
        #expect(InputDate.normalize(value) == nil)
    }
}
