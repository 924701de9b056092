import GovGraphModel

/// The parsed gazetteer as bytes, for ``CompiledGazetteer/serialized(fingerprint:)``.
///
/// Layout, in order: the entries (id, type, name, aliases, adjectives, keys), the given names
/// with their gender, the role rows, the abbreviations, the surnames and the rule files (name and
/// text). Collections are a count
/// followed by their elements; the role lexicon is rebuilt from its rows.
extension Gazetteer {
    func write(to writer: inout BinaryWriter) {
        writer.writeCount(entries.count)
        for entry in entries {
            writer.write(entry.id.rawValue)
            writer.write(UInt8(entry.type.rank))
            writer.write(entry.name)
            Self.write(entry.aliases, to: &writer)
            Self.write(entry.adjectives, to: &writer)
            writer.writeCount(entry.keys.count)
            for (key, value) in entry.keys {
                writer.write(key)
                writer.write(value)
            }
        }
        writer.writeCount(givenNames.count)
        for (name, gender) in givenNames {
            writer.write(name)
            writer.write(gender)
        }
        writer.writeCount(roles.rows.count)
        for row in roles.rows {
            writer.write(row.masculine)
            writer.write(row.feminine != nil)
            if let feminine = row.feminine { writer.write(feminine) }
            writer.write(row.key)
            writer.write(row.matchesCompounds)
            writer.writeCount(row.scope.count)
            for type in row.scope.sorted() { writer.write(UInt8(type.rank)) }
            writer.write(UInt8(row.primaryScope.rank))
        }
        Self.write(abbreviations, to: &writer)
        Self.write(surnames, to: &writer)
        writer.writeCount(rules.files.count)
        for file in rules.files {
            writer.write(file.name)
            writer.write(file.contents)
        }
    }

    init(from reader: inout BinaryReader) throws(GazetteerSerializationError) {
        self.init()
        // An entry takes at least 21 bytes: four counts or lengths of 4 bytes, a type byte and
        // the name's length.
        let entryCount = try reader.count(minimumSize: 21)
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let id = EntityID(try reader.string())
            let type = try Self.readType(&reader)
            let name = try reader.string()
            let aliases = try Self.readStrings(&reader)
            let adjectives = try Self.readStrings(&reader)
            let keyCount = try reader.count(minimumSize: 8)
            var keys: [String: String] = [:]
            keys.reserveCapacity(keyCount)
            for _ in 0..<keyCount {
                let key = try reader.string()
                keys[key] = try reader.string()
            }
            entries.append(
                GazetteerEntry(
                    id: id, type: type, name: name, aliases: aliases, adjectives: adjectives, keys: keys))
        }
        let givenNameCount = try reader.count(minimumSize: 8)
        givenNames.reserveCapacity(givenNameCount)
        for _ in 0..<givenNameCount {
            let name = try reader.string()
            givenNames[name] = try reader.string()
        }
        let rowCount = try reader.count(minimumSize: 14)
        var rows: [RoleLexicon.Row] = []
        rows.reserveCapacity(rowCount)
        for _ in 0..<rowCount {
            let masculine = try reader.string()
            let feminine = try reader.bool() ? try reader.string() : nil
            let key = try reader.string()
            let matchesCompounds = try reader.bool()
            var scope: Set<EntityType> = []
            for _ in 0..<(try reader.count(minimumSize: 1)) { scope.insert(try Self.readType(&reader)) }
            let primary = try Self.readType(&reader)
            rows.append(
                RoleLexicon.Row(
                    masculine: masculine, feminine: feminine, key: key, matchesCompounds: matchesCompounds,
                    scope: scope, primaryScope: primary))
        }
        roles = RoleLexicon(rows: rows)
        abbreviations = try Self.readSet(&reader)
        surnames = try Self.readSet(&reader)
        // The rule files are stored as text and compiled again: that takes well under a millisecond.
        var ruleFiles: [GazetteerFile] = []
        for _ in 0..<(try reader.count(minimumSize: 8)) {
            let name = try reader.string()
            ruleFiles.append(GazetteerFile(name: name, contents: try reader.string()))
        }
        do throws(GazetteerError) {
            rules = try RuleBook(files: ruleFiles)
        } catch {
            throw .malformed("the stored rule files do not compile: \(error)")
        }
    }

    private static func write(_ strings: some Collection<String>, to writer: inout BinaryWriter) {
        writer.writeCount(strings.count)
        for string in strings { writer.write(string) }
    }

    private static func readStrings(_ reader: inout BinaryReader) throws(GazetteerSerializationError) -> [String] {
        let count = try reader.count(minimumSize: 4)
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try reader.string()) }
        return strings
    }

    private static func readSet(_ reader: inout BinaryReader) throws(GazetteerSerializationError) -> Set<String> {
        let count = try reader.count(minimumSize: 4)
        var strings: Set<String> = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.insert(try reader.string()) }
        return strings
    }

    private static func readType(_ reader: inout BinaryReader) throws(GazetteerSerializationError) -> EntityType {
        let rank = Int(try reader.read(UInt8.self))
        guard rank < EntityType.allCases.count else { throw .malformed("entity type \(rank) is unknown") }
        return EntityType.allCases[rank]
    }
}
