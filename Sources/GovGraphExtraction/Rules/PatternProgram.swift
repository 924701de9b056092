/// A token pattern compiled into instructions of a small backtracking automaton (as RE2's and
/// Pike's regular-expression machines), over integer word ids and bits instead of strings.
///
/// Words are ids of the rule book's vocabulary, word lists bits of a mask: the tokens of a
/// document are looked up once (``PatternInput``), and matching compares integers.
struct PatternProgram: Sendable, Hashable {
    enum Instruction: Sendable, Hashable {
        /// The token's word id is this one (or, negated, is not).
        case word(Int32, negated: Bool)
        /// The token is in word list `bit` (or not).
        case list(Int, negated: Bool)
        /// A token or span of the class (or, negated, one token not of it).
        case tokenClass(TokenClass, negated: Bool)
        /// Fails where the test (a word, list or class instruction) matches; consumes nothing.
        indirect case notHere(Instruction)
        /// Go on at the first target; when that fails, at the second.
        case split(Int, Int)
        case jump(Int)
        /// Capture `slot` opens or closes here.
        case open(Int)
        case close(Int)
        case match
    }

    var instructions: [Instruction] = []
    /// The span classes every match contains (bits of ``TokenClass/bit``): a sentence without
    /// one of them is not tried.
    var required: UInt16 = 0

    /// How the first token of a match is tested: by a word, a list, a span class, or anything
    /// (then the pattern is tried at every token).
    struct FirstTests: Sendable, Hashable {
        var words: [Int32] = []
        var lists: [Int] = []
        var classes: [TokenClass] = []
        var anywhere = false
    }

    /// The tests a match can start with: those reachable from the first instruction without
    /// consuming a token.
    var firstTests: FirstTests {
        var result = FirstTests()
        for pc in startingInstructions {
            switch instructions[pc] {
            case .word(let id, let negated):
                if negated { result.anywhere = true } else { result.words.append(id) }
            case .list(let bit, let negated):
                if negated { result.anywhere = true } else { result.lists.append(bit) }
            case .tokenClass(let tokenClass, let negated):
                if negated { result.anywhere = true } else { result.classes.append(tokenClass) }
            default: result.anywhere = true  // the match itself
            }
        }
        return result
    }

    /// Whether the pattern can match without consuming a token.
    var matchesNothing: Bool {
        startingInstructions.contains { instructions[$0] == .match }
    }

    /// The instructions that test a token (or match) and that the first instruction reaches
    /// without consuming one: through splits, jumps, capture marks and assertions.
    private var startingInstructions: [Int] {
        var seen = Set<Int>()
        var stack = [0]
        var result: [Int] = []
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted else { continue }
            switch instructions[pc] {
            case .split(let a, let b): stack += [a, b]
            case .jump(let target): stack.append(target)
            case .open, .close, .notHere: stack.append(pc + 1)
            default: result.append(pc)
            }
        }
        return result
    }
}

/// Compiles patterns against a vocabulary, word lists and macros.
struct PatternCompiler {
    var vocabulary: [String: Int32]
    var listBits: [String: Int]
    var macros: [String: TokenPattern]
    var captureSlots: [String: Int]

    enum Failure: Error, Equatable {
        case unknownList(String)
        case unknownMacro(String)
        case recursiveMacro(String)
        case negatedGroup
        case matchesNothing
    }

    mutating func compile(_ pattern: TokenPattern) throws(Failure) -> PatternProgram {
        var program = PatternProgram()
        try emit(pattern, into: &program, expanding: [])
        program.instructions.append(.match)
        if program.matchesNothing { throw .matchesNothing }
        program.required = try required(pattern, expanding: [])
        return program
    }

