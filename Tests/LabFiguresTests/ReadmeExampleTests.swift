import CairoBackend
import Estimators
import Foundation
import Plotting
import Testing

/// The library example in README.md ("Using the library"), kept compiling and rendering here:
/// if this test changes, the README's copy changes with it.
@Suite struct ReadmeExampleTests {
    @Test func theReadmeExampleRendersAndClustersAsScikitLearnDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("clusters.png")

        // --- README example begins
        let blobs = try makeBlobs(samples: 300, centers: 4, clusterStd: 0.60, seed: 0)
        let model = try KMeans(clusters: 4, seed: 42).fit(blobs.samples)

        let fig = try Figure(width: 6.4, height: 4.8)
        let ax = fig.addSubplot()
        try ax.scatter(blobs.samples.column(0), blobs.samples.column(1), size: 20,
                       colors: .categories(model.labels, palette: Colormap.tab10.colors))
        try ax.plot(model.centers.column(0), model.centers.column(1), "kx", markerSize: 12, label: "centres")
        ax.title = "KMeans(4): inertia \(String(format: "%.1f", model.inertia))"
        ax.setXLabel("$x_1$")
        ax.setYLabel("$x_2$")
        ax.legend()
        try fig.write(to: url, format: .png)   // or .pdf, .svg
        // --- README example ends

        // The lab's In 3 model: scikit-learn 1.9.1 gives KMeans(4, random_state=42).inertia_ = 212.00599621083484.
        #expect(abs(model.inertia - 212.00599621083484) <= 1e-9 * 212)
        let png = try Bitmap(png: [UInt8](Data(contentsOf: url)))
        #expect(png.width == 640 && png.height == 480)
    }
}
