import Testing

@testable import GovGraphStore

@Suite("Entity records")
struct EntityRecordTests {
    @Test(
        "Keys as encode writes them are read without a JSON decoder; anything else is left to it",
        arguments: [
            ("{}", [:]),
            (#"{"ags":"14713000"}"#, ["ags": "14713000"]),
            (#"{"ags":"14713000","ars":"147130000000"}"#, ["ags": "14713000", "ars": "147130000000"]),
            (#"{"name":"Städtetag/DST"}"#, ["name": "Städtetag/DST"]),
            (#"{"a":"x\"y"}"#, nil),
            (#"{ "ags": "1" }"#, nil),
            (#"{"ags":"1",}"#, nil),
            (#"{"ags":1}"#, nil),
            (#"{"ags""1"}"#, nil),
            ("[]", nil),
            ("", nil),
        ] as [(String, [String: String]?)])
    func plain(json: String, expected: [String: String]?) {
        #expect(EntityRecord.decodePlain(json) == expected)
    }

    @Test(
        "Decoding gives back what encoding wrote",
        arguments: [
            [:], ["ags": "14713000"], ["ags": "05314000", "ars": "053140000000"],
            ["note": #"ein "Zitat" \ und Ümlaute"#], ["x": "Zeile\nZeile"],
        ] as [[String: String]])
    func roundTrip(keys: [String: String]) throws {
        #expect(EntityRecord.decode(keys: try EntityRecord.encode(keys: keys)) == keys)
    }

    @Test("Missing keys are none; keys that are no JSON object cannot be read")
    func invalid() {
        #expect(EntityRecord.decode(keys: nil) == [:])
        #expect(EntityRecord.decode(keys: "kein JSON") == nil)
        #expect(EntityRecord.decode(keys: #"{"ags":1}"#) == nil)
    }
}
