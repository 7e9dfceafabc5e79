"""Draws the kind-* golden figures with matplotlib and seaborn and measures how close ours are.

Run with the reference stack:
    /work/pyref/bin/python Scripts/compare-kind-goldens.py
Each figure of Tests/CairoBackendTests/KindFigures.swift is rebuilt here from the same
data (Goldens/kind-data.json and kind-gaia.csv, the same scikit-learn fits) with the
lab's own calls, drawn by matplotlib 3.11 / seaborn 0.13; the script prints the RMS
difference (0-255, all pixels and channels, as pytest-mpl measures it) against our
golden and writes matplotlib | ours | difference sheets to artifacts/kind-vs-matplotlib/.

Differences to expect: glyph rasterisation (FreeType through cairo versus Agg); seams
and jagged edges in matplotlib's contourf (antialiasing off, or seams with it on), which
ours do not have; several parallel lines where matplotlib contours integer labels at
fractional levels, where ours draw one boundary; tick choices where text widths differ.
Nothing here is a test; it is a ruler.
"""
import json
import math
import pathlib

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.colors import LogNorm  # noqa: E402
from matplotlib.patches import Ellipse  # noqa: E402
from PIL import Image  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDENS = ROOT / "Tests/CairoBackendTests/Goldens"
OUT = ROOT / "artifacts/kind-vs-matplotlib"
DATA = json.loads((GOLDENS / "kind-data.json").read_text())
LEVELS = np.logspace(0, 2, 12)


def pairs(flat):
    return np.array(flat).reshape(-1, 2)


def gmm_grid(resolution):
    """KindData.gmmGrid: -score_samples and predict of the fitted mixture on the lab's grid."""
    X = pairs(DATA["gmmData"])
    means = pairs(DATA["gmmMeans"])
    covs = np.array(DATA["gmmCovariances"]).reshape(-1, 2, 2)
    weights = np.array(DATA["gmmWeights"])
    mins, maxs = X.min(axis=0) - 0.1, X.max(axis=0) + 0.1
    xx, yy = np.meshgrid(np.linspace(mins[0], maxs[0], resolution), np.linspace(mins[1], maxs[1], resolution))
    pts = np.c_[xx.ravel(), yy.ravel()]
    logs = []
    for m, c, w in zip(means, covs, weights):
        d = pts - m
        inv = np.linalg.inv(c)
        maha = np.einsum("ij,jk,ik->i", d, inv, d)
        logs.append(np.log(w) - 0.5 * (2 * np.log(2 * np.pi) + np.log(np.linalg.det(c)) + maha))
    logs = np.array(logs)
    top = logs.max(axis=0)
    score = top + np.log(np.exp(logs - top).sum(axis=0))
    return xx, yy, (-score).reshape(xx.shape), logs.argmax(axis=0).reshape(xx.shape)


def density_contours():
    xx, yy, z, labels = gmm_grid(300)
    X = pairs(DATA["gmmData"])
    fig = plt.figure(figsize=(10, 5))
    plt.contourf(xx, yy, z, norm=LogNorm(vmin=1.0, vmax=30.0), levels=LEVELS)
    plt.contour(xx, yy, z, norm=LogNorm(vmin=1.0, vmax=30.0), levels=LEVELS, linewidths=1, colors="k")
    plt.contour(xx, yy, labels, linewidths=2, colors="r", linestyles="dashed")
    plt.plot(X[:, 0], X[:, 1], "k.", markersize=2)
    plt.xlabel("$x_1$", fontsize=14)
    plt.ylabel("$x_2$", fontsize=14, rotation=0)
    return fig


