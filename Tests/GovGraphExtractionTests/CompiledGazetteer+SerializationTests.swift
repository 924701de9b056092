import GovGraphModel
import Testing

@testable import GovGraphExtraction

struct CompiledGazetteerSerializationTests {
    static let fingerprint = "states.tsv\t412\t1760000000.25"

    /// `compiled` written to bytes and read back.
    static func roundTrip(_ compiled: CompiledGazetteer) throws -> CompiledGazetteer {
        try CompiledGazetteer(serialized: compiled.serialized(fingerprint: fingerprint), fingerprint: fingerprint)
    }

    static let restored: CompiledGazetteer = try! roundTrip(TestGazetteer.compiled)
    static let restoredRolePatterns: CompiledGazetteer = try! roundTrip(TestGazetteer.rolePatterns)
    static let restoredTypos: CompiledGazetteer = try! roundTrip(TypoMatcherTests.compiled)

    static let sentences = [
        "Leipzigs Oberbürgermeister Burkhard Jung sprach beim Deutschen Städtetag über das OZG.",
        "Der Landkreis Leipzig und die Hansestadt Lüneburg setzen das Onlinezugangsgesetz um.",
        "Die niedersächsische Ministerin traf Vertreter des Landes Berlin in Frankfurt am Main.",
        "Sachsen-Anhalts Ministerpräsident und die Leipziger Bürgermeisterin Claudia Müller, Dr. Eva Schmidt.",
        "DER DEUTSCHE LANDKREISTAG TAGTE IN LUDWIGSBURG. Merkel sagte, die Hochschule Ludwigsburg sei gut.",
        "Geschäftsführer Johann Bizer von Dataport und FDP-Chef Christian Lindner trafen den DStGB in Bonn.",
    ]

    @Test("A compiled gazetteer read back finds the same candidates and extracts the same graph", arguments: sentences)
    func sameMatches(text: String) throws {
        let found: [SpanCandidate] = GazetteerMatcher(gazetteer: Self.restoredRolePatterns)
            .matches(in: Document.prepared(text, through: .split, gazetteer: Self.restoredRolePatterns))
        #expect(found.count >= 2)
        for (original, restored) in [
            (TestGazetteer.compiled, Self.restored), (TestGazetteer.rolePatterns, Self.restoredRolePatterns),
        ] {
            let before: [SpanCandidate] = GazetteerMatcher(gazetteer: original)
                .matches(in: Document.prepared(text, through: .split, gazetteer: original))
            let after: [SpanCandidate] = GazetteerMatcher(gazetteer: restored)
                .matches(in: Document.prepared(text, through: .split, gazetteer: restored))
            #expect(after == before)
            let extractedBefore: [ExtractedDocument] = Extractor(gazetteer: original).extract(text: text)
            let extractedAfter: [ExtractedDocument] = Extractor(gazetteer: restored).extract(text: text)
            #expect(extractedAfter == extractedBefore)
        }
    }

    @Test("The parsed gazetteer, the forms and the typing index come back unchanged")
    func sameData() throws {
        let original = TestGazetteer.rolePatterns
        let restored = Self.restoredRolePatterns
        #expect(restored.gazetteer.entries == original.gazetteer.entries)
        #expect(restored.formCount == original.formCount)
        let forms: [String] = restored.forms()
        #expect(forms == original.forms())
        #expect(restored.entry(TestGazetteer.dataport)?.name == "Dataport")
        let typos: [Set<Int32>] = ["Leizpig", "Onlinezugangsgestz", "Postdam"].map {
            Self.restoredTypos.typos.entries(near: $0)
        }
        let expected: [Set<Int32>] = ["Leizpig", "Onlinezugangsgestz", "Postdam"].map {
            TypoMatcherTests.compiled.typos.entries(near: $0)
        }
        #expect(typos == expected)
        #expect(typos.allSatisfy { $0.count == 1 })
    }

