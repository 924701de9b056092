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

    private static let initialised: Void = { xmlInitParser() }()

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
        let html: UInt32 =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue
        let options = Int32(html | XML_PARSE_HUGE.rawValue)
        return parse(text, html: true, options: options)
    }

    /// Parses XML given as a UTF-8 string, without entities from outside and without network.
    static func xml(_ text: String) -> LibXMLDocument? { parseXML(text).document }

    /// Parses XML, with what went wrong; entities the DTD declares are not expanded.
    static func parseXML(_ text: String) -> Parsed {
        _ = initialised
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
                | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        return parse(text, html: false, options: options)
    }

    /// What the error handler collects, reached through the context's `_private`.
    private final class ErrorLog {
        var first: (line: Int, message: String)?
        var count = 0
        var undeclaredEntities = 0
        /// Whether references to undeclared entities are expected (the DTD's were ignored).
        var ignoreUndeclaredEntities = false
    }

    private static func parse(_ text: String, html: Bool, options: Int32) -> Parsed {
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
        }
        // The string's own UTF-8, without a copy (a native string is contiguous).
        var text = text
        let document = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { buffer in
                html
                    ? htmlCtxtReadMemory(context, buffer.baseAddress, Int32(length), nil, "UTF-8", options)
                    : xmlCtxtReadMemory(context, buffer.baseAddress, Int32(length), nil, "UTF-8", options)
            }
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
