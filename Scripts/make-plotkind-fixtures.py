#!/usr/bin/env python3
"""Writes the reference numbers the plot-kind tests compare against.

Run with the reference stack (numpy, scipy, matplotlib, seaborn, contourpy):

    /work/pyref/bin/python Scripts/make-plotkind-fixtures.py

Output: Tests/PlottingTests/Fixtures/plotkinds.json. Nothing in the product reads it;
only PlottingTests does, through Bundle.module.
"""
import json
import math
import pathlib

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.colors import LogNorm  # noqa: E402
import contourpy  # noqa: E402
from scipy.stats import gaussian_kde  # noqa: E402
import seaborn as sns  # noqa: E402
from seaborn._statistics import KDE  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/PlottingTests/Fixtures/plotkinds.json"
GOLDEN_DATA = ROOT / "Tests/CairoBackendTests/Goldens/kind-data.json"


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def contour_levels():
    """Automatic levels of contour(levels=N) and contourf(levels=N), linear and log."""
    cases = []
    for zmin, zmax, n in [(0, 1, 7), (0, 3, 7), (-2.3, 7.9, 7), (0.013, 0.0171, 5), (1e5, 1e5 + 3, 7),
                          (-180000, -120000, 7), (1.96, 33.0, 7), (-1, 1, 10), (3, 4, 1), (0, 100, 3)]:
        z = np.linspace(zmin, zmax, 16).reshape(4, 4)
        fig, ax = plt.subplots()
        lines = ax.contour(z, levels=n)
        filled = ax.contourf(z, levels=n)
        plt.close(fig)
        cases.append(dict(zmin=zmin, zmax=zmax, n=n, log=False,
                          lines=floats(lines.levels), filled=floats(filled.levels)))
    for zmin, zmax, n in [(1.96, 33.0, 7), (0.5, 2000, 7), (1e-3, 1e4, 4), (2, 9, 7), (0.01, 1e6, 3)]:
        z = np.geomspace(zmin, zmax, 16).reshape(4, 4)
        fig, ax = plt.subplots()
        filled = ax.contourf(z, levels=n, norm=LogNorm())
        plt.close(fig)
        cases.append(dict(zmin=float(z.min()), zmax=float(z.max()), n=n, log=True,
                          lines=floats(filled.levels), filled=floats(filled.levels)))
    return cases


def contourpy_reference():
    """Lines and filled-band areas from contourpy on a smooth two-bump field."""
    nx, ny = 37, 23
    x = np.linspace(-2.0, 3.0, nx)
    y = np.linspace(-1.5, 2.0, ny)
    xx, yy = np.meshgrid(x, y)
    z = np.exp(-((xx - 0.3) ** 2 + (yy - 0.2) ** 2)) + 0.7 * np.exp(-((xx - 1.6) ** 2 + 2 * (yy + 0.4) ** 2)) \
        + 0.05 * xx
    levels = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8]
    gen = contourpy.contour_generator(x, y, z, line_type=contourpy.LineType.Separate,
                                      fill_type=contourpy.FillType.OuterOffset)
    lines = []
    for lev in levels:
        ls = gen.lines(lev)
        lines.append(dict(level=lev, count=len(ls),
                          points=[[float(p[0]), float(p[1])] for line in ls for p in line]))

    def area(points, offsets):
        total = 0.0
        for a, b in zip(offsets[:-1], offsets[1:]):
            ring = points[a:b]
            xs, ys = ring[:, 0], ring[:, 1]
            total += 0.5 * float(np.sum(xs[:-1] * ys[1:] - xs[1:] * ys[:-1]) + (xs[-1] * ys[0] - xs[0] * ys[-1]))
        return total

    bands = []
    for lo, hi in zip(levels[:-1], levels[1:]):
        polys, offs = gen.filled(lo, hi)
        bands.append(dict(lower=lo, upper=hi, area=sum(area(p, o) for p, o in zip(polys, offs))))
    return dict(x=floats(x), y=floats(y), z=floats(z), levels=levels, lines=lines, bands=bands)


def histograms():
    rng = np.random.default_rng(20261125)
    inputs = {
        "normal-10": rng.normal(0, 1, 10),
        "normal-100": rng.normal(5, 2, 100),
        "normal-1000": rng.normal(-3, 0.5, 1000),
        "uniform-526": rng.uniform(-352, 360, 526),
        "lognormal-526": rng.lognormal(0, 1, 526),
        "outliers": np.r_[rng.normal(0, 1, 200), [40.0, 55.0]],
        "bimodal": np.r_[rng.normal(-1.2, 0.3, 300), rng.normal(0.1, 0.2, 220)],
        "integers-as-floats": rng.integers(0, 12, 300).astype(float),
        "two-values": np.array([1.0, 2.0]),
        "one-value": np.array([3.5]),
        "constant": np.full(20, 7.25),
        "tiny-iqr": np.r_[np.zeros(50), [1.0, 2.0, 3.0]],
        "large-offset": -168000 + rng.normal(0, 13000, 526),
    }
    out = []
    for name, data in inputs.items():
        edges = np.histogram_bin_edges(data, "auto")
        counts, _ = np.histogram(data, edges)
        out.append(dict(name=name, data=floats(data), edges=floats(edges), counts=[int(c) for c in counts],
                        sturges=floats(np.histogram_bin_edges(data, "sturges")),
                        fd=floats(np.histogram_bin_edges(data, "fd")),
                        sqrt=floats(np.histogram_bin_edges(data, "sqrt"))))
    return out


