import GovGraphModel

/// The rules and word lists of the rule files (`gazetteer/rules/*.rules`), parsed and compiled.
///
/// A rule file holds three kinds of block, each starting at the left margin; lines that start
/// with `#` are comments, and an indented line continues the block above it:
///
/// ```text
/// list copula: ist bleibt wird war sei
///
/// define ROLE: @title-modifier{0,2} ROLENOUN
///
/// rule role.noun-before-name
///   about: A role noun right before the name of its holder.
///   pattern: role:ROLE holder:PERSON
///   status: marked
///   example: Landrätin Martina Schmidt eröffnete die Messe. => Martina Schmidt | Landrätin | - | current
/// ```
///
/// A `list` names words (lower case, as tokens are compared); a `define` names a pattern that
/// other patterns use by its upper-case name; a `rule` has a name, a `pattern` (see
/// ``TokenPattern``), what it yields and two or more examples. The German word lists of the rules
/// live here, one list in one place. See the DocC article "The rule language".
public struct RuleBook: Sendable {
    /// One rule: its pattern and what a match yields.
    public struct Rule: Sendable, Hashable {
        public var name: String
        public var file: String
        public var line: Int
        public var about: String
        public var patternText: String
        /// The rule's fields besides `pattern`, `about` and `example` (`status`, `role` …).
        public var fields: [String: String]
        public var examples: [Example]
        var program: PatternProgram
    }

    /// An example of a rule: a sentence and what the rule must read from it.
    public struct Example: Sendable, Hashable {
        public var sentence: String
        /// `holder | role | object | status`; `-` where there is no object.
        public var expected: [String]
        public var line: Int
    }

    public private(set) var rules: [Rule] = []
    /// The word lists by name.
    public private(set) var lists: [String: [String]] = [:]
    /// What the words of a list stand for, where it says (`stellv=stellvertretend`).
    private var expansions: [String: [String: String]] = [:]
    /// The source files, as read (kept to store the book with the compiled gazetteer).
    public private(set) var files: [GazetteerFile] = []

    /// Word ids: every word a pattern or list names.
    var wordIndex = WordMap<Int32>()
    /// Per word id, the lists it is in (bit n: list n).
    var listMasks: [UInt64] = []
    var listBits: [String: Int] = [:]
    /// Capture names by slot.
    var captureNames: [String] = []
    /// Rules by the tests their matches can start with (see ``candidates(at:input:)``).
    private var rulesByWord: [Int32: [Int]] = [:]
    private var rulesByList: [Int: [Int]] = [:]
    /// Rules by the class of their first token, by the class's bit position.
    private var rulesByClassBit: [[Int]] = Array(repeating: [], count: 16)
    private var rulesAnywhere: [Int] = []
    /// The span classes every rule needs (bits of ``TokenClass/bit``): a sentence without them
    /// is not looked at.
    private(set) var commonRequired: UInt16 = 0

    public init() {}

