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
        return try? JSONDecoder().decode([String: String].self, from: Data(keys.utf8))
    }
}
