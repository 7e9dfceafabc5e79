"""Draws the plot-* golden figures with matplotlib and measures how close ours are.

Run with the reference stack:
    /work/pyref/bin/python Scripts/compare-plot-goldens.py
Each figure of Tests/CairoBackendTests/PlotGoldenFigures.swift is rebuilt here from
the same data (the same xorshift + Box-Muller generator, so the points are equal)
and drawn by matplotlib 3.11; the script prints the RMS difference (0-255, all
pixels and channels, as pytest-mpl measures it) against our golden, and writes
matplotlib | ours | difference sheets to artifacts/plot-vs-matplotlib/.

Differences to expect: glyph rasterisation (FreeType through cairo versus Agg),
marker centres (Agg snaps them to whole pixels), and figures whose labels
matplotlib cuts off at the page edge (we pull the margin in instead, which can
also change the tick choice). Nothing here is a test; it is a ruler.
"""
import math
import pathlib

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDENS = ROOT / "Tests/CairoBackendTests/Goldens"
OUT = ROOT / "artifacts/plot-vs-matplotlib"
MASK = (1 << 64) - 1


def normals(n, seed):
    """PlotGoldenFigure.normals: xorshift64 (13, 7, 17), 64 warm-up draws, Box-Muller."""
    s = seed | 1

    def u():
        nonlocal s
        s ^= (s << 13) & MASK
        s ^= s >> 7
        s ^= (s << 17) & MASK
        return ((s >> 11) + 0.5) / float(1 << 53)

    for _ in range(64):
        u()
    xs, ys = [], []
    for _ in range(n):
        r = math.sqrt(-2 * math.log(u()))
        t = 2 * math.pi * u()
        xs.append(r * math.cos(t))
        ys.append(r * math.sin(t))
    return np.array(xs), np.array(ys)


def scatter():
    fig, ax = plt.subplots(figsize=(4, 3))
    centres = [(0.9, 4.4), (-1.5, 2.9), (1.9, 0.8), (-1.3, 7.8)]
    nx, ny = normals(120, 1)
    xs = [centres[i % 4][0] + 0.6 * nx[i] for i in range(120)]
    ys = [centres[i % 4][1] + 0.6 * ny[i] for i in range(120)]
    ax.scatter(xs, ys, s=50, c=[f"C{i % 4}" for i in range(120)])
    return fig


def markers():
    fig, ax = plt.subplots(figsize=(4, 3))
    shapes = ["o", ".", "x", "+", "s", "^", "v", "D"]
    for i, m in enumerate(shapes):
        ax.scatter([0, 1, 2], [i] * 3, s=80, marker=m, label=m)
        if m in "x+":  # matplotlib strokes unfilled markers in their face colour
            ax.scatter([3, 4], [i] * 2, s=80, marker=m, c="white")
        else:
            ax.scatter([3, 4], [i] * 2, s=80, marker=m, c="white", edgecolors="black", linewidths=1)
        ax.scatter([5], [i], s=150, marker=m, c="blue", alpha=0.5)
    ax.set_yticks(range(len(shapes)), shapes)
    return fig


def lines():
    fig, ax = plt.subplots(figsize=(4, 3))
    x = np.arange(11.0)
    for i, ls in enumerate(["-", "--", ":", "-."]):
        ax.plot(x, np.sin(x / 2) + i, ls)
        ax.plot(x, np.sin(x / 2) + i + 0.4, ls, color="k", lw=0.8)
    ax.plot(x, 4.6 + 0.05 * x, "s", markersize=4)
    ax.plot(x, -0.8 + 0.05 * x, "-^", markersize=5)
    ax.plot(x, -1.3 + 0.05 * x, "k.", markersize=2)
    return fig


