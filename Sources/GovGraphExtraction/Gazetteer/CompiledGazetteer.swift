import GovGraphModel

/// A gazetteer compiled for matching: every surface form with its inflections in a token trie.
///
/// Compile once and share: the value is immutable and `Sendable`. A compiled gazetteer can be
/// stored as bytes and read back far faster than it compiles (``serialized(fingerprint:)``);
/// a stored property added here must be added to `CompiledGazetteer+Serialization.swift` too,
/// with a new ``serializationVersion``.
public struct CompiledGazetteer: Sendable {
    public let gazetteer: Gazetteer
    let matcher: PhraseMatcher
    /// Long one-word names, for typing errors.
    let typos: TypoIndex
    private let indexByID: [EntityID: Int]
    /// Every surface form with its inflections, as written (for `govgraph gazetteer forms`).
    public let formCount: Int

    public init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var matcher = PhraseMatcher()
        for (index, entry) in gazetteer.entries.enumerated() {
            for form in ([entry.name] + entry.aliases).uniqued() {
                let (texts, kinds) = Self.split(form)
                let options = Inflection.options(of: texts, kinds: kinds)
                let rules = matcher.addRules(Self.rules(for: texts, kinds: kinds))
                var ids: [[Int32]] = []
                ids.reserveCapacity(options.count)
                for choice in options {
                    var row: [Int32] = []
                    row.reserveCapacity(choice.count)
                    for text in choice { row.append(matcher.intern(text)) }
                    ids.append(row)
                }
                matcher.insert(options: ids, payload: .init(entry: Int32(index), isAdjective: false, rules: rules))
            }
            for adjective in entry.adjectives {
                let (texts, kinds) = Self.split(adjective)
                let isLowerStem = adjective.first?.isLowercase ?? false
                let rules = matcher.addRules(
                    isLowerStem ? texts.map { _ in .any } : Self.rules(for: texts, kinds: kinds))
                for variant in Inflection.adjectiveVariants(of: texts, kinds: kinds) {
                    var ids: [[Int32]] = []
                    for text in variant { ids.append([matcher.intern(text)]) }
                    matcher.insert(options: ids, payload: .init(entry: Int32(index), isAdjective: true, rules: rules))
                }
            }
        }
        self.matcher = matcher
        self.formCount = matcher.formCount
        self.typos = Self.typoIndex(gazetteer)
        self.indexByID = Self.index(gazetteer)
    }

    /// A compiled gazetteer from its parts, as read back from bytes.
    init(gazetteer: Gazetteer, matcher: PhraseMatcher, typos: TypoIndex) {
        self.gazetteer = gazetteer
        self.matcher = matcher
        self.formCount = matcher.formCount
        self.typos = typos
        self.indexByID = Self.index(gazetteer)
    }

    private static func index(_ gazetteer: Gazetteer) -> [EntityID: Int] {
        var index: [EntityID: Int] = [:]
        index.reserveCapacity(gazetteer.entries.count)
        for (number, entry) in gazetteer.entries.enumerated() where index[entry.id] == nil {
            index[entry.id] = number
        }
        return index
    }

    /// The names a typing error is corrected to: one-word names of towns of 50,000 inhabitants or
    /// more, of Länder, of bodies and of the notable laws (not abbreviations), at least
    /// ``TypoIndex/minimumLength`` letters long. Country names are left out: their demonyms are
    /// one letter away ("Tschechen", "Spanier").
    static func typoIndex(_ gazetteer: Gazetteer) -> TypoIndex {
        var index = TypoIndex()
        for (number, entry) in gazetteer.entries.enumerated() {
            switch entry.type {
            case .municipality:
                guard (Int(entry.keys["population"] ?? "") ?? 0) >= 50_000, entry.keys["common_word"] == nil,
                    entry.keys["lower_word"] == nil
                else { continue }
            case .state, .organization:
                break
            case .law:
                guard entry.keys["notable"] == "1" else { continue }
            case .district, .country, .person, .location:
                continue
            }
            for form in [entry.name] + entry.aliases
            where !form.contains(" ") && !form.split(separator: "-").contains(where: { Inflection.isAbbreviation(String($0)) })
                && (form.first?.isUppercase ?? false)
            {
                index.insert(form, entry: Int32(number))
            }
        }
        return index
    }

    /// The entries one word names in any of its inflections (`norm` in lower case), each with
    /// whether the word is the entry's adjective ("leipziger"). Case rules are not checked.
    public func entries(namedByWord norm: String) -> [(entry: GazetteerEntry, isAdjective: Bool)] {
        guard let id = matcher.vocabulary[norm] else { return [] }
        return matcher.matches(tokenIDs: [id], from: 0).flatMap { match in
            match.payloads.map { (gazetteer.entries[Int($0.entry)], $0.isAdjective) }
        }
    }

    /// The gazetteer entry with this id.
    public func entry(_ id: EntityID) -> GazetteerEntry? {
        indexByID[id].map { gazetteer.entries[$0] }
    }

    static func split(_ form: String) -> ([String], [Token.Kind]) {
        let tokens = Tokenizer.tokenize(form)
        return (tokens.map(\.text), tokens.map(\.kind))
    }

    /// Where the form has a space before each token (the first has none).
    static func spacing(_ form: String) -> [Bool] {
        Tokenizer.tokenize(form).enumerated().map { $0.offset > 0 && $0.element.spaceBefore }
    }

    static func rules(for texts: [String], kinds: [Token.Kind]) -> [PhraseMatcher.CaseRule] {
        zip(texts, kinds).map { text, kind in
            guard kind == .word else { return .any }
            if Inflection.isAbbreviation(text) { return .exact(text) }
            return (text.first?.isUppercase ?? false) ? .capitalized : .any
        }
    }

    /// Every form the matcher knows, as lines `form <TAB> entity id`, sorted.
    public func forms() -> [String] {
        var lines: [String] = []
        for entry in gazetteer.entries {
            for form in ([entry.name] + entry.aliases).uniqued() {
                let (texts, kinds) = Self.split(form)
                let spaces = Self.spacing(form)
                for variant in Inflection.variants(of: texts, kinds: kinds) {
                    lines.append(Self.join(variant, spaces: spaces) + "\t" + entry.id.rawValue)
                }
            }
        }
        return lines.uniqued().sorted()
    }

    /// Joins tokens back to text with the spacing of the original form.
    static func join(_ texts: [String], spaces: [Bool]) -> String {
        zip(texts, spaces).map { ($1 ? " " : "") + $0 }.joined()
    }
}
