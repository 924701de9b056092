import GovGraphModel

/// One finding of ``Gazetteer/check(_:)``.
public struct GazetteerIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    /// The file the finding is about, when it is about one.
    public var file: String?
    public var message: String

    public var description: String { "\(severity.rawValue): \(message)" }
}

extension Gazetteer {
    /// Every problem of a set of gazetteer files, not only the first.
    ///
    /// Errors: malformed lines (with file and line), ids used twice, files that name no type.
    /// Warnings: surface forms shared by entities of different kinds ("Berlin": the Land and the
    /// city) and by several places of one kind ("Neustadt"); the extractor resolves them from
    /// context, but a curator should know them.
    public static func check(_ files: [GazetteerFile]) -> [GazetteerIssue] {
        var issues: [GazetteerIssue] = []
        var firstSeen: [EntityID: String] = [:]
        var owners: [String: [(EntityID, EntityType)]] = [:]
        func report(_ e: GazetteerError) { issues.append(GazetteerIssue(severity: .error, file: e.file, message: e.description)) }
        for file in files.sorted(by: { $0.name < $1.name }) {
            let lines = dataLines(file)
            switch file.name {
            case "given-names.tsv":
                for (number, line) in lines {
                    do throws(GazetteerError) { _ = try parseGivenName(line, number: number, file: file.name) } catch { report(error) }
                }
            case "roles.tsv":
                for (number, line) in lines {
                    do throws(GazetteerError) { _ = try RoleLexicon.parseRow(line, number: number, file: file.name) } catch { report(error) }
                }
            case "abbreviations.txt", "surnames.txt":
                continue
            default:
                guard file.name.hasSuffix(".tsv") else { continue }
                guard let type = entityType(ofFile: file.name) else {
                    report(.unknownFile(file: file.name))
                    continue
                }
                for (number, line) in lines {
                    do throws(GazetteerError) {
                        let entry = try parseEntity(line, number: number, file: file.name, type: type)
                        if let first = firstSeen[entry.id] {
                            issues.append(GazetteerIssue(
                                severity: .error, file: file.name,
                                message: GazetteerError.duplicateID(file: file.name, line: number, id: entry.id.rawValue).description
                                    + " (first at \(first))"))
                            continue
                        }
                        firstSeen[entry.id] = "\(file.name):\(number)"
                        for form in Set(([entry.name] + entry.aliases).map { $0.lowercased() }) {
                            owners[form, default: []].append((entry.id, entry.type))
                        }
                    } catch {
                        report(error)
                    }
                }
            }
        }
        if firstSeen.isEmpty { report(.empty) }
        for (form, entities) in owners.sorted(by: { $0.key < $1.key }) where entities.count > 1 {
            let types = Set(entities.map(\.1))
            let ids = entities.map(\.0.rawValue).sorted()
            let shown = ids.prefix(6).joined(separator: ", ") + (ids.count > 6 ? ", …" : "")
            let message = types.count > 1
                ? "\"\(form)\" names entities of different kinds: \(shown)"
                : "\"\(form)\" is a form of \(ids.count) \(entities[0].1.plural): \(shown)"
            issues.append(GazetteerIssue(severity: .warning, file: nil, message: message))
        }
        return issues
    }

    /// The number of entries of each kind, and of roles and given names.
    public var statistics: [String: Int] {
        var counts: [String: Int] = Dictionary(uniqueKeysWithValues: EntityType.allCases.filter { $0 != .person }.map { ($0.rawValue, 0) })
        for entry in entries { counts[entry.type.rawValue, default: 0] += 1 }
        counts["role"] = roles.rows.count
        counts["given_name"] = givenNames.count
        counts["surname"] = surnames.count
        return counts
    }
}
