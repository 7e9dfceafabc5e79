import CCairo

extension CairoError {
    /// Turns a cairo status into a thrown error naming the step that failed.
    static func check(_ status: cairo_status_t, _ stage: Stage) throws(CairoError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw CairoError.cairo(stage: stage, status: describe(status))
    }

    /// Cairo's own sentence for a status ("out of memory", "error while writing to output stream").
    static func describe(_ status: cairo_status_t) -> String {
        guard let text = cairo_status_to_string(status) else { return "cairo status \(status.rawValue)" }
        return String(cString: text)
    }
}
