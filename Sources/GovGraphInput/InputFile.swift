import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How inputs are read.
public struct InputOptions: Sendable {
    /// Files larger than this are skipped (0: no limit).
    public var maxBytes = 50 * 1024 * 1024
    /// Text files larger than this are read in chunks of about this size (at most twice it).
    ///
    /// Small, because a chunk is analysed as one document, and the analysis of a page of many
    /// dated items takes memory in proportion to its length (peak resident memory of whole-file
    /// extraction, release build: 133 MB for 1 MB, 302 MB for 5 MB); its time grows linearly.
    public var chunkBytes = 64 * 1024
    public var fields = JSONFields()

    public init() {}
}

/// Reads one input (a file or `-`) as a sequence of articles and problems, in bounded memory.
///
/// The format comes from the extension (`.txt`, `.html`, `.jsonl`, `.rss`, `.atom`, `.xml`),
/// else from the first characters. Text files over ``InputOptions/chunkBytes``, JSON lines and
/// HTML pages are streamed (a page is parsed twice, block by block, and its articles come in
/// parts; see ``HTMLReader``); a feed is decoded whole and parsed one item at a time (see
/// ``FeedReader``). A problem with the whole file (empty,
/// binary, too large, unreadable) is the only item; a problem with one line of a JSON-lines
/// file is one item among the articles.
///
/// ```swift
/// let file = InputFile(path: "meldungen.jsonl", options: InputOptions())
/// while let item = file.next() { … }
/// ```
public final class InputFile {
    public let path: String
    let options: InputOptions
    /// The file's size in bytes (0 for standard input).
    public private(set) var size: Int
    private var state: State = .start
    private var queue: [InputItem] = []
    /// Items a JSON-lines file has given so far.
    private var yielded = 0

    private enum State {
        case start
        case lines(JSONLinesReader)
        case chunks(TextStream)
        /// The parts of an HTML page, written on their own thread (see ``HTMLReader``).
        case parts(PartQueue, first: Bool, warnings: [InputWarning])
        case done
    }

    deinit {
        if case .parts(let queue, _, _) = state { queue.abandon() }
    }

