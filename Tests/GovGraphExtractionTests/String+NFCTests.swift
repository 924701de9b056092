import Testing

@testable import GovGraphExtraction

struct StringNFCTests {
    @Test(
        "Text is brought to NFC; text that is in NFC stays as it is",
        arguments: [
            ("Lu\u{308}neburg", "Lüneburg"),
            ("„Lüneburg“ – 5 € …", "„Lüneburg“ – 5 € …"),
            ("A\u{2000}B", "A\u{2002}B"),  // U+2000 decomposes to U+2002
            ("Ω-Ohm \u{2126}", "Ω-Ohm \u{3A9}"),
            ("e\u{301}", "é"),
            ("", ""),
        ])
    func nfc(input: String, expected: String) {
        #expect(Array(input.precomposedNFC.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test("Only code points that stay as they are in NFC, whatever stands around them, skip Foundation",
        arguments: [(0x41, true), (0xFC, true), (0x2FF, true), (0x300, false), (0x2000, false), (0x2013, true),
            (0x201E, true), (0x20AC, true), (0x20D0, false), (0x2126, false)])
    func stable(value: UInt32, expected: Bool) {
        #expect(String.isStableNFC(Unicode.Scalar(value)!) == expected)
    }
}
