import CLibXML2
import Foundation

/// A parsed libxml2 document (HTML or XML), freed when the value goes away.
///
/// libxml2 is initialised once before the first parse, so that documents can be parsed on
/// several threads at once.
///
/// Both parsers run with `HUGE`, so that libxml2's own limits (nesting of 256 levels, text nodes
/// of 10 MB) never cut a page short silently: the input is already bounded by `--max-bytes`
/// and by ``maxBytes``. The XML parser never declares the entities a document's DTD defines
/// (`<!ENTITY …>`): their references are left out, and ``Parsed/declaresEntities`` says so, so
/// that a small feed cannot expand into gigabytes of text.
final class LibXMLDocument {
    let pointer: xmlDocPtr

    /// The largest input libxml2 takes: its lengths are 32-bit.
    static let maxBytes = Int(Int32.max) - 1

    static let initialised: Void = { xmlInitParser() }()

    /// The options of every HTML parse: recover from errors, no network, no limits, the
    /// page's own charset ignored (the text is already decoded).
    static var htmlOptions: Int32 {
        let html: UInt32 =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue
        return Int32(html | XML_PARSE_HUGE.rawValue)
    }

    /// Attributes that libxml2's HTML tree gives their own name as value when they have none
    /// (`htmlBooleanAttrs` in HTMLparser.c).
    static let booleanAttributes: Set<String> = [
        "checked", "compact", "declare", "defer", "disabled", "ismap", "multiple", "nohref", "noresize",
        "noshade", "nowrap", "readonly", "selected",
    ]

    private init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// A parsed document and what the parser found wrong with its input.
    struct Parsed {
        var document: LibXMLDocument?
        /// Whether libxml2 found the input well-formed (XML) or free of errors (HTML).
        var wellFormed: Bool
        /// The first error: its 1-based line and libxml2's message.
        var firstError: (line: Int, message: String)?
        /// How many errors libxml2 reported.
        var errorCount: Int
        /// Whether the DTD declared entities, which were not expanded.
        var declaresEntities: Bool
    }

    /// Why an input cannot be given to libxml2 at all, or nil when it can.
    static func refusal(byteCount: Int) -> String? {
        guard byteCount > maxBytes else { return nil }
        return "\(ByteCount.format(byteCount)) is more than libxml2 reads (\(ByteCount.format(maxBytes)))"
    }

    /// Parses HTML given as a UTF-8 string; the page's own charset declaration is ignored
    /// (the text is already decoded). Errors are recovered from, never printed.
    static func html(_ text: String) -> LibXMLDocument? { parseHTML(text).document }

    /// Parses HTML, with what went wrong.
    static func parseHTML(_ text: String) -> Parsed {
        _ = initialised
        return parse(text, html: true, options: htmlOptions)
    }

    /// Parses XML given as a UTF-8 string, without entities from outside and without network.
    static func xml(_ text: String) -> LibXMLDocument? { parseXML(text).document }

    /// Parses XML, with what went wrong; entities the DTD declares are not expanded.
    ///
    /// With `item`, the tree is never whole: each element that `item` picks (by the element,
    /// its depth and the root) is handed to it as soon as it ends, and then removed from the
    /// tree and freed, so that a feed of many items is parsed in the memory of one.
    static func parseXML(_ text: String, item: ((XMLNode, Int, XMLNode) -> Bool)? = nil) -> Parsed {
        _ = initialised
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
                | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        return parse(text, html: false, options: options, item: item)
    }

    /// What the error handler collects, reached through the context's `_private`.
    private final class ErrorLog {
        var first: (line: Int, message: String)?
        var count = 0
        var undeclaredEntities = 0
        /// Whether references to undeclared entities are expected (the DTD's were ignored).
        var ignoreUndeclaredEntities = false
        /// Picks and takes the elements that are removed from the tree once they end.
        var item: ((XMLNode, Int, XMLNode) -> Bool)?
    }

