import Foundation
internal import GRDB
import GovGraphModel

/// A row of the `entity` table. Keys are stored as a JSON object with sorted keys.
struct EntityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entity"

    var id: String
    var name: String
    var type: String
    var keys: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let type = Column(CodingKeys.type)
    }

    init(_ entity: Entity) throws {
        id = entity.id.rawValue
        name = entity.name
        type = entity.type.rawValue
        keys = try Self.encode(keys: entity.keys)
    }

    static func encode(keys: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(keys), as: UTF8.self)
    }

    static func decode(keys: String?) -> [String: String]? {
        guard let keys else { return [:] }
        if let plain = decodePlain(keys) { return plain }
        return try? JSONDecoder().decode([String: String].self, from: Data(keys.utf8))
    }

    /// Reads keys as ``encode(keys:)`` writes them, `{"ags":"14713000","ars":"147130000000"}`,
    /// without a JSON decoder (a summary of an entity reads its keys); nil for anything else
    /// (spaces, escapes, other values), which the decoder reads.
    static func decodePlain(_ keys: String) -> [String: String]? {
        var utf8 = keys.utf8[...]
        guard utf8.popFirst() == UInt8(ascii: "{"), utf8.popLast() == UInt8(ascii: "}") else { return nil }
        var result: [String: String] = [:]
        func string() -> String? {
            guard utf8.popFirst() == UInt8(ascii: "\"") else { return nil }
            guard let end = utf8.firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
                utf8[end] == UInt8(ascii: "\"")
            else { return nil }
            let value = String(Substring(utf8[..<end]))
            utf8 = utf8[utf8.index(after: end)...]
            return value
        }
        while !utf8.isEmpty {
            guard let key = string(), utf8.popFirst() == UInt8(ascii: ":"), let value = string() else { return nil }
            result[key] = value
            if !utf8.isEmpty, utf8.popFirst() != UInt8(ascii: ",") { return nil }
            if utf8.isEmpty, keys.utf8.dropLast().last == UInt8(ascii: ",") { return nil }
        }
        return result
    }
}
