import Foundation
import GovGraphModel

extension GoldArticle {
    /// Reads a gold file: one JSON object, a JSON array of objects, or JSON lines (one object per
    /// line).
    ///
    /// ```swift
    /// let articles = try GoldArticle.parse(#"{"id": "a", "entities": []}"#)
    /// ```
    ///
    /// - Throws: ``EvaluationError/emptyGold``, ``EvaluationError/invalidGold(line:reason:)``
    ///   naming the line of a bad JSON line, ``EvaluationError/unknownEntityType(_:entity:)``.
    public static func parse(_ text: String) throws(EvaluationError) -> [GoldArticle] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .emptyGold }
        // A whole-file object or array first: pretty-printed gold spans many lines.
        if let whole = try? JSONDecoder().decode(OneOrMany.self, from: Data(trimmed.utf8)) {
            return try whole.objects.map { object throws(EvaluationError) in try object.article() }
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let nonEmpty = lines.enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
        guard nonEmpty.count > 1 else {
            throw .invalidGold(line: nil, reason: reason(decoding: trimmed))
        }
        var articles: [GoldArticle] = []
        for (index, line) in nonEmpty {
            let object: RawArticle
            do {
                object = try JSONDecoder().decode(RawArticle.self, from: Data(line.utf8))
            } catch {
                throw .invalidGold(line: index + 1, reason: reason(decoding: String(line)))
            }
            articles.append(try object.article())
        }
        return articles
    }

    /// Why `json` does not decode, in one line.
    private static func reason(decoding json: String) -> String {
        do {
            _ = try JSONDecoder().decode(RawArticle.self, from: Data(json.utf8))
            return "expected one JSON object per line, or one JSON object for the whole file"
        } catch let DecodingError.keyNotFound(key, context) {
            return "missing field \"\(path(context.codingPath + [key]))\""
        } catch let DecodingError.typeMismatch(_, context) {
            return "wrong type at \"\(path(context.codingPath))\": \(context.debugDescription)"
        } catch let DecodingError.valueNotFound(_, context) {
            return "null at \"\(path(context.codingPath))\""
        } catch {
            return "not valid JSON"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}

/// A file holding one object or an array of them.
private struct OneOrMany: Decodable {
    var objects: [RawArticle]

    init(from decoder: any Decoder) throws {
        if let many = try? [RawArticle](from: decoder) {
            objects = many
        } else {
            objects = [try RawArticle(from: decoder)]
        }
    }
}

/// The JSON shape of a gold object, before types are checked.
private struct RawArticle: Decodable {
    struct RawEntity: Decodable {
        var name: String
        var type: String
        var mentions: [String]?
        var aliases: [String]?
        var optional: Bool?
        var incidental: Bool?
    }

    var id: String?
    /// The whole-page style names its text here.
    var document: String?
    var date: String?
    var entities: [RawEntity]
    var relations: [GoldRelation]?
    var former_relations: [GoldRelation]?

    func article() throws(EvaluationError) -> GoldArticle {
        var result: [GoldEntity] = []
        for entity in entities {
            guard let type = EntityType(rawValue: entity.type) else {
                throw .unknownEntityType(entity.type, entity: entity.name)
            }
            result.append(
                GoldEntity(
                    name: entity.name, type: type, mentions: entity.mentions ?? [],
                    aliases: entity.aliases ?? [], optional: entity.optional ?? false,
                    incidental: entity.incidental ?? false))
        }
        return GoldArticle(
            id: id ?? document, date: date, entities: result, relations: relations ?? [],
            formerRelations: former_relations ?? [])
    }
}
