/// The typing-error index as bytes, for ``CompiledGazetteer/serialized(fingerprint:)``.
///
/// Layout, in order: the names (code points, entry) and the deletion keys (hash, name indices).
extension TypoIndex {
    func write(to writer: inout BinaryWriter) {
        writer.writeCount(names.count)
        for name in names {
            writer.writeCount(name.text.count)
            for scalar in name.text { writer.write(scalar.value) }
            writer.write(name.entry)
        }
        writer.writeCount(keys.count)
        for (key, indices) in keys {
            writer.write(key)
            writer.writeCount(indices.count)
            for index in indices { writer.write(index) }
        }
    }

    /// Reads an index whose names point into a gazetteer of `entryCount` entries.
    init(from reader: inout BinaryReader, entryCount: Int) throws(GazetteerSerializationError) {
        let nameCount = try reader.count(minimumSize: 8)
        var names: [Name] = []
        names.reserveCapacity(nameCount)
        for _ in 0..<nameCount {
            let length = try reader.count(minimumSize: 4)
            var text: [Unicode.Scalar] = []
            text.reserveCapacity(length)
            for _ in 0..<length {
                let value = try reader.read(UInt32.self)
                guard let scalar = Unicode.Scalar(value) else { throw .malformed("\(value) is no code point") }
                text.append(scalar)
            }
            names.append(Name(text: text, entry: try reader.index(below: entryCount)))
        }
        let keyCount = try reader.count(minimumSize: 12)
        var keys: [UInt64: [Int32]] = [:]
        keys.reserveCapacity(keyCount)
        for _ in 0..<keyCount {
            let key = try reader.read(UInt64.self)
            let count = try reader.count(minimumSize: 4)
            var indices: [Int32] = []
            indices.reserveCapacity(count)
            for _ in 0..<count { indices.append(try reader.index(below: names.count)) }
            keys[key] = indices
        }
        self.init(names: names, keys: keys)
    }
}
