// swift-tools-version: 6.1
import PackageDescription

/// Layers, top to bottom (data flows down, never back up):
/// `figures` -> `LabFigures` -> `Estimators`, `Plotting`; `CairoBackend` -> `CCairo`, `Plotting`.
/// Only `CairoBackend` imports the C module.
let package = Package(
    name: "lab-figures",
    products: [
        .executable(name: "figures", targets: ["figures"]),
        .library(name: "Estimators", targets: ["Estimators"]),
        .library(name: "Plotting", targets: ["Plotting"]),
        .library(name: "CairoBackend", targets: ["CairoBackend"]),
        .library(name: "LabFigures", targets: ["LabFigures"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "Estimators"),
        .target(name: "Plotting"),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .target(name: "CairoBackend", dependencies: ["CCairo", "Plotting"]),
        .target(
            name: "LabFigures",
            dependencies: ["Estimators", "Plotting"],
            exclude: ["Stars/README.md"],
            resources: [.copy("Resources/gaia_apogee_mock.csv")]
        ),
        .executableTarget(
            name: "figures",
            dependencies: [
                "Estimators", "Plotting", "CairoBackend", "LabFigures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "EstimatorsTests",
            dependencies: [
                "Estimators",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CairoBackendTests",
            dependencies: ["CairoBackend", "Plotting"],
            resources: [.copy("Goldens")]
        ),
        .testTarget(
            name: "LabFiguresTests",
            dependencies: ["LabFigures", "CairoBackend", "Plotting", "Estimators"]
        ),
        .testTarget(
            name: "FiguresCommandTests",
            dependencies: [
                "figures",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
