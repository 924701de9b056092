import Foundation
import GovGraphModel
import Testing

struct EntityIDTests {
    @Test("Slugs are lower-case ASCII with umlauts transliterated", arguments: [
        ("Claudia Kalisch", "claudia-kalisch"),
        ("Deutscher Städtetag", "deutscher-staedtetag"),
        ("Amt für digitale Transformation", "amt-fuer-digitale-transformation"),
        ("Frankfurt (Oder)", "frankfurt-oder"),
        ("Lydia Hüskens", "lydia-hueskens"),
        ("Großbritannien", "grossbritannien"),
        ("François Hollande", "francois-hollande"),
        ("  --IT-Planungsrat--  ", "it-planungsrat"),
        ("Kommune21", "kommune21"),
        ("ÄRZTEKAMMER Überlingen Öhringen", "aerztekammer-ueberlingen-oehringen"),
        ("Straße\u{1E9E}", "strassess"),
        ("Jürgen Müller-Lüdenscheidt", "juergen-mueller-luedenscheidt"),
        ("Ça va, Zoë", "ca-va-zoe"),
        ("", ""),
    ])
    func slug(name: String, expected: String) {
        #expect(Slug.make(name) == expected)
        #expect(EntityID.slug("person", name).rawValue == "person:" + expected)
    }

    @Test("Ids encode as plain JSON strings and order by their text")
    func codable() throws {
        let ids: [EntityID] = ["state:14", "municipality:14713000"]
        #expect(ids.sorted().map(\.rawValue) == ["municipality:14713000", "state:14"])
        let data = try JSONEncoder().encode(ids)
        #expect(String(decoding: data, as: UTF8.self) == #"["state:14","municipality:14713000"]"#)
        #expect(try JSONDecoder().decode([EntityID].self, from: data) == ids)
    }
}
