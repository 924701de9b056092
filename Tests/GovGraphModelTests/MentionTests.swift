import Foundation
import GovGraphModel
import Testing

struct MentionTests {
    @Test("JSON names an adjective only when the mention is one, and reads both forms back", arguments: [
        (Mention(text: "Leipzig", start: 3, end: 10), #"{"end":10,"start":3,"text":"Leipzig"}"#),
        (Mention(text: "Leipziger", start: 3, end: 12, isAdjective: true), #"{"adjective":true,"end":12,"start":3,"text":"Leipziger"}"#),
    ])
    func json(mention: Mention, expected: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(mention)
        #expect(String(decoding: data, as: UTF8.self) == expected)
        #expect(try JSONDecoder().decode(Mention.self, from: data) == mention)
    }
}