    @Test("Serializing is deterministic for one value read back")
    func stableBytes() throws {
        let bytes = Self.restored.serialized(fingerprint: Self.fingerprint)
        let again = try CompiledGazetteer(serialized: bytes, fingerprint: Self.fingerprint)
        #expect(again.serialized(fingerprint: Self.fingerprint).count == bytes.count)
    }

    @Test("Another fingerprint, another version or no header is refused before decoding")
    func header() throws {
        let bytes = TestGazetteer.compiled.serialized(fingerprint: Self.fingerprint)
        #expect(throws: GazetteerSerializationError.differentFingerprint) {
            try CompiledGazetteer(serialized: bytes, fingerprint: Self.fingerprint + "x")
        }
        var foreign = bytes
        foreign.replaceSubrange(8..<12, with: [0xFF, 0, 0, 0])
        #expect(throws: GazetteerSerializationError.unsupportedVersion(255)) {
            try CompiledGazetteer(serialized: foreign, fingerprint: Self.fingerprint)
        }
        var notOurs = bytes
        notOurs[0] = UInt8(ascii: "X")
        #expect(throws: GazetteerSerializationError.notSerialized) {
            try CompiledGazetteer(serialized: notOurs, fingerprint: Self.fingerprint)
        }
        #expect(throws: GazetteerSerializationError.notSerialized) {
            try CompiledGazetteer(serialized: [], fingerprint: Self.fingerprint)
        }
        #expect(throws: GazetteerSerializationError.malformed("bytes after the end")) {
            try CompiledGazetteer(serialized: bytes + [0], fingerprint: Self.fingerprint)
        }
    }

    @Test("Bytes cut short anywhere are refused", arguments: [0.0, 0.001, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999])
    func truncated(fraction: Double) throws {
        let bytes = TestGazetteer.compiled.serialized(fingerprint: Self.fingerprint)
        let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
        #expect(throws: GazetteerSerializationError.self) {
            try CompiledGazetteer(serialized: cut, fingerprint: Self.fingerprint)
        }
    }

    @Test("A changed byte in the body fails the checksum")
    func damaged() throws {
        let bytes = TestGazetteer.compiled.serialized(fingerprint: Self.fingerprint)
        let body = Self.bodyOffset
        for position in stride(from: body, to: bytes.count, by: max(1, (bytes.count - body) / 97)) {
            var damaged = bytes
            damaged[position] ^= 0x20
            #expect(throws: GazetteerSerializationError.checksumMismatch) {
                try CompiledGazetteer(serialized: damaged, fingerprint: Self.fingerprint)
            }
        }
    }

    /// Damage that the checksum does not catch (it is recomputed) throws or reads back, but never
    /// traps; most of it is caught by the checks of counts and indices.
    @Test("Damage behind a matching checksum never traps")
    func damagedBehindChecksum() throws {
        let bytes = TestGazetteer.compiled.serialized(fingerprint: Self.fingerprint)
        let body = Self.bodyOffset
        var refused = 0
        var tried = 0
        for position in stride(from: body, to: bytes.count, by: 7) {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = bytes
                damaged[position] ^= flip
                let checksum = damaged[body...].withUnsafeBytes { CompiledGazetteer.checksum($0) }
                withUnsafeBytes(of: checksum.littleEndian) { damaged.replaceSubrange((body - 8)..<body, with: $0) }
                tried += 1
                do {
                    let read = try CompiledGazetteer(serialized: damaged, fingerprint: Self.fingerprint)
                    // What reads back must still be usable.
                    _ = Extractor(gazetteer: read).extract(text: Self.sentences[0])
                } catch {
                    refused += 1
                }
            }
        }
        #expect(tried > 100)
        #expect(refused > tried / 10)
    }

    /// Where the body starts: magic, version, fingerprint, length, checksum.
    static var bodyOffset: Int { 8 + 4 + 4 + fingerprint.utf8.count + 8 + 8 }
}
