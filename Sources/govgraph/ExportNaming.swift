import Foundation
import GovGraphModel
import GovGraphQuery

/// Where `govgraph export` writes each format.
///
/// Without `--out`, files go to `exports/` under a name that says what they hold:
/// `graph`, or `<focus>-depth<N>`, followed by the filters (`-person-organization`,
/// `-holds-role`, `-since2025-01-01`, `-until…`, `-top20`, `-minweight2`). With `--out` and one
/// format, the path is taken as given (the format's extension added when it has none); with
/// several, it is the common base. csv writes `<base>-nodes.csv` and `<base>-edges.csv`; neo4j
/// writes the folder `<base>-neo4j/` (or, alone, the folder `--out` names).
struct ExportNaming {
    var out: String?
    var formatCount: Int
    var defaultName: String

    /// The default base name for what `filter` keeps.
    static func name(for filter: GraphFilter, focusName: String?) -> String {
        var parts = [focusName.map { Slug.make($0) + "-depth\(filter.depth)" } ?? "graph"]
        let types = EntityType.allCases.filter(filter.types.contains)
        if !types.isEmpty { parts.append(types.map(\.rawValue).joined(separator: "-")) }
        let predicates = Predicate.allCases.filter(filter.predicates.contains)
        if !predicates.isEmpty { parts.append(predicates.map { Slug.make($0.rawValue) }.joined(separator: "-")) }
        if let since = filter.since { parts.append("since\(since)") }
        if let until = filter.until { parts.append("until\(until)") }
        if let top = filter.top { parts.append("top\(top)") }
        if filter.minWeight > 1 { parts.append("minweight\(filter.minWeight)") }
        return parts.joined(separator: "-")
    }

    /// The path of a single-file format, or `-`.
    func path(for format: ExportFormat) -> String {
        guard let out else { return "exports/\(defaultName).\(format.fileExtension)" }
        if out == "-" { return out }
        if formatCount == 1 {
            return (out as NSString).pathExtension.isEmpty ? out + "." + format.fileExtension : out
        }
        return base() + "." + format.fileExtension
    }

    /// The path of one file of a multi-file format.
    func path(for format: ExportFormat, file: String) -> String {
        switch format {
        case .neo4j:
            let folder: String
            if let out, formatCount == 1 {
                folder = out
            } else {
                folder = base() + "-neo4j"
            }
            return (folder as NSString).appendingPathComponent(file)
        default:
            let stem = (file as NSString).deletingPathExtension
            return "\(base())-\(stem).\((file as NSString).pathExtension)"
        }
    }

    /// `--out` without the extension of any format.
    private func base() -> String {
        guard let out else { return "exports/\(defaultName)" }
        let extensions = ExportFormat.allCases.map(\.fileExtension).sorted { $0.count > $1.count }
        for ending in extensions where out.hasSuffix("." + ending) {
            return String(out.dropLast(ending.count + 1))
        }
        return out
    }
}