    /// Parses and compiles rule files.
    /// - Throws: ``GazetteerError/malformedLine(file:line:reason:)`` for the first problem.
    public init(files: [GazetteerFile]) throws(GazetteerError) {
        self.files = files
        var blocks: [Block] = []
        for file in files { blocks += try Self.blocks(of: file) }
        // Lists first, so that any rule may use any list.
        var listOrder: [String] = []
        for block in blocks where block.kind == "list" {
            guard lists[block.name] == nil else {
                throw .malformedLine(file: block.file, line: block.line, reason: "the list \"\(block.name)\" is defined twice")
            }
            // A word may name what it stands for: "stellv=stellvertretend".
            let entries = block.value.split(whereSeparator: \.isWhitespace).map { String($0).lowercased() }
            let words = entries.map { $0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0 }
            for entry in entries where entry.contains("=") {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw .malformedLine(file: block.file, line: block.line, reason: "\"\(entry)\" in the list \"\(block.name)\" must be WORD=MEANING")
                }
                expansions[block.name, default: [:]][parts[0]] = parts[1]
            }
            guard !words.isEmpty else {
                throw .malformedLine(file: block.file, line: block.line, reason: "the list \"\(block.name)\" has no words")
            }
            lists[block.name] = words
            listOrder.append(block.name)
        }
        guard listOrder.count <= 64 else {
            throw .malformedLine(file: blocks[0].file, line: 1, reason: "at most 64 word lists, found \(listOrder.count)")
        }
        var macros: [String: TokenPattern] = [:]
        var parsedRules: [(Block, TokenPattern)] = []
        for block in blocks {
            switch block.kind {
            case "define":
                guard block.name.first?.isUppercase == true, TokenClass(rawValue: block.name) == nil else {
                    throw .malformedLine(file: block.file, line: block.line, reason: "a define needs a new upper-case name, found \"\(block.name)\"")
                }
                macros[block.name] = try Self.pattern(block.value, block: block, line: block.line)
            case "rule":
                guard let pattern = block.fields["pattern"] else {
                    throw .malformedLine(file: block.file, line: block.line, reason: "the rule \(block.name) has no pattern")
                }
                parsedRules.append((block, try Self.pattern(pattern.value, block: block, line: pattern.line)))
            default: continue
            }
        }
        // The vocabulary: every word a list or pattern names.
        var vocabulary: [String: Int32] = [:]
        var masks: [UInt64] = []
        func intern(_ word: String) -> Int32 {
            if let id = vocabulary[word] { return id }
            let id = Int32(vocabulary.count)
            vocabulary[word] = id
            masks.append(0)
            return id
        }
        for (bit, name) in listOrder.enumerated() {
            listBits[name] = bit
            for word in lists[name]! { masks[Int(intern(word))] |= 1 << UInt64(bit) }
        }
        for pattern in macros.values.map(\.names.words) + parsedRules.map(\.1.names.words) {
            for word in pattern { _ = intern(word) }
        }
        var compiler = PatternCompiler(vocabulary: vocabulary, listBits: listBits, macros: macros, captureSlots: [:])
        var seenNames: Set<String> = []
        for (block, pattern) in parsedRules {
            guard seenNames.insert(block.name).inserted else {
                throw .malformedLine(file: block.file, line: block.line, reason: "the rule \(block.name) is defined twice")
            }
            let program: PatternProgram
            do throws(PatternCompiler.Failure) {
                program = try compiler.compile(pattern)
            } catch {
                let line = block.fields["pattern"]!.line
                let reason: String
                switch error {
                case .unknownList(let name): reason = "the pattern of \(block.name) names the list @\(name), which no list defines"
                case .unknownMacro(let name): reason = "the pattern of \(block.name) names \(name), which is no class and no define (classes: \(TokenClass.allCases.map(\.rawValue).joined(separator: " ")))"
                case .recursiveMacro(let name): reason = "the define \(name) uses itself"
                case .negatedGroup: reason = "the pattern of \(block.name) negates a group; \"!\" and \"-\" negate one word, list or class"
                case .matchesNothing: reason = "the pattern of \(block.name) can match no token at all"
                }
                throw .malformedLine(file: block.file, line: line, reason: reason)
            }
            let examples = try block.fields.filter { $0.key.hasPrefix("example") }.values.sorted { $0.line < $1.line }
                .map { field throws(GazetteerError) in try Self.example(field, block: block) }
            guard examples.count >= 2 else {
                throw .malformedLine(file: block.file, line: block.line, reason: "the rule \(block.name) needs two examples or more, found \(examples.count)")
            }
            if let status = block.fields["status"]?.value, !Self.statusValues.contains(status) {
                throw .malformedLine(
                    file: block.file, line: block.fields["status"]!.line,
                    reason: "status must be one of \(Self.statusValues.sorted().joined(separator: ", ")), found \"\(status)\"")
            }
            if let context = block.fields["context"], !["all", "places", "none"].contains(context.value) {
                throw .malformedLine(file: block.file, line: context.line, reason: "context must be all, places or none, found \"\(context.value)\"")
            }
            if let pairs = block.fields["pairs"], !["all", "nearest"].contains(pairs.value) {
                throw .malformedLine(file: block.file, line: pairs.line, reason: "pairs must be all or nearest, found \"\(pairs.value)\"")
            }
            for key in block.fields.keys where !key.hasPrefix("example") && !Self.ruleFields.contains(key) {
                throw .malformedLine(
                    file: block.file, line: block.fields[key]!.line,
                    reason: "unknown field \"\(key)\" in the rule \(block.name) (fields: \(Self.ruleFields.sorted().joined(separator: ", ")), example)")
            }
            var fields: [String: String] = [:]
            for (key, field) in block.fields where !key.hasPrefix("example") && key != "pattern" && key != "about" {
                fields[key] = field.value
            }
            rules.append(
                Rule(
                    name: block.name, file: block.file, line: block.line, about: block.fields["about"]?.value ?? "",
                    patternText: block.fields["pattern"]!.value, fields: fields, examples: examples, program: program))
        }
        captureNames = compiler.captureSlots.sorted { $0.value < $1.value }.map(\.key)
        wordIndex = WordMap(vocabulary.map { ($0.key, $0.value) })
        listMasks = masks
        commonRequired = rules.reduce(rules.isEmpty ? 0 : 0xFFFF) { $0 & $1.program.required }
        for (index, rule) in rules.enumerated() {
            let first = rule.program.firstTests
            if first.anywhere {
                rulesAnywhere.append(index)
                continue
            }
            for word in Set(first.words) { rulesByWord[word, default: []].append(index) }
            for bit in Set(first.lists) { rulesByList[bit, default: []].append(index) }
            for tokenClass in Set(first.classes) { rulesByClassBit[tokenClass.bit.trailingZeroBitCount].append(index) }
        }
    }

    static let statusValues: Set<String> = ["current", "new", "former", "marked", "clause"]
    static let ruleFields: Set<String> = ["pattern", "about", "status", "role", "pairs", "context"]

    /// The words of list `name`, as a set for stages that test words (empty when the book has
    /// no such list).
    func wordSet(_ name: String) -> WordSet {
        WordSet(lists[name] ?? [])
    }

    /// What the words of list `name` stand for, where the list says (`WORD=MEANING`).
    func pairs(_ name: String) -> [String: String] { expansions[name] ?? [:] }

    /// The capture slot of a name, if any pattern uses it.
    func slot(_ name: String) -> Int? { captureNames.firstIndex(of: name) }

    /// The rules that can match at token `position`: those whose first test is the token's word,
    /// one of its lists or a span that starts there, and those that can start anywhere. The
    /// cost does not grow with the number of rules, only with the rules that can start here.
    func candidates(at position: Int, input: PatternInput, into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        result += rulesAnywhere
        let id = input.wordIDs[position]
        if id >= 0 {
            if let rules = rulesByWord[id] { result += rules }
            var bits = input.listBits[position]
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                if let rules = rulesByList[bit] { result += rules }
                bits &= bits - 1
            }
        }
        var classes = input.classes[position]
        while classes != 0 {
            result += rulesByClassBit[classes.trailingZeroBitCount]
            classes &= classes - 1
        }
        if result.count > 1 {
            result.sort()
            var last = -1
            result.removeAll { index in
                defer { last = index }
                return index == last
            }
        }
    }

    // MARK: Parsing

    struct Field {
        var value: String
        var line: Int
    }

    private struct Block {
        var kind: String
        var name: String
        var value: String
        var file: String
        var line: Int
        var fields: [String: Field] = [:]
    }

    private static func blocks(of file: GazetteerFile) throws(GazetteerError) -> [Block] {
        var blocks: [Block] = []
        var lastField: String?
        var exampleCount = 0
        for (offset, rawLine) in file.contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let indented = rawLine.first == " " || rawLine.first == "\t"
            if !indented {
                // "list NAME: words", "define NAME: pattern", "rule NAME"
                let head = line.prefix { $0 != " " && $0 != "\t" }
                let rest = line.dropFirst(head.count).trimmingSpaces
                switch head {
                case "list", "define":
                    guard let colon = rest.firstIndex(of: ":") else {
                        throw .malformedLine(file: file.name, line: number, reason: "expected \"\(head) NAME: …\"")
                    }
                    let name = String(rest[..<colon]).trimmingSpaces
                    guard !name.isEmpty, !name.contains(" ") else {
                        throw .malformedLine(file: file.name, line: number, reason: "expected one name before the colon, found \"\(name)\"")
                    }
                    blocks.append(Block(kind: String(head), name: name, value: String(rest[rest.index(after: colon)...]).trimmingSpaces, file: file.name, line: number))
                    lastField = nil
                case "rule":
                    guard !rest.isEmpty, !rest.contains(" "), !rest.contains(":") else {
                        throw .malformedLine(file: file.name, line: number, reason: "expected \"rule NAME\" with a name such as role.noun-before-name, found \"\(line)\"")
                    }
                    blocks.append(Block(kind: "rule", name: rest, value: "", file: file.name, line: number))
                    lastField = nil
                    exampleCount = 0
                default:
                    throw .malformedLine(file: file.name, line: number, reason: "expected \"list\", \"define\" or \"rule\" at the start of a line, found \"\(head)\"")
                }
                continue
            }
            guard !blocks.isEmpty else {
                throw .malformedLine(file: file.name, line: number, reason: "an indented line continues a block, but none has started")
            }
            // Inside a rule: "key: value", or a continuation of the last field.
            if blocks[blocks.count - 1].kind == "rule", let colon = line.firstIndex(of: ":"),
                line[..<colon].allSatisfy({ $0.isLetter || $0 == "-" }), !line[..<colon].isEmpty
            {
                var key = String(line[..<colon])
                let value = String(line[line.index(after: colon)...]).trimmingSpaces
                if key == "example" {
                    exampleCount += 1
                    key = "example\(exampleCount)"
                }
                guard blocks[blocks.count - 1].fields[key] == nil else {
                    throw .malformedLine(file: file.name, line: number, reason: "the field \"\(key)\" is given twice in the rule \(blocks[blocks.count - 1].name)")
                }
                blocks[blocks.count - 1].fields[key] = Field(value: value, line: number)
                lastField = key
                continue
            }
            if blocks[blocks.count - 1].kind == "rule" {
                guard let lastField else {
                    throw .malformedLine(file: file.name, line: number, reason: "expected \"field: value\" in the rule \(blocks[blocks.count - 1].name)")
                }
                blocks[blocks.count - 1].fields[lastField]!.value += " " + line
            } else {
                blocks[blocks.count - 1].value += " " + line
            }
        }
        return blocks
    }

    private static func pattern(_ text: String, block: Block, line: Int) throws(GazetteerError) -> TokenPattern {
        do throws(TokenPatternError) {
            return try TokenPattern.parse(text)
        } catch {
            throw .malformedLine(file: block.file, line: line, reason: "in the pattern of \(block.name) at character \(error.offset + 1): \(error.reason)")
        }
    }

    private static func example(_ field: Field, block: Block) throws(GazetteerError) -> Example {
        let parts = field.value.split(separator: " => ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw .malformedLine(file: block.file, line: field.line, reason: "an example is \"SENTENCE => holder | role | object | status\"")
        }
        let expected = parts[1].split(separator: "|").map { String($0).trimmingSpaces }
        guard expected.count == 4, RoleStatus(rawValue: expected[3]) != nil || expected[3] == "none" else {
            throw .malformedLine(file: block.file, line: field.line, reason: "an example expects \"holder | role | object | status\" (status current, new, former or none), found \"\(parts[1])\"")
        }
        return Example(sentence: parts[0].trimmingSpaces, expected: expected, line: field.line)
    }
}