def legend():
    fig, ax = plt.subplots(figsize=(5, 3))
    k = list(range(1, 9))
    ax.plot(k, [9331, 8971, 8193, 8240, 8276, 8319, 8356, 8393], marker="o", label="BIC")
    ax.plot(k, [9305, 8915, 8104, 8121, 8126, 8139, 8145, 8151], marker="o", label="AIC")
    ax.fill_between(k, [8050] * 8, [8100, 8120, 8090, 8110, 8100, 8120, 8090, 8110], alpha=0.3, label="band")
    ax.legend(title="criterion")
    ax.set_xlabel("Number of Clusters")
    ax.set_ylabel("Information Criterion")
    ax.set_title("BIC and AIC")
    ax.set_xticks(k)
    return fig


def log():
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([1, 10, 100, 1000, 1e4], [0.02, 0.5, 3, 40, 800], "r--")
    ax.scatter([3, 30, 300, 3000], [0.1, 1, 10, 100], c="k", marker="x")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.axhline(1, color="k", lw=1, ls=":")
    ax.set_xlabel("$n$ samples")
    ax.set_ylabel("time (s)")
    return fig


def grid():
    fig, ax = plt.subplots(figsize=(5, 3))
    k = list(range(1, 9))
    ax.plot(k, [2812.1, 1437.9, 541.8, 212.0, 195.5, 176.3, 163.2, 144.5], "-o")
    ax.axvline(4, color="#d62728", lw=1, ls="--")
    ax.set_title("Inertia as a Function of Number of Clusters")
    ax.set_xlabel("Number of Clusters")
    ax.set_ylabel("Inertia")
    ax.set_xticks(k)
    ax.grid(True)
    return fig


def annotations():
    fig, ax = plt.subplots(figsize=(4, 3))
    x = np.arange(41) / 4
    ax.plot(x, np.exp(-x / 3))
    ax.fill_between(x, np.exp(-x / 3) - 0.05, np.exp(-x / 3) + 0.05, alpha=0.3)
    ax.axhline(0.5, color="k", lw=0.8, ls="-.")
    ax.axvline(2.08, ymin=0, ymax=0.5, color="#d62728")
    ax.annotate("half-life", xy=(2.08, 0.5), xytext=(4.5, 0.75), arrowprops=dict(arrowstyle="->"))
    ax.annotate("tail", xy=(8, math.exp(-8 / 3)), xytext=(6, 0.4), color="#9467bd",
                arrowprops=dict(arrowstyle="-|>", color="#9467bd"))
    ax.text(0.98, 0.95, "axes text", transform=ax.transAxes, ha="right", va="top")
    ax.text(7, 0.6, "rotated", rotation=30)
    return fig


FIGURES = {"plot-scatter": scatter, "plot-markers": markers, "plot-lines": lines, "plot-legend": legend,
           "plot-log": log, "plot-grid": grid, "plot-annotations": annotations}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in FIGURES.items():
        fig = make()
        path = OUT / f"{name}-matplotlib.png"
        fig.canvas.draw()
        tight = fig.get_tightbbox().transformed(fig.dpi_scale_trans)
        page = fig.bbox
        clipped = tight.x0 < -0.5 or tight.y0 < -0.5 or tight.x1 > page.x1 + 0.5 or tight.y1 > page.y1 + 0.5
        fig.savefig(path)
        plt.close(fig)
        a = plt.imread(path)[..., :3]
        b = plt.imread(GOLDENS / f"{name}.png")[..., :3]
        if a.shape != b.shape:
            print(f"{name}: sizes differ {a.shape} vs {b.shape}")
            continue
        d = np.abs(a - b) * 255
        rms = math.sqrt((d ** 2).mean())
        note = " (matplotlib cuts labels off at the page edge here; our margin moves in, so the layouts differ)" \
            if clipped else ""
        print(f"{name}: RMS {rms:.2f} on 0-255; {(d.max(axis=2) > 64).sum()} pixels differ by more than 64{note}")
        diff = np.repeat(np.clip(1 - np.abs(a - b).max(axis=2, keepdims=True) * 3, 0, 1), 3, axis=2)
        plt.imsave(OUT / f"{name}-sheet.png", np.concatenate([a, b, diff], axis=1))
    print(f"sheets in {OUT}")


if __name__ == "__main__":
    main()
