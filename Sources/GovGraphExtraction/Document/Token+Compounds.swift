extension Array where Element == Token {
    /// Token `k` continues a hyphenated compound: a word, a hyphen and `k`, with no space
    /// between them ("Rot" and "Gold" in "Schwarz-Rot-Gold", "Experte" in "Fußball-Experte").
    func continuesCompound(at k: Int) -> Bool {
        k >= 2 && self[k - 1].kind == .hyphen && !self[k - 1].spaceBefore && !self[k].spaceBefore
            && self[k - 2].kind == .word
    }

    /// Words joined by hyphens without spaces, from token `start` on, three words at most
    /// ("Schleswig-Holstein", "eGo-MV"); at least the token itself.
    func hyphenRun(startingAt start: Int) -> Range<Int> {
        var end = start + 1
        while end + 1 < count, self[end].kind == .hyphen, !self[end].spaceBefore, !self[end + 1].spaceBefore,
            self[end + 1].kind == .word, end - start < 5
        {
            end += 2
        }
        return start..<end
    }

    /// Words joined by hyphens without spaces, ending with token `end`, four words at most
    /// (one more than forwards, as the abbreviation binder has always read them); at least the
    /// token itself.
    func hyphenRun(endingAt end: Int) -> Range<Int> {
        var start = end
        while continuesCompound(at: start), end - start < 5 { start -= 2 }
        return start..<(end + 1)
    }
}