def decision_regions():
    X = pairs(DATA["blobs"])
    centres = pairs(DATA["kmeans4"])
    mins, maxs = X.min(axis=0) - 0.1, X.max(axis=0) + 0.1
    xx, yy = np.meshgrid(np.linspace(mins[0], maxs[0], 400), np.linspace(mins[1], maxs[1], 400))
    pts = np.c_[xx.ravel(), yy.ravel()]
    z = ((pts[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2).argmin(axis=1).reshape(xx.shape)
    fig = plt.figure(figsize=(8, 4))
    plt.contourf(z, extent=(mins[0], maxs[0], mins[1], maxs[1]), cmap="Pastel2")
    plt.contour(z, extent=(mins[0], maxs[0], mins[1], maxs[1]), linewidths=1, colors="k")
    plt.plot(X[:, 0], X[:, 1], "k.", markersize=2)
    plt.xlabel("$x_1$", fontsize=14)
    plt.ylabel("$x_2$", fontsize=14, rotation=0)
    return fig


def heatmap_rocket():
    fig = plt.figure(figsize=(10, 7))
    sns.heatmap(np.array([[0, 222, 0], [101, 2, 118], [27, 0, 56]]), annot=True, fmt="d")
    return fig


def heatmap_blues():
    fig = plt.figure(figsize=(8, 6))
    names = ["disk", "halo", "dwarf"]
    ax = sns.heatmap(pd.DataFrame([[222, 0, 0], [2, 101, 118], [0, 27, 56]], index=names, columns=names),
                     annot=True, fmt="d", cmap="Blues", square=True)
    ax.set_xlabel("Predicted label")
    ax.set_ylabel("True label")
    return fig


def stars():
    s = pd.read_csv(GOLDENS / "kind-gaia.csv")
    s["vx_vz"] = np.sqrt(s["vx"] ** 2 + s["vz"] ** 2)
    return s


def pairplot():
    return sns.pairplot(stars(), vars=["vx_vz", "vy", "feh", "alpha"]).figure


def pairplot_hue():
    s = stars()
    s["cluster_labels"] = DATA["gaiaLabels4"]
    return sns.pairplot(s, vars=["vx_vz", "vy", "feh", "alpha"], hue="cluster_labels", palette="viridis").figure


def bars_log():
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.bar(range(1, 11), DATA["bgmmWeights"])
    ax.set_yscale("log")
    ax.axhline(0.01, color="#d62728", linestyle="--", label="0.01 cut")
    ax.set_xlabel("component")
    ax.set_ylabel("weight")
    ax.set_xticks(range(1, 11))
    ax.legend()
    return fig


def silhouette():
    values = np.array(DATA["silhouette4"])
    labels = np.array(DATA["kmeans4Labels"])
    fig, ax = plt.subplots(figsize=(8, 6))
    y_lower = 10
    for i in range(4):
        v = np.sort(values[labels == i])
        y_upper = y_lower + len(v)
        color = f"C{i}"
        ax.fill_betweenx(np.arange(y_lower, y_upper), 0, v, facecolor=color, edgecolor=color, alpha=0.7)
        ax.text(-0.05, y_lower + 0.5 * len(v), str(i))
        y_lower = y_upper + 10
    ax.axvline(x=values.mean(), color="red", linestyle="--")
    ax.set_yticks([])
    ax.set_xticks([-0.1, 0, 0.2, 0.4, 0.6, 0.8, 1])
    ax.set_xlim([-0.1, 1])
    ax.set_ylim([0, y_lower])
    ax.set_xlabel("The silhouette coefficient values")
    ax.set_ylabel("Cluster label")
    ax.set_title("Silhouette plot for k = 4")
    return fig


def ellipses():
    X = pairs(DATA["gmmData"])
    means = pairs(DATA["gmmMeans"])
    covs = np.array(DATA["gmmCovariances"]).reshape(-1, 2, 2)
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.plot(X[:, 0], X[:, 1], "k.", markersize=2)
    for k, (m, c) in enumerate(zip(means, covs)):
        w, v = np.linalg.eigh(c)
        angle = math.degrees(math.atan2(v[1, 1], v[0, 1]))
        for j, n in enumerate((1, 2, 3)):
            ax.add_patch(Ellipse(m, 2 * n * math.sqrt(w[1]), 2 * n * math.sqrt(w[0]), angle=angle,
                                 facecolor=matplotlib.colors.to_rgba(f"C{k}", 0.2 / (j + 1)), edgecolor=f"C{k}",
                                 linewidth=1.5))
    return fig


def contour_colorbar():
    xx, yy, z, _ = gmm_grid(200)
    fig, ax = plt.subplots()
    cs = ax.contourf(xx, yy, z, norm=LogNorm(vmin=1.0, vmax=30.0), levels=LEVELS)
    lines = ax.contour(xx, yy, z, norm=LogNorm(vmin=1.0, vmax=30.0), levels=LEVELS, linewidths=1, colors="k")
    ax.clabel(lines, fmt="%.1f", fontsize=8)
    fig.colorbar(cs, ax=ax, label="$-\\log p(x)$")
    return fig


FIGURES = {
    "kind-density-contours": density_contours, "kind-decision-regions": decision_regions,
    "kind-heatmap-rocket": heatmap_rocket, "kind-heatmap-blues": heatmap_blues,
    "kind-pairplot": pairplot, "kind-pairplot-hue": pairplot_hue, "kind-bars-log": bars_log,
    "kind-silhouette": silhouette, "kind-ellipses": ellipses, "kind-contour-colorbar": contour_colorbar,
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in FIGURES.items():
        fig = build()
        path = OUT / f"{name}-matplotlib.png"
        fig.savefig(path, dpi=100)
        plt.close(fig)
        theirs = Image.open(path).convert("RGB")
        ours = Image.open(GOLDENS / f"{name}.png").convert("RGB")
        if theirs.size != ours.size:
            print(f"{name}: sizes differ, matplotlib {theirs.size} vs ours {ours.size}; comparing the common part")
        w, h = min(theirs.size[0], ours.size[0]), min(theirs.size[1], ours.size[1])
        a = np.asarray(theirs.crop((0, 0, w, h)), dtype=float)
        b = np.asarray(ours.crop((0, 0, w, h)), dtype=float)
        rms = math.sqrt(((a - b) ** 2).mean())
        diff = Image.fromarray(np.clip(np.abs(a - b) * 10, 0, 255).astype(np.uint8))
        sheet = Image.new("RGB", (3 * w, h), "white")
        for i, im in enumerate((theirs.crop((0, 0, w, h)), ours.crop((0, 0, w, h)), diff)):
            sheet.paste(im, (i * w, 0))
        sheet.save(OUT / f"{name}-sheet.png")
        print(f"{name}: RMS {rms:.2f} (0-255) against matplotlib/seaborn")


if __name__ == "__main__":
    main()
