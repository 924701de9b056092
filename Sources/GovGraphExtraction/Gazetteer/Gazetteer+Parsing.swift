import GovGraphModel

extension Gazetteer {
    /// The data lines of a file with their 1-based line numbers (comments and blanks skipped).
    static func dataLines(_ file: GazetteerFile) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        let bytes = file.contents.utf8
        var number = 0
        // Split on LF, CR LF or CR, byte-wise (fast, and "\r\n" is one Character in Swift).
        var start = bytes.startIndex
        var index = start
        func take(_ end: String.UTF8View.Index) {
            number += 1
            let line = Substring(file.contents[start..<end])
            if !(line.isEmpty || line.hasPrefix("#") || line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 })) {
                result.append((number, line))
            }
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                take(index)
                var next = bytes.index(after: index)
                if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        if start < bytes.endIndex { take(bytes.endIndex) }
        return result
    }

    /// Splits at an ASCII separator byte, byte-wise; parts are trimmed and empty ones dropped.
    static func split(_ text: String, at separator: UInt8) -> [String] {
        guard text.utf8.contains(separator) else { return text.isEmpty ? [] : [text.trimmingSpaces] }
        var result: [String] = []
        var start = text.startIndex
        var index = start
        let bytes = text.utf8
        while index <= bytes.endIndex {
            if index == bytes.endIndex || bytes[index] == separator {
                let part = String(text[start..<index]).trimmingSpaces
                if !part.isEmpty { result.append(part) }
                if index == bytes.endIndex { break }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return result
    }

    /// Splits a line at tabs, byte-wise.
    static func columns(_ line: Substring) -> [String] {
        var result: [String] = []
        var start = line.startIndex
        var index = start
        let bytes = line.utf8
        while index < bytes.endIndex {
            if bytes[index] == 0x09 {
                result.append(String(line[start..<index]).trimmingSpaces)
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        result.append(String(line[start..<line.endIndex]).trimmingSpaces)
        return result
    }

    /// Entity lines: `id <TAB> name [<TAB> aliases [<TAB> adjectives [<TAB> keys]]]`.
    static func parseEntities(_ file: GazetteerFile, type: EntityType) throws(GazetteerError)
        -> [(Int, GazetteerEntry)]
    {
        var result: [(Int, GazetteerEntry)] = []
        for (number, line) in dataLines(file) {
            result.append((number, try parseEntity(line, number: number, file: file.name, type: type)))
        }
        return result
    }

    /// One entity line.
    static func parseEntity(_ line: Substring, number: Int, file: String, type: EntityType) throws(GazetteerError)
        -> GazetteerEntry
    {
        func fail(_ reason: String) -> GazetteerError {
            .malformedLine(file: file, line: number, reason: reason)
        }
        let columns = columns(line)
        guard columns.count >= 2, columns.count <= 5 else {
            throw fail(
                "expected \"id<TAB>name[<TAB>aliases[<TAB>adjectives[<TAB>keys]]]\", found "
                    + "\(columns.count) column\(columns.count == 1 ? "" : "s")")
        }
        let id = columns[0]
        guard id.hasPrefix(type.rawValue + ":"), id.count > type.rawValue.count + 1 else {
            throw fail("id \"\(id)\" must start with \"\(type.rawValue):\" in a file of \(type.plural)")
        }
        guard !columns[1].isEmpty else { throw fail("the name of \(id) is empty") }
        func list(_ index: Int) -> [String] {
            guard index < columns.count else { return [] }
            return split(columns[index], at: 0x7C)
        }
        var keys: [String: String] = [:]
        for pair in list(4).flatMap({ split($0, at: 0x3B) }) {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw fail("key \"\(pair)\" of \(id) is not key=value")
            }
            keys[String(pair[..<eq]).trimmingSpaces] = String(pair[pair.index(after: eq)...]).trimmingSpaces
        }
        return GazetteerEntry(
            id: EntityID(id), type: type, name: columns[1], aliases: list(2), adjectives: list(3), keys: keys)
    }

    /// `name <TAB> gender` lines.
    static func parseGivenNames(_ file: GazetteerFile) throws(GazetteerError) -> [String: String] {
        var names: [String: String] = [:]
        for (number, line) in dataLines(file) {
            let (name, gender) = try parseGivenName(line, number: number, file: file.name)
            names[name] = gender
        }
        return names
    }

    /// One given-name line.
    static func parseGivenName(_ line: Substring, number: Int, file: String) throws(GazetteerError)
        -> (String, String)
    {
        let columns = line.split(separator: "\t").map { $0.trimmingSpaces }
        guard (1...2).contains(columns.count), let name = columns.first, !name.contains(" ") else {
            throw .malformedLine(file: file, line: number, reason: "expected \"name<TAB>gender\", found \"\(line)\"")
        }
        let gender = columns.count > 1 ? columns[1] : "u"
        guard ["m", "f", "u"].contains(gender) else {
            throw .malformedLine(file: file, line: number, reason: "gender of \(name) must be m, f or u, found \"\(gender)\"")
        }
        return (name, gender)
    }

    /// One abbreviation per line, with its full stops ("Dr.", "z. B."); each word that ends in
    /// a full stop is kept, lower-cased, without it.
    static func parseAbbreviations(_ file: GazetteerFile) -> Set<String> {
        var result: Set<String> = []
        for (_, line) in dataLines(file) {
            for word in line.split(separator: " ") where word.hasSuffix(".") && word.count > 1 {
                let parts = word.dropLast().split(separator: ".")
                if let last = parts.last { result.insert(last.lowercased()) }
            }
        }
        return result
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        let string = String(self)
        guard string.utf8.first == 0x20 || string.utf8.last == 0x20 else { return string }
        var s = Substring(string)
        while let f = s.first, f == " " { s.removeFirst() }
        while let l = s.last, l == " " { s.removeLast() }
        return String(s)
    }
}