def kdes():
    rng = np.random.default_rng(7)
    inputs = {
        "normal-50": (rng.normal(0, 1, 50), 1.0),
        "bimodal-400": (np.r_[rng.normal(-2, 0.5, 250), rng.normal(1.5, 1.0, 150)], 1.0),
        "skewed-526-adjust-0.5": (rng.gamma(2.0, 30.0, 526), 0.5),
        "three-values-adjust-2": (np.array([0.0, 1.0, 5.0]), 2.0),
    }
    out = []
    for name, (data, adjust) in inputs.items():
        estimator = KDE(bw_adjust=adjust, cut=3, gridsize=200)
        density, support = estimator(data)
        kde = gaussian_kde(data)
        kde.set_bandwidth(kde.factor * adjust)
        out.append(dict(name=name, data=floats(data), adjust=adjust, support=floats(support),
                        density=floats(density), atSamples=floats(kde(data)),
                        factor=float(kde.factor), kernelSD=float(np.sqrt(kde.covariance.squeeze()))))
    return out


def golden_data():
    """The lab's Part 1 and Part 2 data and fitted models, for the pixel tests of the plot kinds."""
    from sklearn.cluster import KMeans
    from sklearn.datasets import make_blobs
    from sklearn.metrics import silhouette_samples
    from sklearn.mixture import BayesianGaussianMixture, GaussianMixture

    blobs, _ = make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)
    km4 = KMeans(n_clusters=4, random_state=42, n_init="auto").fit(blobs)
    km3 = KMeans(n_clusters=3, random_state=42, n_init="auto").fit(blobs)
    X1, _ = make_blobs(n_samples=1000, centers=((4, -4), (0, 0)), random_state=42)
    X1 = X1.dot(np.array([[0.374, 0.95], [0.732, 0.598]]))
    X2, _ = make_blobs(n_samples=250, centers=1, random_state=42)
    X = np.r_[X1, X2 + [6, -8]]
    gmm = GaussianMixture(n_components=3, random_state=42).fit(X)
    probe = np.array([[0.0, 0.0], [-2.0, 3.0], [4.0, 1.0], [6.5, -3.0]])
    # The star table (a copy of the project's mock catalogue) and the lab's mixture labels on it.
    import pandas as pd
    stars = pd.read_csv(GOLDEN_DATA.parent / "kind-gaia.csv")
    seven = stars[["vx", "vy", "vz", "En", "Lz", "feh", "alpha"]]
    gaia7 = GaussianMixture(n_components=3, random_state=1).fit_predict(seven)
    stars["vx_vz"] = np.sqrt(stars["vx"] ** 2 + stars["vz"] ** 2)
    tuned = stars[["vx_vz", "vy", "feh", "alpha"]]
    gaia4 = GaussianMixture(n_components=3, random_state=42).fit_predict(tuned)
    return dict(
        blobs=floats(blobs), kmeans4=floats(km4.cluster_centers_), kmeans3=floats(km3.cluster_centers_),
        gmmData=floats(X), gmmMeans=floats(gmm.means_), gmmCovariances=floats(gmm.covariances_),
        gmmWeights=floats(gmm.weights_), probe=floats(probe), probeScore=floats(gmm.score_samples(probe)),
        probeLabels=[int(v) for v in gmm.predict(probe)],
        gaiaLabels7=[int(v) for v in gaia7], gaiaLabels4=[int(v) for v in gaia4],
        gmmLabels=[int(v) for v in gmm.predict(X)],
        kmeans4Labels=[int(v) for v in km4.labels_], silhouette4=floats(silhouette_samples(blobs, km4.labels_)),
        bgmmWeights=floats(BayesianGaussianMixture(n_components=10, max_iter=1000, tol=1e-3,
                                                   random_state=42).fit(X).weights_))


def rgba(c):
    return [float(v) for v in matplotlib.colors.to_rgba(c)]