    public init(path: String, options: InputOptions) {
        self.path = path
        self.options = options
        let attributes = path == "-" ? nil : try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The next article or problem, or nil when the input is read.
    public func next() -> InputItem? {
        guard let item = nextWhole() else { return nil }
        // A long article (an HTML page, a JSON line, a feed item) is analysed in parts.
        guard case .article(let article, let warnings) = item, article.text.utf8.count > 2 * options.chunkBytes else {
            return item
        }
        let parts = article.parts(chunkBytes: options.chunkBytes)
        queue.insert(contentsOf: parts.dropFirst().map { InputItem.article($0, warnings: []) }, at: 0)
        return .article(parts[0], warnings: warnings)
    }

    private func nextWhole() -> InputItem? {
        while true {
            if !queue.isEmpty { return queue.removeFirst() }
            switch state {
            case .start:
                do {
                    try open()
                } catch {
                    state = .done
                    return .problem(error)
                }
            case .lines(var reader):
                guard let item = reader.next() else {
                    state = .done
                    if yielded == 0 {
                        return .problem(size == 0 && path != "-" ? .empty(path) : .malformed(path, reason: "the JSON-lines file holds no articles"))
                    }
                    continue
                }
                state = .lines(reader)
                yielded += 1
                return item
            case .parts(let queue, let first, let warnings):
                guard var part = queue.next() else {
                    state = .done
                    continue
                }
                part.byteCount = first ? size : 0
                state = .parts(queue, first: false, warnings: [])
                return .article(part, warnings: warnings)
            case .chunks(var stream):
                guard let chunk = stream.next() else {
                    state = .done
                    let warnings = stream.warnings()
                    if !warnings.isEmpty { return .warnings(warnings) }
                    continue
                }
                state = .chunks(stream)
                return .article(chunk, warnings: [])
            case .done:
                return nil
            }
        }
    }

    private var displayPath: String { path == "-" ? "standard input" : path }

    private func open() throws(InputError) {
        if options.maxBytes > 0, size > options.maxBytes {
            throw .tooLarge(path, size: size, limit: options.maxBytes)
        }
        let source: ByteSource
        if path == "-" {
            (source, size) = try Self.spoolStandardInput(limit: options.maxBytes)
        } else {
            if let kind = Self.specialKind(path) { throw .notARegularFile(path, kind: kind) }
            source = try ByteSource(path: path)
        }
        let ext = (path as NSString).pathExtension
        var format = InputFormat(extension: ext)
        if format == .jsonLines {
            state = .lines(JSONLinesReader(source: source, path: path, fields: options.fields))
            return
        }
        guard let first = source.next() else { throw .empty(displayPath) }
        let sniffed = format ?? InputFormat.sniff(String(decoding: first.prefix(4096), as: UTF8.self)[...])
        let looksLikeText = sniffed == .text
        if sniffed == .html || sniffed == .feed, let reason = LibXMLDocument.refusal(byteCount: size) {
            throw .malformed(displayPath, reason: reason)
        }
        if format == nil, sniffed == .jsonLines, TextEncoding.declared(first)?.0 != .utf16LittleEndian,
            TextEncoding.declared(first)?.0 != .utf16BigEndian
        {
            // JSON lines found by their first characters are streamed too.
            source.rewind()
            state = .lines(JSONLinesReader(source: source, path: path, fields: options.fields))
            return
        }
        if (format ?? sniffed) == .html {
            try checkSample(first)
            try readHTML(DecodedFile(path: path, source: source, sample: first))
            return
        }
        if looksLikeText, size > options.chunkBytes {
            try checkSample(first)
            state = .chunks(TextStream(path: path, source: source, sample: first, chunkSize: options.chunkBytes))
            return
        }
        var data = first
        while let block = source.next() {
            data += block
            // A file that grows while it is read (or says it is empty, as in /proc).
            if options.maxBytes > 0, data.count > options.maxBytes {
                throw .tooLargeStream(displayPath, limit: options.maxBytes)
            }
        }
        var decoded = try TextDecoder.decode(data, path: displayPath)
        if format == nil { format = InputFormat.sniff(decoded.text[...]) }
        if format == .jsonLines {
            state = .lines(JSONLinesReader(source: ByteSource(data: data), path: path, fields: options.fields))
            return
        }
        // The bytes and the decoded text are not kept while the page is parsed.
        let byteCount = data.count
        data = Data()
        let text = decoded.text
        decoded.text = ""
        var warnings = decoded.warnings
        let articles: [InputArticle]
        do throws(InputError) {
            switch format ?? .text {
            case .html: articles = try HTMLReader.read(text, path: path)
            case .feed:
                var feedWarnings: [InputWarning] = []
                articles = try FeedReader.read(text, path: path, warnings: &feedWarnings, chunkBytes: options.chunkBytes)
                for var warning in feedWarnings {
                    warning.path = displayPath
                    warnings.append(warning)
                }
            case .text, .jsonLines: articles = [InputArticle(path: path, text: text.inputNFC, byteCount: byteCount)]
            }
        } catch {
            if case let .malformed(_, reason) = error { throw .malformed(displayPath, reason: reason) }
            throw error
        }
        guard !articles.isEmpty else { throw .malformed(displayPath, reason: "the \(format!.rawValue) file holds no articles") }
        enqueue(articles, byteCount: byteCount, warnings: warnings)
    }

    /// Queues the articles of the whole file: the first carries the file's bytes and warnings.
    private func enqueue(_ articles: [InputArticle], byteCount: Int, warnings: [InputWarning]) {
        queue = articles.enumerated().map { index, article in
            var article = article
            article.byteCount = index == 0 ? byteCount : 0
            return .article(article, warnings: index == 0 ? warnings : [])
        }
        state = .done
    }

    /// Reads an HTML page streamed from the file, twice (see ``HTMLReader``), never whole: its
    /// articles come in parts of ``InputOptions/chunkBytes``, written while they are taken.
    private func readHTML(_ file: DecodedFile) throws(InputError) {
        let shared = SharedFile(file)
        do throws(InputError) {
            let queue = try HTMLReader.stream(path: path, byteCount: size, chunkBytes: options.chunkBytes) {
                shared.open()
            }
            state = .parts(queue, first: true, warnings: shared.survey?.blocks.warnings() ?? [])
        } catch {
            if shared.survey?.blocks.hasText == false { throw .onlyWhitespace(displayPath) }
            if case let .malformed(_, reason) = error { throw .malformed(displayPath, reason: reason) }
            throw error
        }
    }

    /// What kind of file `path` is when it is not a regular file (a device, a FIFO, a socket),
    /// which may never end and has no size to check against `--max-bytes`.
    static func specialKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        default: return nil
        }
    }

    /// Copies standard input to a temporary file (removed at once, gone when closed), so that it
    /// is read in blocks like a file and can be read twice; stops as soon as it is over `limit`
    /// bytes (0: no limit) or its first block is binary.
    static func spoolStandardInput(limit: Int) throws(InputError) -> (ByteSource, Int) {
        let name = "standard input"
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("govgraph-stdin-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .unreadable(name) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let spool = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let input = FileHandle.standardInput
        var total = 0
        while true {
            let block: Data
            do {
                guard let read = try input.read(upToCount: ByteSource.blockSize), !read.isEmpty else { break }
                block = read
            } catch {
                throw .unreadable(name)
            }
            if total == 0 {
                let bom = TextEncoding.declared(block)
                if bom == nil || bom?.0 == .utf8, let what = BinarySniffer.binaryReason(block.prefix(8192)) {
                    throw .binaryFile(name, what: what)
                }
            }
            total += block.count
            if limit > 0, total > limit { throw .tooLargeStream(name, limit: limit) }
            do { try spool.write(contentsOf: block) } catch { throw .unreadable(name) }
        }
        guard total > 0 else { throw .empty(name) }
        do { try spool.seek(toOffset: 0) } catch { throw .unreadable(name) }
        return (ByteSource(handle: spool), total)
    }

    /// Refuses a large file whose first block is binary.
    private func checkSample(_ sample: Data) throws(InputError) {
        let bom = TextEncoding.declared(sample)
        if bom == nil || bom?.0 == .utf8, let what = BinarySniffer.binaryReason(sample.prefix(8192)) {
            throw .binaryFile(path, what: what)
        }
    }
}

/// The UTF-8 of decoded blocks, for a parser that reads blocks of bytes.
final class DecodedBlockReader {
    private(set) var blocks: DecodedBlocks

    init(_ blocks: DecodedBlocks) { self.blocks = blocks }

    func next() -> [UInt8]? { blocks.next().map { Array($0.utf8) } }
}

/// A file read by one thread at a time: first by the reader's (the survey of an HTML page),
/// then by the thread that writes the page's text.
private final class SharedFile: @unchecked Sendable {
    let file: DecodedFile
    /// The first reading, whose warnings are the file's.
    private(set) var survey: DecodedBlockReader?

    init(_ file: DecodedFile) { self.file = file }

    /// The file's blocks from the start.
    func open() -> () -> [UInt8]? {
        let reader = DecodedBlockReader(file.blocks())
        if survey == nil { survey = reader }
        return reader.next
    }
}
