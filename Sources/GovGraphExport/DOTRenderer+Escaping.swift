extension DOTRenderer {
    /// Writes `text` as a double-quoted DOT string; every id and label of the output passes
    /// through here.
    ///
    /// A quoted string is the one DOT token that may hold any text: keywords, `--`, `->`, braces,
    /// semicolons and HTML-ish `<b>` lose their meaning inside quotes. Inside them this escapes
    ///
    /// - backslashes as `\\`, so that a name never produces one of Graphviz's escape sequences
    ///   (`\N`, `\l`, …) and never escapes the closing quote;
    /// - double quotes as `\"`;
    /// - line feeds, carriage returns and the other Unicode line separators as `\n`, which
    ///   Graphviz draws as a line break (a `\r\n` pair becomes one `\n`);
    /// - tabs as spaces, and other control characters by dropping them.
    ///
    /// HTML character entities such as `&amp;` are left alone: Graphviz decodes them in labels.
    ///
    /// ```swift
    /// DOTRenderer.quoted(#"Amt "Digitales" \ IT"#)  // "Amt \"Digitales\" \\ IT"
    /// ```
    ///
    /// - Parameter text: The id or label, as written in the graph.
    /// - Returns: The DOT string, quotes included.
    /// - Complexity: O(n), where n is the length of `text` in Unicode scalars.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.unicodeScalars.count + 2)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n" where previousWasCarriageReturn: continue
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            case "\t": out += " "
            case _ where scalar.properties.generalCategory == .control: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }
}
