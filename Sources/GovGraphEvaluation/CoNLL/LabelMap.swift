import Foundation
import GovGraphModel

/// Which govgraph entity types stand for each label of a CoNLL corpus.
///
/// Written `LABEL=type|type`, entries separated by commas or new lines; `#` starts a comment
/// line. Labels are compared exactly: `LOCderiv` is not `LOC` and is not scored unless the map
/// names it.
///
/// ```swift
/// let map = try LabelMap(parsing: "PER=person,LOC=municipality|state")
/// map.labels(for: .state)  // ["LOC"]
/// ```
public struct LabelMap: Sendable, Hashable {
    /// One label and the types it stands for.
    public struct Entry: Sendable, Hashable {
        public var label: String
        public var types: Set<EntityType>
    }

    /// Labels in the order they were written, each with its types.
    public private(set) var entries: [Entry]

    public init(parsing text: String) throws(EvaluationError) {
        entries = []
        for line in text.split(whereSeparator: \.isNewline) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            for rawEntry in line.split(separator: ",") {
                let entry = rawEntry.trimmingCharacters(in: .whitespaces)
                if entry.isEmpty { continue }
                let parts = entry.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else { throw .malformedLabelMap(entry: entry) }
                let label = parts[0].trimmingCharacters(in: .whitespaces)
                let names = parts[1].split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard !label.isEmpty, !names.isEmpty, !names.contains("") else { throw .malformedLabelMap(entry: entry) }
                var types: Set<EntityType> = []
                for name in names {
                    guard let type = EntityType(rawValue: name) else { throw .unknownLabelType(name, entry: entry) }
                    types.insert(type)
                }
                if let index = entries.firstIndex(where: { $0.label == label }) {
                    entries[index].types.formUnion(types)
                } else {
                    entries.append(Entry(label: label, types: types))
                }
            }
        }
        guard !entries.isEmpty else { throw .malformedLabelMap(entry: text) }
    }

    /// The labels, in map order.
    public var labels: [String] { entries.map(\.label) }

    /// The types a label stands for; empty for a label the map does not name.
    public func types(for label: String) -> Set<EntityType> {
        entries.first { $0.label == label }?.types ?? []
    }

    /// The labels a type can be scored as, in map order.
    public func labels(for type: EntityType) -> [String] {
        entries.filter { $0.types.contains(type) }.map(\.label)
    }

    /// Every type some label stands for; predictions of other types are not scored.
    public var mappedTypes: Set<EntityType> { entries.reduce(into: []) { $0.formUnion($1.types) } }

    /// The built-in maps, by name.
    public static let presets: [String: String] = [
        "ler": "GS=law,VO=law,EUN=law,INN=organization,GRT=organization,ORG=organization,"
            + "ST=municipality,LD=state|country,PER=person",
        "germeval": "PER=person,LOC=municipality|district|state|country|location,ORG=organization",
    ]

    /// The built-in map with this name (`ler`, `germeval`).
    public static func preset(_ name: String) -> LabelMap? {
        presets[name].flatMap { try? LabelMap(parsing: $0) }
    }
}
