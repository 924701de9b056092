import GovGraphModel

/// The data the recognisers use, parsed from the files of the `gazetteer/` folder.
///
/// Entity files are named after their type (`states.tsv`, `municipalities.tsv`, `districts.tsv`,
/// `countries.tsv`, `organizations.tsv`, `laws.tsv`; any prefix is allowed, as in
/// `local-organizations.tsv`); besides them `given-names.tsv`, `roles.tsv`, `abbreviations.txt`,
/// `surnames.txt` and the rule files `rules/*.rules` (``RuleBook``). Parsing is pure: the caller
/// reads the files.
///
/// ```swift
/// let gazetteer = try Gazetteer(files: [
///     GazetteerFile(name: "states.tsv", contents: "state:14\tSachsen\tFreistaat Sachsen\tsächsisch\n"),
/// ])
/// ```
public struct Gazetteer: Sendable {
    public var entries: [GazetteerEntry] = []
    /// Given names ("Burkhard", "Claudia") with gender `m`, `f` or `u`.
    public var givenNames: [String: String] = [:]
    public var roles = RoleLexicon(rows: [])
    /// Lower-cased abbreviations without the final full stop ("dr", "abs").
    public var abbreviations: Set<String> = []
    /// Surnames that are read as a person on their own ("Merkel sagte"): no German words, given
    /// names or places (`surnames.txt`, one per line).
    public var surnames: Set<String> = []
    /// The rules and word lists of the rule files (`rules/*.rules`).
    public var rules = RuleBook()

    public init() {}

    /// Parses a set of gazetteer files.
    ///
    /// - Throws: ``GazetteerError`` naming the file and line of the first problem.
    public init(files: [GazetteerFile]) throws(GazetteerError) {
        var seen: Set<EntityID> = []
        var ruleFiles: [GazetteerFile] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            if file.name.hasSuffix(".rules") {
                ruleFiles.append(file)
                continue
            }
            switch file.name {
            case "given-names.tsv":
                givenNames.merge(try Self.parseGivenNames(file)) { first, _ in first }
            case "roles.tsv":
                roles = RoleLexicon(rows: roles.rows + (try RoleLexicon.parse(file)))
            case "abbreviations.txt":
                abbreviations.formUnion(Self.parseAbbreviations(file))
            case "surnames.txt":
                for (_, line) in Self.dataLines(file) { surnames.insert(String(line.trimmingSpaces)) }
            default:
                guard file.name.hasSuffix(".tsv") else { continue }
                guard let type = Self.entityType(ofFile: file.name) else {
                    throw .unknownFile(file: file.name)
                }
                for (line, entry) in try Self.parseEntities(file, type: type) {
                    guard seen.insert(entry.id).inserted else {
                        throw .duplicateID(file: file.name, line: line, id: entry.id.rawValue)
                    }
                    entries.append(entry)
                }
            }
        }
        if entries.isEmpty { throw .empty }
        rules = try RuleBook(files: ruleFiles)
    }

    /// `municipalities.tsv` → `.municipality`; `my-organizations.tsv` → `.organization`.
    static func entityType(ofFile name: String) -> EntityType? {
        let stem = name.dropLast(".tsv".count)
        let last = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).last.map(String.init) ?? ""
        let plural: [String: EntityType] = Dictionary(
            uniqueKeysWithValues: EntityType.allCases.map { ($0.plural, $0) })
        return plural[last]
    }
}

/// One gazetteer file: its name (without folder) and contents.
public struct GazetteerFile: Sendable, Hashable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

extension Gazetteer {
    /// Words that open a district's official name ("Landkreis Leipzig", "Städteregion Aachen").
    static let districtDesignators: Set<String> = ["kreis", "landkreis", "regionalverband", "städteregion", "stadtkreis"]

    /// A district's name without the designators it opens with: "Ostholstein" for "Kreis
    /// Ostholstein"; a name without one ("Rhein-Sieg-Kreis") as it is.
    static func districtName(withoutDesignator name: String) -> String {
        name.split(separator: " ").drop { districtDesignators.contains($0.lowercased()) }.joined(separator: " ")
    }
}