    /// The span classes every match of `pattern` must contain.
    private func required(_ pattern: TokenPattern, expanding: [String]) throws(Failure) -> UInt16 {
        switch pattern {
        case .tokenClass(let tokenClass): return tokenClass.isSpan ? tokenClass.bit : 0
        case .word, .list, .not, .notHere: return 0
        case .macro(let name):
            guard let body = macros[name] else { throw .unknownMacro(name) }
            guard !expanding.contains(name) else { throw .recursiveMacro(name) }
            return try required(body, expanding: expanding + [name])
        case .sequence(let items):
            var mask: UInt16 = 0
            for item in items { mask |= try required(item, expanding: expanding) }
            return mask
        case .choice(let branches):
            var mask: UInt16 = 0xFFFF
            for branch in branches { mask &= try required(branch, expanding: expanding) }
            return mask
        case .repeated(let inner, let min, _): return min > 0 ? try required(inner, expanding: expanding) : 0
        case .capture(_, let inner): return try required(inner, expanding: expanding)
        }
    }

    /// The instruction of a one-token test (a word, a list, a class, or a define of one).
    private func single(_ pattern: TokenPattern, negated: Bool) throws(Failure) -> PatternProgram.Instruction {
        var resolved = pattern
        while case .macro(let name) = resolved {
            guard let body = macros[name] else { throw .unknownMacro(name) }
            resolved = body
        }
        switch resolved {
        case .word(let word): return .word(vocabulary[word] ?? -1, negated: negated)
        case .list(let name):
            guard let bit = listBits[name] else { throw .unknownList(name) }
            return .list(bit, negated: negated)
        case .tokenClass(let tokenClass): return .tokenClass(tokenClass, negated: negated)
        default: throw .negatedGroup
        }
    }

    private mutating func emit(_ pattern: TokenPattern, into program: inout PatternProgram, expanding: [String]) throws(Failure) {
        switch pattern {
        case .word(let word):
            program.instructions.append(.word(vocabulary[word] ?? -1, negated: false))
        case .list(let name):
            guard let bit = listBits[name] else { throw .unknownList(name) }
            program.instructions.append(.list(bit, negated: false))
        case .tokenClass(let tokenClass):
            program.instructions.append(.tokenClass(tokenClass, negated: false))
        case .macro(let name):
            guard let body = macros[name] else { throw .unknownMacro(name) }
            guard !expanding.contains(name) else { throw .recursiveMacro(name) }
            try emit(body, into: &program, expanding: expanding + [name])
        case .not(let inner):
            program.instructions.append(try single(inner, negated: true))
        case .notHere(let inner):
            program.instructions.append(.notHere(try single(inner, negated: false)))
        case .sequence(let items):
            for item in items { try emit(item, into: &program, expanding: expanding) }
        case .choice(let branches):
            // split L1, next; L1: branch; jump end; next: split …
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = program.instructions.count
                    program.instructions.append(.split(split + 1, -1))
                    try emit(branch, into: &program, expanding: expanding)
                    jumps.append(program.instructions.count)
                    program.instructions.append(.jump(-1))
                    program.instructions[split] = .split(split + 1, program.instructions.count)
                } else {
                    try emit(branch, into: &program, expanding: expanding)
                }
            }
            for jump in jumps { program.instructions[jump] = .jump(program.instructions.count) }
        case .repeated(let inner, let min, let max):
            for _ in 0..<min { try emit(inner, into: &program, expanding: expanding) }
            if let max {
                // Optional copies, each greedy: split body, end.
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(program.instructions.count)
                    program.instructions.append(.split(-1, -1))
                    try emit(inner, into: &program, expanding: expanding)
                }
                let end = program.instructions.count
                for split in splits { program.instructions[split] = .split(split + 1, end) }
            } else {
                let split = program.instructions.count
                program.instructions.append(.split(-1, -1))
                try emit(inner, into: &program, expanding: expanding)
                program.instructions.append(.jump(split))
                program.instructions[split] = .split(split + 1, program.instructions.count)
            }
        case .capture(let name, let inner):
            let slot = captureSlots[name] ?? captureSlots.count
            captureSlots[name] = slot
            program.instructions.append(.open(slot))
            try emit(inner, into: &program, expanding: expanding)
            program.instructions.append(.close(slot))
        }
    }
}