    private static func parse(
        _ text: String, html: Bool, options: Int32, item: ((XMLNode, Int, XMLNode) -> Bool)? = nil
    ) -> Parsed {
        var parsed = Parsed(document: nil, wellFormed: false, firstError: nil, errorCount: 0, declaresEntities: false)
        let length = text.utf8.count
        if let reason = refusal(byteCount: length) {
            parsed.firstError = (1, reason)
            parsed.errorCount = 1
            return parsed
        }
        guard length > 0 else { return parsed }
        let context: xmlParserCtxtPtr? = html ? htmlNewParserCtxt() : xmlNewParserCtxt()
        guard let context else { return parsed }
        defer { html ? htmlFreeParserCtxt(context) : xmlFreeParserCtxt(context) }
        let log = ErrorLog()
        let declaresEntities = !html && text.utf8.firstRange(of: "<!ENTITY".utf8) != nil
        log.ignoreUndeclaredEntities = declaresEntities
        log.item = item
        context.pointee._private = Unmanaged.passUnretained(log).toOpaque()
        if let sax = context.pointee.sax {
            sax.pointee.warning = nil
            sax.pointee.error = nil
            sax.pointee.fatalError = nil
            sax.pointee.serror = { data, error in
                guard let data, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let context = data.assumingMemoryBound(to: xmlParserCtxt.self)
                guard let raw = context.pointee._private else { return }
                let log = Unmanaged<ErrorLog>.fromOpaque(raw).takeUnretainedValue()
                let code = error.pointee.code
                if log.ignoreUndeclaredEntities,
                    code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) || code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
                {
                    log.undeclaredEntities += 1
                    return
                }
                log.count += 1
                if log.first == nil {
                    let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
                    log.first = (Int(error.pointee.line), message.trimmingCharacters(in: .whitespacesAndNewlines))
                }
            }
            if !html {
                // Entities of the DTD are never declared, so never expanded (see the type's comment).
                sax.pointee.entityDecl = { _, _, _, _, _, _ in }
            }
            if item != nil {
                sax.pointee.endElementNs = { data, name, prefix, uri in
                    xmlSAX2EndElementNs(data, name, prefix, uri)
                    LibXMLDocument.takeItem(data)
                }
            }
        }
        let document: xmlDocPtr?
        if html || item == nil {
            // The string's own UTF-8, without a copy (a native string is contiguous).
            var text = text
            document = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { buffer in
                    html
                        ? htmlCtxtReadMemory(context, buffer.baseAddress, Int32(length), nil, "UTF-8", options)
                        : xmlCtxtReadMemory(context, buffer.baseAddress, Int32(length), nil, "UTF-8", options)
                }
            }
        } else {
            // Read in blocks, so that libxml2 holds no copy of the whole text either.
            let reader = BlockInput(HTMLReader.blocks(of: text))
            let unmanaged = Unmanaged.passRetained(reader)
            defer { unmanaged.release() }
            document = xmlCtxtReadIO(context, BlockInput.read, nil, unmanaged.toOpaque(), nil, "UTF-8", options)
        }
        context.pointee._private = nil
        parsed.document = document.map(LibXMLDocument.init)
        parsed.wellFormed = log.first == nil
        parsed.firstError = log.first
        parsed.errorCount = log.count
        parsed.declaresEntities = declaresEntities
        return parsed
    }

    var root: XMLNode? { xmlDocGetRootElement(pointer).map(XMLNode.init) }

    /// After an element has ended: hands it to the parse's `item` when it picks it, then takes
    /// it out of the tree and frees it.
    private static func takeItem(_ data: UnsafeMutableRawPointer?) {
        guard let data else { return }
        let context = data.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = context.pointee._private, let parent = context.pointee.node,
            let ended = xmlGetLastChild(parent), ended.pointee.type == XML_ELEMENT_NODE,
            let document = context.pointee.myDoc, let root = xmlDocGetRootElement(document)
        else { return }
        let log = Unmanaged<ErrorLog>.fromOpaque(raw).takeUnretainedValue()
        guard let item = log.item, item(XMLNode(pointer: ended), Int(context.pointee.nodeNr), XMLNode(pointer: root)) else {
            return
        }
        xmlUnlinkNode(ended)
        xmlFreeNode(ended)
        // The parent's last child may now be text, which libxml2 would extend by lengths it
        // kept for a text node it was writing (0: it measures the text again).
        context.pointee.nodemem = 0
    }
}

/// Blocks of bytes given to libxml2's read callback.
final class BlockInput {
    private let next: () -> [UInt8]?
    private var block: [UInt8] = []
    private var position = 0

    init(_ next: @escaping () -> [UInt8]?) { self.next = next }

    /// libxml2's read callback; its context is an unretained `BlockInput`.
    static let read: xmlInputReadCallback = { raw, buffer, length in
        guard let raw, let buffer else { return -1 }
        return Unmanaged<BlockInput>.fromOpaque(raw).takeUnretainedValue().read(into: buffer, length: Int(length))
    }

