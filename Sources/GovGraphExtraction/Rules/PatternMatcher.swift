import GovGraphModel

/// What the patterns see of a document: per token its word id in the rule book's vocabulary,
/// the word lists it is in, and the span (entity or role noun) that starts at it. Made once per
/// document; matching then reads integers only.
struct PatternInput {
    /// The vocabulary id of each token's lower case, -1 when no pattern names it.
    var wordIDs: [Int32]
    /// Bit n: the token is in word list n.
    var listBits: [UInt64]
    /// The end (exclusive) of the entity span that starts at a token, or -1.
    var spanEnd: [Int32]
    /// The end (exclusive) of the role noun that starts at a token, or -1.
    var roleEnd: [Int32]
    /// Per token, the classes that match at it (``TokenClass/bit``): its own kind and the kind
    /// of the span or role noun that starts there. Matching reads these bits, never the tokens.
    var classes: [UInt16]

    init(document: Document, book: RuleBook, roleStarts: [Int: Int]) {
        let tokens = document.tokens
        let count = tokens.count
        wordIDs = [Int32](repeating: -1, count: count)
        listBits = [UInt64](repeating: 0, count: count)
        classes = [UInt16](repeating: 0, count: count)
        for index in tokens.indices {
            let token = tokens[index]
            if let id = book.wordIndex[token.norm] {
                wordIDs[index] = id
                listBits[index] = book.listMasks[Int(id)]
            }
            var bits: UInt16 = 0
            switch token.kind {
            case .word:
                bits |= TokenClass.word.bit
                if token.isCapitalized { bits |= TokenClass.capitalized.bit }
                if token.isLowercase { bits |= TokenClass.lowercase.bit }
            case .number: bits |= TokenClass.number.bit
            case .hyphen: bits |= TokenClass.hyphen.bit
            case .punctuation: bits |= TokenClass.punctuation.bit
            }
            if !(token.kind == .punctuation && token.characterCount == 1 && token.text == ";") { bits |= TokenClass.any.bit }
            if token.kind == .word, index + 1 < count, tokens[index + 1].kind == .hyphen, !tokens[index + 1].spaceBefore {
                bits |= TokenClass.joined.bit
            }
            classes[index] = bits
        }
        spanEnd = [Int32](repeating: -1, count: count)
        for span in document.spans {
            guard let info = document.entities[span.entity], info.type.isGraphType else { continue }
            let start = span.tokens.lowerBound
            spanEnd[start] = Int32(span.tokens.upperBound)
            let adjective = span.origin == .adjective
            var bits: UInt16 = 0
            switch info.type {
            case .person: bits |= TokenClass.person.bit
            case .organization:
                if info.keys["category"] == "party" { bits |= TokenClass.party.bit }
                else if !adjective { bits |= TokenClass.organization.bit | TokenClass.body.bit }
            default:
                bits |= adjective ? TokenClass.placeAdjective.bit : TokenClass.place.bit | TokenClass.body.bit
            }
            classes[start] |= bits
        }
        roleEnd = [Int32](repeating: -1, count: count)
        for (start, end) in roleStarts {
            roleEnd[start] = Int32(end)
            classes[start] |= TokenClass.roleNoun.bit
        }
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
            let end = self.end(of: tokenClass, at: position, limit: limit)
            if negated { return end == nil ? position + 1 : nil }
            return end
        default:
            return nil
        }
    }

    @inline(__always)
    private func end(of tokenClass: TokenClass, at position: Int, limit: Int) -> Int? {
        guard classes[position] & tokenClass.bit != 0 else { return nil }
        guard tokenClass.isSpan else { return position + 1 }
        let end = Int(tokenClass == .roleNoun ? roleEnd[position] : spanEnd[position])
        return end > 0 && end <= limit ? end : nil
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
    /// The generation in which each (instruction, token) pair was visited: a new match is a new
    /// generation, so nothing has to be cleared.
    private var visited: [UInt32] = []
    private var generation: UInt32 = 0
    private var log: [(slot: Int, position: Int, isOpen: Bool)] = []
    private var jobs: [(pc: Int, position: Int, logCount: Int)] = []

    /// The match of `program` that starts at token `start` and ends by `limit`: its end and
    /// captures, in text order; nil when there is none.
    mutating func match(
        _ program: PatternProgram, in input: PatternInput, at start: Int, limit: Int
    ) -> (end: Int, captures: [PatternCapture])? {
        let instructions = program.instructions
        let width = limit - start + 1
        let cells = instructions.count * width
        if visited.count < cells { visited = [UInt32](repeating: 0, count: max(cells, visited.count * 2)) }
        if generation == UInt32.max {
            for index in visited.indices { visited[index] = 0 }
            generation = 0
        }
        generation += 1
        log.removeAll(keepingCapacity: true)
        jobs.removeAll(keepingCapacity: true)
        jobs.append((0, start, 0))
        while let job = jobs.popLast() {
            var pc = job.pc
            var position = job.position
            if log.count > job.logCount { log.removeLast(log.count - job.logCount) }
            while true {
                let cell = pc * width + (position - start)
                if visited[cell] == generation { break }
                visited[cell] = generation
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
