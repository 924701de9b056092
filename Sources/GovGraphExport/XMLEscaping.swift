/// Escapes text for XML 1.0 documents (GraphML, GEXF); every name, label and value written
/// into XML passes through here.
enum XMLEscaping {
    /// `text` as XML character data or, with `attribute`, as a double-quoted attribute value.
    ///
    /// - `&`, `<` and `>` become entity references everywhere (`>` too, so that `]]>` never
    ///   appears), and `"` inside attributes;
    /// - in attributes, line feeds, carriage returns and tabs become character references, so
    ///   that attribute-value normalisation keeps them; in character data a carriage return
    ///   does (parsers would turn it into a line feed);
    /// - characters XML 1.0 forbids even as references (other C0 controls, U+FFFE, U+FFFF)
    ///   are dropped.
    ///
    /// ```swift
    /// XMLEscaping.escaped("Arbeit & <Soziales>")  // Arbeit &amp; &lt;Soziales&gt;
    /// ```
    ///
    /// - Complexity: O(n) in the number of Unicode scalars of `text`.
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\r": out += "&#13;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `name="value"`, the value escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        "\(name)=\"\(escaped(value, attribute: true))\""
    }
}
