import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct GazetteerSerializationTests {
    static func roundTrip(_ gazetteer: Gazetteer) throws -> Gazetteer {
        var writer = BinaryWriter()
        gazetteer.write(to: &writer)
        return try writer.bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            let read = try Gazetteer(from: &reader)
            #expect(reader.isAtEnd)
            return read
        }
    }

    @Test("Entries, given names, roles, abbreviations and surnames come back unchanged")
    func roundTrip() throws {
        let original = TestGazetteer.rolePatterns.gazetteer
        let read = try Self.roundTrip(original)
        #expect(read.entries == original.entries)
        #expect(read.givenNames == original.givenNames)
        #expect(read.roles.rows == original.roles.rows)
        #expect(read.abbreviations == original.abbreviations)
        #expect(read.surnames == original.surnames)
    }

    @Test("The role lexicon is rebuilt from its rows", arguments: [
        ("Digitalministerin", "digitalminister"), ("OB", "oberbürgermeister"), ("Landrätin", "landrat"),
    ])
    func roles(word: String, key: String) throws {
        let read = try Self.roundTrip(TestGazetteer.gazetteer)
        let token = try #require(Tokenizer.tokenize(word).first)
        #expect(read.roles.match(token)?.key == key)
    }

    @Test("An unknown entity type is refused")
    func unknownType() throws {
        var gazetteer = Gazetteer()
        gazetteer.entries = [GazetteerEntry(id: "state:14", type: .state, name: "Sachsen")]
        var writer = BinaryWriter()
        gazetteer.write(to: &writer)
        var bytes = writer.bytes
        // count (4), id length (4), "state:14" (8), then the type byte.
        bytes[16] = 200
        #expect(throws: GazetteerSerializationError.malformed("entity type 200 is unknown")) {
            try bytes.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                _ = try Gazetteer(from: &reader)
            }
        }
    }
}
