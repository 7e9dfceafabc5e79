import CCairo

/// Owns one cairo drawing context on a surface and destroys it when released.
final class CairoContext {
    let raw: OpaquePointer
    /// Kept so the surface outlives the context even if the caller drops its reference.
    let surface: CairoSurface

    init(on surface: CairoSurface) throws(CairoError) {
        guard let raw = cairo_create(surface.raw) else {
            throw CairoError.cairo(stage: .creatingContext, status: "cairo returned no context")
        }
        self.raw = raw
        self.surface = surface
        try CairoError.check(cairo_status(raw), .creatingContext)
    }

    deinit {
        cairo_destroy(raw)
    }

    /// The context's sticky error state (cairo stops drawing after the first failure).
    func checkStatus(_ stage: CairoError.Stage) throws(CairoError) {
        try CairoError.check(cairo_status(raw), stage)
    }
}
