import CLibXML2
import Foundation

/// A parsed libxml2 document (HTML or XML), freed when the value goes away.
///
/// libxml2 is initialised once before the first parse, so that documents can be parsed on
/// several threads at once.
final class LibXMLDocument {
    let pointer: xmlDocPtr

    private static let initialised: Void = { xmlInitParser() }()

    private init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// Parses HTML given as a UTF-8 string; the page's own charset declaration is ignored
    /// (the text is already decoded). Errors are recovered from, never printed.
    static func html(_ text: String) -> LibXMLDocument? {
        _ = initialised
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let document = text.utf8CString.withUnsafeBufferPointer { buffer in
            htmlReadMemory(buffer.baseAddress, Int32(buffer.count - 1), nil, "UTF-8", options)
        }
        return document.map(LibXMLDocument.init)
    }

    /// Parses XML given as a UTF-8 string, without entities from outside and without network.
    static func xml(_ text: String) -> LibXMLDocument? {
        _ = initialised
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        let document = text.utf8CString.withUnsafeBufferPointer { buffer in
            xmlReadMemory(buffer.baseAddress, Int32(buffer.count - 1), nil, "UTF-8", options)
        }
        return document.map(LibXMLDocument.init)
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
    func first(where predicate: (XMLNode) -> Bool) -> XMLNode? {
        for child in elements {
            if predicate(child) { return child }
            if let found = child.first(where: predicate) { return found }
        }
        return nil
    }

    /// Every element below this node (depth first) that satisfies `predicate`; the search does
    /// not descend into a match when `nested` is false.
    func all(nested: Bool = true, where predicate: (XMLNode) -> Bool) -> [XMLNode] {
        var result: [XMLNode] = []
        for child in elements {
            if predicate(child) {
                result.append(child)
                if !nested { continue }
            }
            result += child.all(nested: nested, where: predicate)
        }
        return result
    }
}
