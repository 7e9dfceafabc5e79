import CCairo

/// Collects the bytes cairo streams out (PNG, PDF, SVG) so output is built in memory
/// and written to disk only once it is complete.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// An unretained pointer to hand to cairo as the stream closure; valid while `self` lives.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The cairo write callback that appends to the sink passed as its closure.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if length > 0, let data {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }
}