    /// Fills the buffer whole unless the input ends: libxml2's HTML parser does not ask for
    /// more in the middle of every token (a character reference in an attribute), so it must
    /// get what it asks for, as from a file.
    private func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        var filled = 0
        while filled < length {
            if position >= block.count {
                guard let more = next() else { break }
                block = more
                position = 0
                continue
            }
            let count = min(length - filled, block.count - position)
            block.withUnsafeBufferPointer { bytes in
                (UnsafeMutableRawPointer(buffer) + filled).copyMemory(from: bytes.baseAddress! + position, byteCount: count)
            }
            position += count
            filled += count
        }
        return Int32(filled)
    }
}

/// A node of a ``LibXMLDocument``; valid while the document lives.
struct XMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name in lower case ("p", "item", "encoded").
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace URI of the element, if it has one.
    var namespace: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// The content of a text node.
    var content: String { pointer.pointee.content.map { String(cString: $0) } ?? "" }

    var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(XMLNode(pointer: node))
            child = node.pointee.next
        }
        return result
    }

    var elements: [XMLNode] { children.filter(\.isElement) }

    var firstChild: XMLNode? { pointer.pointee.children.map(XMLNode.init) }
    var parent: XMLNode? { pointer.pointee.parent.map(XMLNode.init) }

    /// Whether an element above this one is named `name`.
    func hasAncestor(named name: String) -> Bool {
        var node = pointer.pointee.parent
        while let at = node, at.pointee.type == XML_ELEMENT_NODE {
            if XMLNode(pointer: at).name == name { return true }
            node = at.pointee.parent
        }
        return false
    }
    var nextSibling: XMLNode? { pointer.pointee.next.map(XMLNode.init) }

    /// The value of an attribute (name matched without case).
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let attribute = property {
            if let attributeName = attribute.pointee.name,
                String(cString: attributeName).lowercased() == name
            {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)) else {
                    return ""
                }
                defer { govgraph_xml_free(value) }
                return String(cString: value)
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// All text below the node, as libxml2 concatenates it.
    var textContent: String {
        // One text node below (the text of a feed item) is read as it is, without libxml2's copy.
        if let only = pointer.pointee.children, only.pointee.next == nil, pointer.pointee.type == XML_ELEMENT_NODE,
            only.pointee.type == XML_TEXT_NODE || only.pointee.type == XML_CDATA_SECTION_NODE
        {
            return XMLNode(pointer: only).content
        }
        guard let value = xmlNodeGetContent(pointer) else { return "" }
        defer { govgraph_xml_free(value) }
        return String(cString: value)
    }

    /// The first element below this node (depth first) that satisfies `predicate`.
    ///
    /// Walks the tree through libxml2's parent and sibling links, without recursion, so that
    /// any depth of nesting is safe.
    func first(where predicate: (XMLNode) -> Bool) -> XMLNode? {
        var found: XMLNode?
        walk { node in
            if predicate(node) {
                found = node
                return .stop
            }
            return .descend
        }
        return found
    }

    /// Every element below this node (depth first) that satisfies `predicate`; the search does
    /// not descend into a match when `nested` is false.
    func all(nested: Bool = true, where predicate: (XMLNode) -> Bool) -> [XMLNode] {
        var result: [XMLNode] = []
        walk { node in
            guard predicate(node) else { return .descend }
            result.append(node)
            return nested ? .descend : .skipChildren
        }
        return result
    }

    enum WalkStep { case descend, skipChildren, stop }

    /// Visits the elements below this node in document order, without recursion.
    func walk(_ visit: (XMLNode) -> WalkStep) {
        var next = pointer.pointee.children
        while let current = next {
            var descend = false
            if current.pointee.type == XML_ELEMENT_NODE {
                switch visit(XMLNode(pointer: current)) {
                case .stop: return
                case .descend: descend = true
                case .skipChildren: descend = false
                }
            }
            if descend, let child = current.pointee.children {
                next = child
                continue
            }
            // The next sibling, else the next sibling of the nearest ancestor below `self`.
            var node: xmlNodePtr? = current
            next = nil
            while let at = node, at != pointer {
                if let sibling = at.pointee.next {
                    next = sibling
                    break
                }
                node = at.pointee.parent
            }
        }
    }
}

