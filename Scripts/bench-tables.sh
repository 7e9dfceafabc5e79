#!/usr/bin/env bash
# Release-mode timing of CSV reading: 1,000,000 rows x 7 numeric columns, written once
# with 6 decimals (the lab file's style) and once in shortest round-trip form (17 digits),
# then read back: file -> Table, Table -> Matrix of the 7 columns, describe(), writing.
#
# Usage: Scripts/bench-tables.sh [rows]      (default 1000000; REPEATS=n for best of n, default 5)
# Builds a throwaway package in a temporary directory that depends on this one by path,
# so nothing in the repository changes. Prints best-of-5 wall and process CPU seconds
# (CPU counts both cores, so CPU > wall means the parallel parts ran in parallel).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/bench-tables.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/bench"
cat > "$work/Package.swift" <<EOF
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "bench",
    dependencies: [.package(path: "$repo")],
    targets: [.executableTarget(name: "bench", dependencies: [.product(name: "Estimators", package: "$(basename "$repo")")])],
    swiftLanguageModes: [.v6]
)
EOF
cat > "$work/Sources/bench/main.swift" <<'EOF'
import Estimators
import Foundation

let rows = Int(CommandLine.arguments[1]) ?? 1_000_000
let directory = URL(fileURLWithPath: CommandLine.arguments[2])
let names = ["vx", "vy", "vz", "En", "Lz", "feh", "alpha"]
let means = [7.3, 96.9, -5.3, -167971.0, 950.0, -0.63, 0.16]
let deviations = [121.9, 115.6, 65.0, 13133.0, 1011.0, 0.65, 0.13]

// Normal deviates from a fixed splitmix64 stream (Box-Muller), so every run times the same file.
struct Stream {
    var state: UInt64 = 2024
    mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / 9007199254740992.0
    }
}
var stream = Stream()
var columns: [(String, TableColumn)] = []
for (k, name) in names.enumerated() {
    var values = [Double](repeating: 0, count: rows)
    for i in 0..<rows {
        let u = stream.uniform(), v = stream.uniform()
        values[i] = means[k] + deviations[k] * (-2 * log(1 - u)).squareRoot() * cos(2 * .pi * v)
    }
    columns.append((name, .doubles(values)))
}
var table = try Table(columns: ["row": .integers((0..<Int64(rows)).map { $0 })])
for (name, column) in columns { table = try table.adding(name, column) }
table = try table.selecting(names)
let six = directory.appendingPathComponent("six.csv")
let full = directory.appendingPathComponent("full.csv")
try table.write(to: six, formats: Dictionary(uniqueKeysWithValues: names.map { ($0, DoubleFormat.fixed(decimals: 6)) }))
try table.write(to: full)

func cpu() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }
let defaultRepeats = Int(ProcessInfo.processInfo.environment["REPEATS"] ?? "") ?? 5
func time<T>(_ label: String, _ requested: Int? = nil, _ body: () throws -> T) rethrows -> T {
    let repeats = requested ?? defaultRepeats
    var wall = Double.infinity, processor = Double.infinity
    var result: T?
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds, startCPU = cpu()
        result = try body()
        wall = min(wall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        processor = min(processor, cpu() - startCPU)
    }
    print("  " + label.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "wall %.3f s   cpu %.3f s   (best of %d)", wall, processor, repeats))
    return result!
}

for url in [six, full] {
    let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    print("\(url.lastPathComponent): \(rows) rows x 7 columns, \(size / 1_000_000) MB")
    let read = try time("file -> Table") { try Table(contentsOf: url) }
    _ = try time("Table -> Matrix (7 columns)") { try read.matrix(names) }
    _ = try time("file -> Matrix, end to end") { try Table(contentsOf: url).matrix(names) }
    _ = time("describe()", 3) { read.describe() }
    _ = time("csvBytes()", 3) { read.csvBytes() }
}
EOF
cd "$work"
swift build -c release --product bench 2>&1 | grep -E "error|warning: |Compiling|Build complete" | tail -5
"$work/.build/release/bench" "$rows" "$work"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
