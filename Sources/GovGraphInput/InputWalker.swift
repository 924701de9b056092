import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the paths on the command line into the input files to read.
///
/// A file is read whatever its extension; `-` is standard input. A folder is searched
/// recursively, in sorted order, for files with a known extension (see
/// ``InputFormat/extensions``), or for those matching an `--include` pattern when any is given;
/// files and folders matching an `--exclude` pattern are left out. Symbolic links are
/// followed; a link back to a folder being searched (a loop) is reported and not followed, and
/// a file reached twice is read once. Hidden files and folders (`.git`) are skipped.
///
/// ```swift
/// let found = InputWalker(include: [], exclude: [Glob("entwurf-*")]).expand(["news/", "-"])
/// found.files      // ["news/a.html", "news/b.jsonl", "-"]
/// found.problems   // [news/kaputt: a symbolic link to nothing; skipped]
/// ```
public struct InputWalker: Sendable {
    public var include: [Glob]
    public var exclude: [Glob]

    public init(include: [Glob] = [], exclude: [Glob] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// The files found, the paths that could not be read, and warnings.
    public struct Found: Sendable {
        public var files: [String] = []
        public var problems: [InputError] = []
        public var warnings: [InputWarning] = []
    }

    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    public func expand(_ paths: [String]) -> Found {
        var found = Found()
        var seen: Set<FileID> = []
        for path in paths {
            if path == "-" {
                found.files.append(path)
                continue
            }
            guard let info = Self.status(path, follow: true) else {
                found.problems.append(Self.status(path, follow: false) != nil ? .danglingLink(path) : .noSuchPath(path))
                continue
            }
            if Self.isDirectory(info) {
                walk(path, relative: "", ancestors: [Self.id(info)], seen: &seen, into: &found)
            } else if seen.insert(Self.id(info)).inserted {
                found.files.append(path)
            }
        }
        return found
    }

    private func walk(_ folder: String, relative: String, ancestors: Set<FileID>, seen: inout Set<FileID>, into found: inout Found) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            found.problems.append(.unreadableFolder(folder))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if exclude.contains(where: { $0.matches(name: name, relativePath: relativePath) }) { continue }
            guard let info = Self.status(path, follow: true) else {
                if Self.status(path, follow: false) != nil, wanted(name: name, relativePath: relativePath) {
                    found.problems.append(.danglingLink(path))
                }
                continue
            }
            let id = Self.id(info)
            if Self.isDirectory(info) {
                if ancestors.contains(id) {
                    found.warnings.append(InputWarning(path: path, message: "a symbolic link loop (back to a folder above it); not followed"))
                    continue
                }
                walk(path, relative: relativePath, ancestors: ancestors.union([id]), seen: &seen, into: &found)
            } else if wanted(name: name, relativePath: relativePath), seen.insert(id).inserted {
                found.files.append(path)
            }
        }
    }

    private func wanted(name: String, relativePath: String) -> Bool {
        if include.isEmpty {
            return InputFormat.extensions.contains((name as NSString).pathExtension.lowercased())
        }
        return include.contains { $0.matches(name: name, relativePath: relativePath) }
    }

    private static func status(_ path: String, follow: Bool) -> stat? {
        var info = stat()
        let result = follow ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? info : nil
    }

    private static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    private static func id(_ info: stat) -> FileID { FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) }
}