extension XMLNode {
    /// The attributes of the element, names in lower case.
    var attributes: HTMLAttributes {
        var result = HTMLAttributes()
        var property = pointer.pointee.properties
        while let attribute = property {
            if let name = attribute.pointee.name {
                let node = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)
                var value = ""
                if let content = xmlNodeGetContent(node) {
                    value = String(cString: content)
                    govgraph_xml_free(content)
                }
                result.pairs.append((String(cString: name).lowercased(), value))
            }
            property = attribute.pointee.next
        }
        return result
    }

    /// Reports the elements and text below this node to `handler`, in document order, without
    /// recursion.
    func replay(to handler: any HTMLEventHandler) {
        var next = pointer.pointee.children
        while let current = next {
            let type = current.pointee.type
            var descend = false
            if type == XML_ELEMENT_NODE {
                let node = XMLNode(pointer: current)
                handler.start(node.name, node.attributes)
                descend = true
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                handler.text(XMLNode(pointer: current).content)
            }
            if descend, let child = current.pointee.children {
                next = child
                continue
            }
            if descend { handler.end() }
            // The next sibling, else the next sibling of the nearest ancestor below `self`,
            // ending each element left on the way up.
            var node: xmlNodePtr = current
            next = nil
            while node != pointer {
                if let sibling = node.pointee.next {
                    next = sibling
                    break
                }
                guard let parent = node.pointee.parent, parent != pointer else { break }
                handler.end()
                node = parent
            }
        }
    }
}

/// Streams HTML through libxml2's HTML parser without building its tree: the parser reads the
/// text block by block and reports elements, their ends and text to a handler as it goes, so
/// memory does not grow with the page.
///
/// The parse is libxml2's own, with the options of ``LibXMLDocument/parseHTML(_:)`` (broken
/// markup repaired, entities decoded, no limits on depth or text size), and the events are
/// what its tree would hold: the parser keeps blank text (it is told to keep blanks), text
/// outside the root element has no place in a tree and is given to the handler at depth 0.
final class HTMLStream {
    private let handler: any HTMLEventHandler
    private(set) var elements = 0

    private init(handler: any HTMLEventHandler) {
        self.handler = handler
    }

    /// Parses the UTF-8 text that `next` gives in blocks (nil at the end) and reports it to
    /// `handler`; returns how many elements the page has (0: nothing libxml2 can read).
    @discardableResult
    static func parse(handler: any HTMLEventHandler, next: @escaping () -> [UInt8]?) -> Int {
        _ = LibXMLDocument.initialised
        guard let context = htmlNewParserCtxt() else { return 0 }
        defer { htmlFreeParserCtxt(context) }
        let stream = HTMLStream(handler: handler)
        let unmanaged = Unmanaged.passRetained(stream)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        defer { context.pointee._private = nil }
        guard let sax = context.pointee.sax else { return 0 }
        sax.pointee.warning = nil
        sax.pointee.error = nil
        sax.pointee.fatalError = nil
        sax.pointee.serror = { _, _ in }
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.startElement = { data, name, attributes in
            HTMLStream.from(data)?.startElement(name, attributes)
        }
        sax.pointee.endElement = { data, _ in HTMLStream.from(data)?.handler.end() }
        sax.pointee.characters = { data, characters, length in
            HTMLStream.from(data)?.text(characters, Int(length))
        }
        sax.pointee.cdataBlock = { data, characters, length in
            HTMLStream.from(data)?.text(characters, Int(length))
        }
        let input = Unmanaged.passRetained(BlockInput(next))
        defer { input.release() }
        let document = htmlCtxtReadIO(
            context, BlockInput.read, nil, input.toOpaque(), nil, "UTF-8", LibXMLDocument.htmlOptions)
        if let document { xmlFreeDoc(document) }
        return stream.elements
    }

    private static func from(_ data: UnsafeMutableRawPointer?) -> HTMLStream? {
        guard let data else { return nil }
        let context = data.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = context.pointee._private else { return nil }
        return Unmanaged<HTMLStream>.fromOpaque(raw).takeUnretainedValue()
    }

    private func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let name = name.map { String(cString: $0) }?.lowercased() ?? ""
        var pairs = HTMLAttributes()
        if var at = attributes {
            while let key = at.pointee {
                let name = String(cString: key).lowercased()
                // A boolean attribute without a value gets its name as value, as in the tree.
                let value = at.advanced(by: 1).pointee.map { String(cString: $0) }
                    ?? (LibXMLDocument.booleanAttributes.contains(name) ? String(cString: key) : "")
                pairs.pairs.append((name, value))
                at = at.advanced(by: 2)
            }
        }
        elements += 1
        handler.start(name, pairs)
    }

    private func text(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
        guard let characters, length > 0 else { return }
        handler.text(String(decoding: UnsafeBufferPointer(start: characters, count: length), as: UTF8.self))
    }
}
