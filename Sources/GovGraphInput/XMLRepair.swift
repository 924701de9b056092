/// Mends the common breakage of feeds so that libxml2 can read every item, not only those before
/// the first error.
///
/// libxml2's recovery stops at the first stray end tag (`</b>` after `<title>`), and everything
/// after it is lost; a feed cut off in the middle of an item gives half an item. One pass over
/// the text, which only runs when the feed is not well-formed:
/// - an end tag that closes no open element is dropped; one that closes an outer element first
///   closes the elements still open inside it;
/// - a `&` that starts no entity or character reference becomes `&amp;`, a `<` that starts no
///   markup `&lt;`;
/// - at the end of the text, an item or entry still open is cut off whole (its start line is
///   reported), and the elements around it are closed.
///
/// Comments, CDATA sections, processing instructions and the DOCTYPE are copied as they are.
///
/// ```swift
/// let mended = XMLRepair.repair("<rss><channel><item><title>A & B</title></b></item></channel></rss>")
/// mended.text          // "<rss><channel><item><title>A &amp; B</title></item></channel></rss>"
/// mended.strayEndTags  // 1
/// ```
struct XMLRepair {
    /// The mended text.
    var text: String
    /// End tags that closed nothing, dropped.
    var strayEndTags = 0
    /// Elements closed because an outer one was, or because the text ended.
    var closedElements = 0
    /// `&` and `<` that were text, escaped.
    var escaped = 0
    /// The 1-based line where the item or entry starts that the end of the text cut off.
    var cutItemLine: Int?

    /// Whether anything was changed.
    var changed: Bool { strayEndTags + closedElements + escaped > 0 || cutItemLine != nil }

    private struct Open {
        var name: ArraySlice<UInt8>
        /// Where its start tag begins in the output.
        var outputStart: Int
        var line: Int
    }