def marks():
    """Colours, layouts and shapes matplotlib and seaborn give the plot kinds."""
    out = {}
    # Heatmaps: cell colours and annotation colours of the lab's two confusion matrices.
    heat = []
    for matrix, cmap in [([[0, 222, 0], [101, 2, 118], [27, 0, 56]], None),
                         ([[222, 0, 0], [2, 101, 118], [0, 27, 56]], "Blues")]:
        fig = plt.figure(figsize=(10, 7))
        ax = sns.heatmap(np.array(matrix), annot=True, fmt="d", cmap=cmap)
        fig.canvas.draw()
        mesh = ax.collections[0]
        cbar = fig.axes[1]
        heat.append(dict(matrix=[float(v) for row in matrix for v in row], cmap=cmap or "rocket",
                         cells=[[float(v) for v in c] for c in mesh.get_facecolors()],
                         text=[rgba(t.get_color()) for t in ax.texts], labels=[t.get_text() for t in ax.texts],
                         axes=[float(v) for v in ax.get_position().bounds],
                         colorbar=[float(v) for v in cbar.get_position().bounds]))
        plt.close(fig)
    out["heatmaps"] = heat
    # The lab's density contour colours: LogNorm(1, 30), levels logspace(0, 2, 12), viridis.
    z = np.geomspace(0.5, 150, 64).reshape(8, 8)
    fig, ax = plt.subplots()
    cs = ax.contourf(z, norm=LogNorm(vmin=1.0, vmax=30.0), levels=np.logspace(0, 2, 12))
    cb = fig.colorbar(cs, ax=ax)
    fig.canvas.draw()
    out["logContour"] = dict(levels=floats(cs.levels), colors=[[float(v) for v in c] for c in cs.get_facecolor()],
                             axes=[float(v) for v in ax.get_position().bounds],
                             colorbar=[float(v) for v in cb.ax.get_position().bounds],
                             ticks=floats(cb.get_ticks()))
    plt.close(fig)
    # Decision regions: the colour each class gets from contourf(Z, cmap='Pastel2').
    regions = {}
    for k in (2, 3, 4, 5):
        zz = np.repeat(np.arange(k), 3)[None, :].repeat(4, axis=0)
        fig, ax = plt.subplots()
        cs = ax.contourf(zz, cmap="Pastel2")
        lev = cs.levels
        cols = cs.get_facecolor()
        colours = []
        for c in range(k):
            band = 0 if c <= lev[0] else int(np.nonzero(lev >= c)[0][0]) - 1
            colours.append([float(v) for v in cols[band]])
        regions[str(k)] = colours
        plt.close(fig)
    out["regionColors"] = regions
    # Numeric hue colours of seaborn's scatterplot for levels 0, 1, 2.
    hues = {}
    for palette in (None, "viridis"):
        fig, ax = plt.subplots()
        sns.scatterplot(x=[0, 1, 2], y=[0, 1, 2], hue=[0, 1, 2], palette=palette, ax=ax)
        hues[palette or "default"] = [[float(v) for v in c] for c in ax.collections[0].get_facecolors()]
        plt.close(fig)
    out["hueColors"] = hues
    # Pair plot panel positions and page size (tight layout), without and with a hue legend.
    stars = __import__("pandas").read_csv(GOLDEN_DATA.parent / "kind-gaia.csv")
    stars["vx_vz"] = np.sqrt(stars["vx"] ** 2 + stars["vz"] ** 2)
    tuned = ["vx_vz", "vy", "feh", "alpha"]
    layouts = {}
    for name, kws in [("plain", {}), ("hue", dict(hue="flag"))]:
        g = sns.pairplot(stars, vars=tuned, **kws)
        g.figure.canvas.draw()
        layouts[name] = dict(size=[float(v) for v in g.figure.get_size_inches()],
                             axes=[[float(v) for v in ax.get_position().bounds] for ax in g.axes.flat])
        plt.close(g.figure)
    out["pairLayouts"] = layouts
    out["stars"] = {name: floats(stars[name]) for name in tuned + ["flag"]}
    out["correlations"] = [[float(v) for v in row] for row in np.corrcoef(stars[tuned].to_numpy().T)]
    # Covariance eigen-decompositions (numpy's eigh) for the ellipses.
    out["ellipses"] = []
    for cov in ([[4.0, 0.0], [0.0, 1.0]], [[2.0, 1.2], [1.2, 1.0]], [[0.5, -0.4], [-0.4, 0.9]], [[3.0, 0.0], [0.0, 3.0]]):
        w, v = np.linalg.eigh(np.array(cov))
        out["ellipses"].append(dict(cov=[float(x) for row in cov for x in row], eigenvalues=floats(w),
                                    major=[float(v[0, 1]), float(v[1, 1])]))
    # FixedLocator(levels, nbins=10) as colour bars thin contour levels.
    out["levelTicks"] = [dict(levels=floats(lv), ticks=floats(matplotlib.ticker.FixedLocator(lv, nbins=10).tick_values(0, 1)))
                         for lv in (np.logspace(0, 2, 12), np.linspace(-1, 1, 21), np.arange(7.0), np.linspace(-3, 9, 25))]
    return out


def main():
    data = dict(levels=contour_levels(), contourpy=contourpy_reference(), histograms=histograms(), kde=kdes(),
                marks=marks(),
                versions=dict(numpy=np.__version__, matplotlib=matplotlib.__version__,
                              contourpy=contourpy.__version__, seaborn=sns.__version__))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    GOLDEN_DATA.write_text(json.dumps(golden_data()) + "\n")
    print(f"wrote {GOLDEN_DATA} ({GOLDEN_DATA.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
