import Testing

@testable import GovGraphExtraction

struct BinaryWriterTests {
    @Test("Integers are little-endian, strings are a UInt32 length and UTF-8")
    func layout() {
        var writer = BinaryWriter()
        writer.write(UInt32(0x0102_0304))
        writer.write(Int32(-2))
        writer.write(true)
        writer.write("Lüneburg")
        writer.write(contentsOf: [UInt16(1), 0x0203])
        let expected: [UInt8] =
            [4, 3, 2, 1] + [0xFE, 0xFF, 0xFF, 0xFF] + [1] + [9, 0, 0, 0] + Array("Lüneburg".utf8)
            + [2, 0, 0, 0, 1, 0, 3, 2]
        #expect(writer.bytes == expected)
    }
}
