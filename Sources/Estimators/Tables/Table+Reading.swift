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
    /// - Parameter maximumRecordBytes: the longest record accepted (default
    ///   ``defaultMaximumRecordBytes``, 1 MiB).
    /// - Throws: ``TableError`` when the file does not exist, is a directory, cannot
    ///   be read, or is not a well-formed CSV table.
    public init(contentsOf url: URL, maximumRecordBytes: Int = Table.defaultMaximumRecordBytes) throws(TableError) {
        try self.init(contentsOfFile: url.path, maximumRecordBytes: maximumRecordBytes)
    }

    /// Reads a CSV file at a path; see ``init(contentsOf:maximumRecordBytes:)``.
    public init(contentsOfFile path: String,
                maximumRecordBytes: Int = Table.defaultMaximumRecordBytes) throws(TableError) {
        let bytes = try Self.readFile(path)
        try self.init(csvBytes: bytes, source: path, maximumRecordBytes: maximumRecordBytes)
    }

    /// Reads CSV text held in memory; `source` names it in error messages.
    public init(csv text: String, source: String = "<CSV text>",
                maximumRecordBytes: Int = Table.defaultMaximumRecordBytes) throws(TableError) {
        try self.init(csvBytes: Array(text.utf8), source: source, maximumRecordBytes: maximumRecordBytes)
    }

    /// Reads CSV bytes held in memory; `source` names them in error messages.
    public init(csvBytes bytes: [UInt8], source: String = "<CSV bytes>",
                maximumRecordBytes: Int = Table.defaultMaximumRecordBytes) throws(TableError) {
        precondition(maximumRecordBytes > 0, "the record limit must be positive")
        let reader = CSVReader(source: source, maximumRecordBytes: maximumRecordBytes)
        let result = try bytes.withUnsafeBufferPointer { buffer throws(TableError) in try reader.read(buffer) }
        self.init(source: source, names: result.names, storage: result.columns.map { .text($0) },
                  fieldNumbers: result.names.indices.map { $0 + 1 }, rowCount: result.rowLines.count,
                  rowLines: result.rowLines)
    }

    /// The whole file's bytes, with the system's reason when it cannot be read.
    static func readFile(_ path: String) throws(TableError) -> [UInt8] {
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

        // Regular files report their size; pipes and devices report 0 and are read until end of file.
        var bytes = [UInt8]()
        var capacity = max(Int(info.st_size) + 1, 1 << 16)
        var filled = 0
        while true {
            if filled == capacity { capacity *= 2 }
            bytes.reserveCapacity(capacity)
            var readError: Int32 = 0
            var readCount = 0
            let room = capacity - filled
            bytes.append(contentsOf: repeatElement(0, count: room))
            bytes.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                repeat {
                    readCount = read(descriptor, base + filled, room)
                } while readCount < 0 && errno == EINTR
                if readCount < 0 { readError = errno }
            }
            guard readCount >= 0 else {
                throw .unreadable(path: path, reason: String(cString: strerror(readError)))
            }
            filled += readCount
            bytes.removeLast(room - readCount)
            if readCount == 0 { break }
        }
        return bytes
    }
}
