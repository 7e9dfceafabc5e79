import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading tables from CSV files and CSV text.
extension Table {
    /// Reads a CSV file: a header line naming the columns, then one record a row.
    ///
    /// See ``CSVReader`` for the dialect. Nothing is typed yet: columns are parsed
    /// when used, so a bad cell in a column nobody uses is no error.
    ///
    /// - Parameters:
    ///   - maximumRecordBytes: the longest record accepted (default
    ///     ``defaultMaximumRecordBytes``, 1 MiB).
    ///   - maximumFileBytes: the largest file accepted (default ``defaultMaximumFileBytes``,
    ///     1 GiB); streams such as pipes are read up to it.
    /// - Throws: ``TableError`` when the file does not exist, is a directory, cannot
    ///   be read, is too large, or is not a well-formed CSV table.
    public init(contentsOf url: URL, maximumRecordBytes: Int = Table.defaultMaximumRecordBytes,
                maximumFileBytes: Int = Table.defaultMaximumFileBytes) throws(TableError) {
        try self.init(contentsOfFile: url.path, maximumRecordBytes: maximumRecordBytes,
                      maximumFileBytes: maximumFileBytes)
    }

    /// Reads a CSV file at a path; see ``init(contentsOf:maximumRecordBytes:maximumFileBytes:)``.
    public init(contentsOfFile path: String, maximumRecordBytes: Int = Table.defaultMaximumRecordBytes,
                maximumFileBytes: Int = Table.defaultMaximumFileBytes) throws(TableError) {
        try self.init(csvBytes: Self.readFile(path, limit: maximumFileBytes), source: path,
                      maximumRecordBytes: maximumRecordBytes)
    }

    /// Reads CSV text held in memory; `source` names it in error messages.
    public init(csv text: String, source: String = "<CSV text>",
                maximumRecordBytes: Int = Table.defaultMaximumRecordBytes) throws(TableError) {
        try self.init(csvBytes: Array(text.utf8), source: source, maximumRecordBytes: maximumRecordBytes)
    }

    /// Reads CSV bytes held in memory; `source` names them in error messages.
    ///
    /// The table keeps the bytes (cells are positions in them), so pass an array you no longer need.
    public init(csvBytes bytes: consuming [UInt8], source: String = "<CSV bytes>",
                maximumRecordBytes: Int = Table.defaultMaximumRecordBytes) throws(TableError) {
        precondition(maximumRecordBytes > 0, "the record limit must be positive")
        let reader = CSVReader(source: source, maximumRecordBytes: maximumRecordBytes)
        let result = try reader.read(bytes)
        self.init(source: source, names: result.names,
                  storage: result.names.indices.map { .text(TextCells(cells: result.cells, column: $0)) },
                  fieldNumbers: result.names.indices.map { $0 + 1 }, rowCount: result.rowLines.count,
                  rowLines: result.rowLines)
    }

    /// The whole file's bytes (at most `limit` of them), with the system's reason when it cannot be read.
    static func readFile(_ path: String, limit: Int) throws(TableError) -> [UInt8] {
        precondition(limit >= 0, "the file limit must not be negative")
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw .fileNotFound(path: path)
            case EISDIR: throw .isDirectory(path: path)
            default: throw .unreadable(path: path, reason: String(cString: strerror(code)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > limit {
            throw .fileTooLarge(path: path, limit: limit)
        }

        // Regular files report their size; pipes and devices report 0 and are read until end of
        // file, or until one byte past the limit shows that they are too large.
        let ceiling = limit < Int.max ? limit + 1 : limit
        var bytes = [UInt8]()
        var capacity = min(max(Int(info.st_size) + 1, 1 << 16), ceiling)
        var filled = 0
        var readError: Int32 = 0
        while true {
            if filled == capacity {
                if capacity == ceiling { throw .fileTooLarge(path: path, limit: limit) }
                capacity = capacity > ceiling / 2 ? ceiling : capacity * 2
            }
            var finished = false
            // Read straight into the array's spare capacity: no zero-filling, no second copy.
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                bytes.withUnsafeBufferPointer { old in
                    if let oldBase = old.baseAddress { base.update(from: oldBase, count: filled) }
                }
                while filled < capacity {
                    let readCount = read(descriptor, base + filled, capacity - filled)
                    if readCount < 0 {
                        if errno == EINTR { continue }
                        readError = errno
                        break
                    }
                    if readCount == 0 {
                        finished = true
                        break
                    }
                    filled += readCount
                }
                initialized = filled
            }
            if readError != 0 { throw .unreadable(path: path, reason: String(cString: strerror(readError))) }
            if finished { break }
        }
        return bytes
    }
}
