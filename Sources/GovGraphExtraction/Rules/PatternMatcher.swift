import GovGraphModel

/// What the patterns see of a document: per token its word id in the rule book's vocabulary,
/// the word lists it is in, and the span (entity or role noun) that starts at it. Made once per
/// document; matching then reads integers only.
struct PatternInput {
    let tokens: [Token]
    /// The vocabulary id of each token's lower case, -1 when no pattern names it.
    var wordIDs: [Int32]
    /// Bit n: the token is in word list n.
    var listBits: [UInt64]
    /// The end (exclusive) of the entity span that starts at a token, or -1.
    var spanEnd: [Int32]
    /// The entity span's kind, where one starts.
    var spanKind: [SpanKind]
    /// The end (exclusive) of the role noun that starts at a token, or -1.
    var roleEnd: [Int32]

    struct SpanKind: OptionSet, Sendable {
        let rawValue: UInt8
        static let person = SpanKind(rawValue: 1)
        static let organization = SpanKind(rawValue: 2)
        static let place = SpanKind(rawValue: 4)
        static let party = SpanKind(rawValue: 8)
        static let adjective = SpanKind(rawValue: 16)
    }

    init(document: Document, book: RuleBook, roleStarts: [Int: Int]) {
        tokens = document.tokens
        let count = tokens.count
        wordIDs = [Int32](repeating: -1, count: count)
        listBits = [UInt64](repeating: 0, count: count)
        for (index, token) in tokens.enumerated() {
            if let id = book.wordIndex[token.norm] {
                wordIDs[index] = id
                listBits[index] = book.listMasks[Int(id)]
            }
        }
        spanEnd = [Int32](repeating: -1, count: count)
        spanKind = [SpanKind](repeating: [], count: count)
        for span in document.spans {
            guard let info = document.entities[span.entity], info.type.isGraphType else { continue }
            let start = span.tokens.lowerBound
            spanEnd[start] = Int32(span.tokens.upperBound)
            var kind: SpanKind
            switch info.type {
            case .person: kind = .person
            case .organization: kind = info.keys["category"] == "party" ? [.organization, .party] : .organization
            default: kind = .place
            }
            if span.origin == .adjective { kind.insert(.adjective) }
            spanKind[start] = kind
        }
        roleEnd = [Int32](repeating: -1, count: count)
        for (start, end) in roleStarts { roleEnd[start] = Int32(end) }
    }

    /// Where a test that starts at `position` ends, or nil when it fails there.
    @inline(__always)
    func step(_ instruction: PatternProgram.Instruction, at position: Int, limit: Int) -> Int? {
        guard position < limit else { return nil }
        switch instruction {
        case .word(let id, let negated):
            return (wordIDs[position] == id) != negated ? position + 1 : nil
        case .list(let bit, let negated):
            return (listBits[position] & (1 << UInt64(bit)) != 0) != negated ? position + 1 : nil
        case .tokenClass(let tokenClass, let negated):
            if negated { return end(of: tokenClass, at: position, limit: limit) == nil ? position + 1 : nil }
            return end(of: tokenClass, at: position, limit: limit)
        default:
            return nil
        }
    }

    @inline(__always)
    private func end(of tokenClass: TokenClass, at position: Int, limit: Int) -> Int? {
        let token = tokens[position]
        func one(_ test: Bool) -> Int? { test ? position + 1 : nil }
        func span(_ test: (SpanKind) -> Bool) -> Int? {
            let end = Int(spanEnd[position])
            return end > 0 && end <= limit && test(spanKind[position]) ? end : nil
        }
        switch tokenClass {
        case .any: return one(token.text != ";")
        case .word: return one(token.kind == .word)
        case .capitalized: return one(token.kind == .word && token.isCapitalized)
        case .lowercase: return one(token.kind == .word && token.isLowercase)
        case .number: return one(token.kind == .number)
        case .punctuation: return one(token.kind == .punctuation)
        case .hyphen: return one(token.kind == .hyphen)
        case .roleNoun:
            let end = Int(roleEnd[position])
            return end > 0 && end <= limit ? end : nil
        case .person: return span { $0.contains(.person) }
        case .organization: return span { $0.contains(.organization) && !$0.contains(.adjective) }
        case .place: return span { $0.contains(.place) && !$0.contains(.adjective) }
        case .body: return span { !$0.contains(.person) && !$0.contains(.adjective) && !$0.contains(.party) }
        case .party: return span { $0.contains(.party) }
        case .placeAdjective: return span { $0.contains(.place) && $0.contains(.adjective) }
        }
    }
}

/// One capture of a match: which name, and the tokens it covered.
struct PatternCapture: Sendable, Hashable {
    var slot: Int
    var tokens: Range<Int>
}

/// Runs compiled patterns: the first match in priority order (greedy items, earlier branches
/// first) from a start token, found by backtracking that never visits an instruction at a token
/// twice, so a match costs at most instructions × tokens steps, whatever the pattern.
struct PatternMatcher {
    private var visited: [UInt64] = []
    private var log: [(slot: Int, position: Int, isOpen: Bool)] = []
    private var jobs: [(pc: Int, position: Int, logCount: Int)] = []

    /// The match of `program` that starts at token `start` and ends by `limit`: its end and
    /// captures, in text order; nil when there is none.
    mutating func match(
        _ program: PatternProgram, in input: PatternInput, at start: Int, limit: Int
    ) -> (end: Int, captures: [PatternCapture])? {
        let instructions = program.instructions
        let width = limit - start + 1
        let bits = instructions.count * width
        let words = (bits + 63) / 64
        if visited.count < words { visited = [UInt64](repeating: 0, count: words) } else {
            for index in 0..<words { visited[index] = 0 }
        }
        log.removeAll(keepingCapacity: true)
        jobs.removeAll(keepingCapacity: true)
        jobs.append((0, start, 0))
        while let job = jobs.popLast() {
            var pc = job.pc
            var position = job.position
            if log.count > job.logCount { log.removeLast(log.count - job.logCount) }
            while true {
                let bit = pc * width + (position - start)
                if visited[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { break }
                visited[bit >> 6] |= 1 << UInt64(bit & 63)
                switch instructions[pc] {
                case .match:
                    return (position, captures())
                case .jump(let target):
                    pc = target
                    continue
                case .split(let first, let second):
                    jobs.append((second, position, log.count))
                    pc = first
                    continue
                case .open(let slot):
                    log.append((slot, position, true))
                    pc += 1
                    continue
                case .close(let slot):
                    log.append((slot, position, false))
                    pc += 1
                    continue
                case .notHere(let test):
                    guard input.step(test, at: position, limit: limit) == nil else { break }
                    pc += 1
                    continue
                default:
                    guard let next = input.step(instructions[pc], at: position, limit: limit) else { break }
                    position = next
                    pc += 1
                    continue
                }
                break
            }
        }
        return nil
    }

    /// The captures of the log, each open paired with its close.
    private func captures() -> [PatternCapture] {
        var open: [Int: [Int]] = [:]
        var result: [PatternCapture] = []
        for entry in log {
            if entry.isOpen {
                open[entry.slot, default: []].append(entry.position)
            } else if let start = open[entry.slot]?.popLast(), start < entry.position {
                result.append(PatternCapture(slot: entry.slot, tokens: start..<entry.position))
            }
        }
        return result.sorted { ($0.tokens.lowerBound, $0.slot) < ($1.tokens.lowerBound, $1.slot) }
    }
}