    static func repair(_ input: String) -> XMLRepair {
        let bytes = Array(input.utf8)
        var repair = XMLRepair(text: "")
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var stack: [Open] = []
        var openCount: [ArraySlice<UInt8>: Int] = [:]
        var line = 1
        var i = 0
        let count = bytes.count

        func starts(_ prefix: String, at index: Int) -> Bool {
            var k = index
            for byte in prefix.utf8 {
                guard k < count, bytes[k] == byte else { return false }
                k += 1
            }
            return true
        }
        /// The index just after `terminator` from `index`, or nil when it never comes.
        func find(_ terminator: String, from index: Int) -> Int? {
            let first = terminator.utf8.first!
            var k = index
            while k < count {
                if bytes[k] == first, starts(terminator, at: k) { return k + terminator.utf8.count }
                k += 1
            }
            return nil
        }
        func isNameStart(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x3A || byte >= 0x80
        }
        func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
        }
        func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (hex && ((byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)))
        }
        func copy(_ range: Range<Int>) {
            for byte in bytes[range] where byte == 0x0A { line += 1 }
            out.append(contentsOf: bytes[range])
        }
        func closeTag(_ name: ArraySlice<UInt8>) {
            out.append(contentsOf: Array("</".utf8))
            out.append(contentsOf: name)
            out.append(0x3E)
        }

        scan: while i < count {
            let byte = bytes[i]
            if byte == 0x3C {  // <
                let special: (String, String)? =
                    starts("<!--", at: i) ? ("<!--", "-->")
                    : starts("<![CDATA[", at: i) ? ("<![CDATA[", "]]>")
                    : starts("<?", at: i) ? ("<?", "?>") : nil
                if let (open, close) = special {
                    guard let end = find(close, from: i + open.utf8.count) else { break scan }
                    copy(i..<end)
                    i = end
                    continue
                }
                if starts("<!", at: i) {
                    // A DOCTYPE, with an internal subset in brackets and quoted strings.
                    var k = i + 2
                    var depth = 0
                    var quote: UInt8?
                    while k < count {
                        let c = bytes[k]
                        if let q = quote {
                            if c == q { quote = nil }
                        } else if c == 0x22 || c == 0x27 {
                            quote = c
                        } else if c == 0x5B {
                            depth += 1
                        } else if c == 0x5D {
                            depth -= 1
                        } else if c == 0x3E, depth <= 0 {
                            break
                        }
                        k += 1
                    }
                    guard k < count else { break scan }
                    copy(i..<(k + 1))
                    i = k + 1
                    continue
                }
                let closing = i + 1 < count && bytes[i + 1] == 0x2F
                let nameStart = i + (closing ? 2 : 1)
                guard nameStart < count, isNameStart(bytes[nameStart]) else {
                    out.append(contentsOf: Array("&lt;".utf8))
                    repair.escaped += 1
                    i += 1
                    continue
                }
                var nameEnd = nameStart
                while nameEnd < count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                // The end of the tag, past quoted attribute values.
                var k = nameEnd
                var quote: UInt8?
                while k < count {
                    let c = bytes[k]
                    if let q = quote {
                        if c == q { quote = nil }
                    } else if c == 0x22 || c == 0x27 {
                        quote = c
                    } else if c == 0x3E {
                        break
                    } else if c == 0x3C {
                        break
                    }
                    k += 1
                }
                guard k < count, bytes[k] == 0x3E else {
                    if k >= count { break scan }  // the text ends inside a tag
                    // A "<" inside the tag: the tag was text.
                    out.append(contentsOf: Array("&lt;".utf8))
                    repair.escaped += 1
                    i += 1
                    continue
                }
                let name = bytes[nameStart..<nameEnd]
                if closing {
                    // Open elements are counted by name, so that a stray end tag is known at
                    // once, without searching the stack (thousands of them stay linear).
                    guard openCount[name, default: 0] > 0 else {
                        repair.strayEndTags += 1
                        for c in bytes[i...k] where c == 0x0A { line += 1 }
                        i = k + 1
                        continue
                    }
                    while let last = stack.popLast() {
                        openCount[last.name, default: 0] -= 1
                        if last.name == name { break }
                        closeTag(last.name)
                        repair.closedElements += 1
                    }
                } else if bytes[k - 1] != 0x2F {
                    stack.append(Open(name: name, outputStart: out.count, line: line))
                    openCount[name, default: 0] += 1
                }
                copy(i..<(k + 1))
                i = k + 1
                continue
            }
            if byte == 0x26 {  // &
                var k = i + 1
                if k < count, bytes[k] == 0x23 {  // &#…; or &#x…;
                    k += 1
                    let hex = k < count && (bytes[k] == 0x78 || bytes[k] == 0x58)
                    if hex { k += 1 }
                    let digits = k
                    while k < count, isDigit(bytes[k], hex: hex) { k += 1 }
                    if k > digits, k < count, bytes[k] == 0x3B {
                        copy(i..<(k + 1))
                        i = k + 1
                        continue
                    }
                } else if k < count, isNameStart(bytes[k]) {
                    while k < count, isNameByte(bytes[k]) { k += 1 }
                    if k < count, bytes[k] == 0x3B {
                        copy(i..<(k + 1))
                        i = k + 1
                        continue
                    }
                }
                out.append(contentsOf: Array("&amp;".utf8))
                repair.escaped += 1
                i += 1
                continue
            }
            if byte == 0x0A { line += 1 }
            out.append(byte)
            i += 1
        }
        if i < count || !stack.isEmpty {
            // The text ended inside markup or with elements open: cut off an unfinished item.
            if let item = stack.firstIndex(where: { $0.name.elementsEqual("item".utf8) || $0.name.elementsEqual("entry".utf8) }) {
                repair.cutItemLine = stack[item].line
                out.removeSubrange(stack[item].outputStart...)
                stack.removeSubrange(item...)
            }
            while let open = stack.popLast() {
                closeTag(open.name)
                repair.closedElements += 1
            }
        }
        repair.text = String(decoding: out, as: UTF8.self)
        return repair
    }
}
