import Testing

@testable import GovGraphExtraction

struct BinaryReaderTests {
    static func read<T>(
        _ bytes: [UInt8], _ body: (inout BinaryReader) throws(GazetteerSerializationError) -> T
    ) throws(GazetteerSerializationError) -> T {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(GazetteerSerializationError) in
                var reader = BinaryReader(raw)
                return try body(&reader)
            }
        }
        return try result.get()
    }

    @Test("Reads back what the writer wrote")
    func roundTrip() throws {
        var writer = BinaryWriter()
        writer.write(UInt64.max - 1)
        writer.write(Int32(-7))
        writer.write(false)
        writer.write("")
        writer.write("Sachsen-Anhalt")
        writer.write(contentsOf: [Int32(3), -1, 70_000])
        let values = try Self.read(writer.bytes) { reader throws(GazetteerSerializationError) in
            let big = try reader.read(UInt64.self)
            let small = try reader.read(Int32.self)
            let flag = try reader.bool()
            let empty = try reader.string()
            let name = try reader.string()
            let integers = try reader.integers(Int32.self)
            #expect(reader.isAtEnd)
            return (big, small, flag, empty, name, integers)
        }
        #expect(values.0 == UInt64.max - 1)
        #expect(values.1 == -7)
        #expect(values.2 == false)
        #expect(values.3 == "")
        #expect(values.4 == "Sachsen-Anhalt")
        #expect(values.5 == [3, -1, 70_000])
    }

    @Test("Reading past the end throws, whatever is read", arguments: 0..<5)
    func pastTheEnd(kind: Int) throws {
        // A string of 9 bytes announced, 2 there; or 3 bytes for an integer of 4.
        let bytes: [UInt8] = kind == 0 ? [9, 0, 0, 0, 65, 66] : [1, 2, 3]
        #expect(throws: GazetteerSerializationError.truncated) {
            try Self.read(bytes) { reader throws(GazetteerSerializationError) in
                switch kind {
                case 0: _ = try reader.string()
                case 1: _ = try reader.read(UInt32.self)
                case 2: _ = try reader.count(minimumSize: 1)
                case 3: _ = try reader.integers(UInt64.self)
                default: _ = try reader.bytes(4)
                }
            }
        }
    }

    @Test("A count larger than the bytes left could hold throws before anything is reserved")
    func hugeCount() throws {
        // 8 elements announced, 8 bytes follow: elements of one byte fit, of two bytes do not.
        let bytes: [UInt8] = [8, 0, 0, 0] + Array(repeating: 0, count: 8)
        #expect(throws: GazetteerSerializationError.truncated) {
            try Self.read(bytes) { reader throws(GazetteerSerializationError) in try reader.count(minimumSize: 2) }
        }
        let fits = try Self.read(bytes) { reader throws(GazetteerSerializationError) in
            try reader.count(minimumSize: 1)
        }
        #expect(fits == 8)
        let huge: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF] + Array(repeating: 0, count: 8)
        #expect(throws: GazetteerSerializationError.truncated) {
            try Self.read(huge) { reader throws(GazetteerSerializationError) in try reader.count(minimumSize: 1) }
        }
    }

    @Test("An index outside its table and a flag other than 0 or 1 are malformed")
    func malformed() throws {
        #expect(throws: GazetteerSerializationError.malformed("index 5 outside a table of 5")) {
            try Self.read([5, 0, 0, 0]) { reader throws(GazetteerSerializationError) in try reader.index(below: 5) }
        }
        #expect(throws: GazetteerSerializationError.malformed("index -1 outside a table of 5")) {
            try Self.read([0xFF, 0xFF, 0xFF, 0xFF]) { reader throws(GazetteerSerializationError) in
                try reader.index(below: 5)
            }
        }
        #expect(throws: GazetteerSerializationError.malformed("a flag is 2, not 0 or 1")) {
            try Self.read([2]) { reader throws(GazetteerSerializationError) in try reader.bool() }
        }
    }
}
