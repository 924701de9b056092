import Foundation
import Testing

@testable import GovGraphStore

@Suite("Passages")
struct PassageRecordTests {
    @Test(
        "Trimming drops what Foundation's whitespacesAndNewlines drops",
        arguments: [
            "", " ", "\n\t ", "Titel", "  Titel  ", "\u{00A0}Titel\u{2003}", "\r\nZwei Zeilen\nText\u{85}",
            "Café ", " e\u{301}", "\u{2028}Ende\u{2029}", "\u{200B}Breite\u{200B}",
        ])
    func trimming(text: String) {
        #expect(PassageRecord.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
