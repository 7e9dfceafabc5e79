#!/usr/bin/env python3
"""Writes the numbers the lab's figures must show, as scikit-learn computes them, into Swift
test sources (the LabFiguresTests and FiguresCommandTests targets take no resource files).

Run with the reference stack:  /work/pyref/bin/python Scripts/figures/make-lab-figure-fixtures.py

Outputs:
  Tests/LabFiguresTests/LabReference.swift       Part 1 and 2 curves (inertia, silhouette, BIC, AIC,
                                                  Bayesian weights) and, on the bundled mock star table,
                                                  the silhouette curve of In 33 and the confusion matrices,
                                                  optimal cluster-to-flag maps and classification reports
                                                  of In 40-41
  Tests/FiguresCommandTests/FitReference.swift   `figures fit` cases on the bundled mock: scikit-learn's
                                                  labels_, weights_, means_, covariances_, ... as printed
                                                  by json with repr() floats

Floats are written with repr(), which Swift parses to the same bits. Everything is seeded:
reruns give the same bytes.
"""

import os
import warnings

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy.optimize import linear_sum_assignment
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import classification_report, confusion_matrix, silhouette_score
from sklearn.mixture import BayesianGaussianMixture, GaussianMixture

warnings.filterwarnings("ignore")

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
MOCK = os.path.join(ROOT, "Sources", "LabFigures", "Resources", "gaia_apogee_mock.csv")
VERSIONS = f"numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}, pandas {pd.__version__}"

FEATURES = ["vx", "vy", "vz", "En", "Lz", "feh", "alpha"]
TUNED = ["vx_vz", "vy", "feh", "alpha"]


def swift(value, indent=0):
    """A Swift literal for nested lists of floats, ints and bools."""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict):
        if not value:
            return "[:]"
        return "[" + ", ".join(f"{swift(k)}: {swift(v)}" for k, v in value.items()) + "]"
    items = [swift(v, indent + 4) for v in value]
    line = "[" + ", ".join(items) + "]"
    if len(line) + indent <= 80 and "\n" not in line:
        return line
    pad = " " * (indent + 4)
    if all("\n" not in item and not item.startswith("[") for item in items):
        # Scalars: as many to a line as fit in 110 columns.
        lines, current = [], ""
        for item in items:
            if current and len(pad) + len(current) + len(item) + 2 > 110:
                lines.append(current)
                current = ""
            current += (" " if current else "") + item + ","
        lines.append(current)
        return "[\n" + "\n".join(pad + l for l in lines) + "\n" + " " * indent + "]"
    return "[\n" + ",\n".join(pad + item for item in items) + ",\n" + " " * indent + "]"


def part1():
    X, _ = make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)
    inertias = [KMeans(n_clusters=k, random_state=0, n_init="auto").fit(X).inertia_ for k in range(1, 9)]
    silhouettes = []
    for n in range(2, 9):
        model = KMeans(n_clusters=n, n_init=10, random_state=42).fit(X)
        silhouettes.append(silhouette_score(X, model.labels_))
    return inertias, silhouettes


def part2():
    X1, _ = make_blobs(n_samples=1000, centers=((4, -4), (0, 0)), random_state=42)
    X1 = X1.dot(np.array([[0.374, 0.95], [0.732, 0.598]]))
    X2, _ = make_blobs(n_samples=250, centers=1, random_state=42)
    X = np.r_[X1, X2 + [6, -8]]
    bics, aics = [], []
    for n in range(1, 9):
        gmm = GaussianMixture(n_components=n, random_state=42).fit(X)
        bics.append(gmm.bic(X))
        aics.append(gmm.aic(X))
    bgmm = BayesianGaussianMixture(n_components=10, covariance_type="full", max_iter=1000, tol=1e-3,
                                   random_state=42).fit(X)
    return bics, aics, list(bgmm.weights_)


def aligned(flags, labels):
    """The lab's In 41 done by optimal assignment: scikit-learn's report on the renamed labels."""
    clusters, classes = np.unique(labels), np.unique(flags)
    table = np.array([[np.sum((labels == c) & (flags == k)) for k in classes] for c in clusters])
    rows, cols = linear_sum_assignment(table, maximize=True)
    mapping = {int(clusters[r]): int(classes[c]) for r, c in zip(rows, cols)}
    remapped = np.array([mapping[int(l)] for l in labels])
    report = classification_report(flags, remapped, output_dict=True, zero_division=0)
    return {
        "raw": confusion_matrix(flags, labels).tolist(),
        "mapping": mapping,
        "aligned": confusion_matrix(flags, remapped).tolist(),
        "precision": [report[str(k)]["precision"] for k in classes],
        "recall": [report[str(k)]["recall"] for k in classes],
        "support": [int(report[str(k)]["support"]) for k in classes],
        "accuracy": report["accuracy"],
    }


def part3():
    df = pd.read_csv(MOCK)
    df["vx_vz"] = np.sqrt(df["vx"] ** 2 + df["vz"] ** 2)
    features = df[FEATURES]
    silhouettes = []
    for n in range(2, 7):
        labels = GaussianMixture(n_components=n, random_state=42).fit_predict(features)
        silhouettes.append(silhouette_score(features, labels))
    tuned = df[TUNED]
    flags = df["flag"].to_numpy()
    gmm_labels = GaussianMixture(n_components=3, random_state=42).fit_predict(tuned)
    kmeans_labels = KMeans(n_clusters=3, random_state=42, n_init="auto").fit_predict(tuned)
    return silhouettes, aligned(flags, gmm_labels), aligned(flags, kmeans_labels)


def fit_cases():
    df = pd.read_csv(MOCK)
    cases = []

    def add(name, model, columns, estimator, arguments):
        X = df[columns].to_numpy()
        estimator.fit(X)
        case = {"name": name, "model": model, "columns": ",".join(columns), "arguments": arguments}
        if model == "kmeans":
            case.update(labels=estimator.labels_.tolist(), centers=estimator.cluster_centers_.tolist(),
                        inertia=float(estimator.inertia_), n_iter=int(estimator.n_iter_))
        else:
            case.update(labels=estimator.predict(X).tolist(), weights=estimator.weights_.tolist(),
                        means=estimator.means_.tolist(), covariances=np.ravel(estimator.covariances_).tolist(),
                        covariance_shape=list(np.shape(estimator.covariances_)),
                        converged=bool(estimator.converged_), n_iter=int(estimator.n_iter_),
                        lower_bound=float(np.ravel(estimator.lower_bound_)[0]))
            if model == "gmm":
                case.update(bic=float(estimator.bic(X)), aic=float(estimator.aic(X)))
        cases.append(case)

    add("kmeans on vy, feh, alpha", "kmeans", ["vy", "feh", "alpha"],
        KMeans(n_clusters=3, random_state=42, n_init="auto"), ["--components", "3", "--seed", "42"])
    add("kmeans, 10 runs", "kmeans", ["vx", "vy", "vz"],
        KMeans(n_clusters=4, random_state=7, n_init=10, max_iter=50), ["--components", "4", "--seed", "7",
                                                                        "--n-init", "10", "--max-iter", "50"])
    add("gmm on the seven features (In 30)", "gmm", FEATURES,
        GaussianMixture(n_components=3, random_state=1), ["--components", "3", "--seed", "1"])
    add("gmm, diagonal", "gmm", ["vy", "feh", "alpha"],
        GaussianMixture(n_components=2, covariance_type="diag", random_state=3, tol=1e-4),
        ["--components", "2", "--seed", "3", "--covariance", "diag", "--tol", "1e-4"])
    add("bgmm, tied", "bgmm", ["vy", "feh", "alpha"],
        BayesianGaussianMixture(n_components=4, covariance_type="tied", random_state=5, max_iter=500),
        ["--components", "4", "--seed", "5", "--covariance", "tied", "--max-iter", "500"])
    add("bgmm, spherical", "bgmm", ["vx", "vy"],
        BayesianGaussianMixture(n_components=3, covariance_type="spherical", random_state=0),
        ["--components", "3", "--covariance", "spherical"])
    add("gmm, k-means++ starts", "gmm", ["vy", "feh", "alpha"],
        GaussianMixture(n_components=3, init_params="k-means++", n_init=3, random_state=11),
        ["--components", "3", "--seed", "11", "--init", "k-means++", "--n-init", "3"])
    add("bgmm, starts from random samples", "bgmm", ["vx", "vy", "vz"],
        BayesianGaussianMixture(n_components=4, covariance_type="diag", init_params="random_from_data",
                                random_state=2, max_iter=500),
        ["--components", "4", "--seed", "2", "--covariance", "diag", "--init", "random_from_data",
         "--max-iter", "500"])
    return cases


def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    print("wrote", os.path.relpath(path, ROOT))


def main():
    inertias, silhouettes = part1()
    bics, aics, weights = part2()
    gaia_silhouettes, gmm, kmeans = part3()
    header = ("// Generated by Scripts/figures/make-lab-figure-fixtures.py with " + VERSIONS + ".\n"
              "// Do not edit: rerun the script.\n\n")
    lab = header + f"""/// What scikit-learn computes for the lab's figures: the numbers the figures must show.
enum LabReference {{
    /// 05: `KMeans(k, random_state=0, n_init='auto').inertia_`, k = 1...8.
    static let inertias: [Double] = {swift(inertias, 4)}
    /// 06: `silhouette_score` of `KMeans(k, n_init=10, random_state=42)`, k = 2...8.
    static let silhouettes: [Double] = {swift(silhouettes, 4)}
    /// 10: `GaussianMixture(n, random_state=42)` BIC and AIC, n = 1...8.
    static let bics: [Double] = {swift(bics, 4)}
    static let aics: [Double] = {swift(aics, 4)}
    /// 11, 21: `BayesianGaussianMixture(10, max_iter=1000, tol=1e-3, random_state=42).weights_`.
    static let bayesianWeights: [Double] = {swift(weights, 4)}
    /// 14, on the bundled mock: silhouette of `GaussianMixture(k, random_state=42).fit_predict`, k = 2...6.
    static let gaiaSilhouettes: [Double] = {swift(gaia_silhouettes, 4)}

    /// 17-20, on the bundled mock: flag against a tuned clustering, before and after optimal renaming.
    struct Confusion {{
        let raw: [[Int]]
        /// Cluster id -> flag (scipy's linear_sum_assignment on the contingency table, maximised).
        let mapping: [Int: Int]
        let aligned: [[Int]]
        /// classification_report of flag against the renamed labels, per flag 0, 1, 2.
        let precision: [Double]
        let recall: [Double]
        let support: [Int]
        let accuracy: Double
    }}

    static let gmm = Confusion(raw: {swift(gmm["raw"])}, mapping: {swift(gmm["mapping"])},
                               aligned: {swift(gmm["aligned"])},
                               precision: {swift(gmm["precision"], 31)},
                               recall: {swift(gmm["recall"], 31)},
                               support: {swift(gmm["support"])}, accuracy: {swift(gmm["accuracy"])})
    static let kmeans = Confusion(raw: {swift(kmeans["raw"])}, mapping: {swift(kmeans["mapping"])},
                                  aligned: {swift(kmeans["aligned"])},
                                  precision: {swift(kmeans["precision"], 34)},
                                  recall: {swift(kmeans["recall"], 34)},
                                  support: {swift(kmeans["support"])}, accuracy: {swift(kmeans["accuracy"])})
}}
"""
    write(os.path.join(ROOT, "Tests", "LabFiguresTests", "LabReference.swift"), lab)

    cases = fit_cases()
    body = []
    for c in cases:
        fields = [f"name: {swift(c['name'])}", f"model: {swift(c['model'])}", f"columns: {swift(c['columns'])}",
                  f"arguments: {swift(c['arguments'])}", f"labels: {swift(c['labels'], 12)}"]
        if c["model"] == "kmeans":
            fields += [f"centers: {swift(c['centers'], 12)}", f"inertia: {swift(c['inertia'])}", f"iterations: {c['n_iter']}"]
        else:
            fields += [f"weights: {swift(c['weights'], 12)}", f"means: {swift(c['means'], 12)}",
                       f"covariances: {swift(c['covariances'], 12)}", f"covarianceShape: {swift(c['covariance_shape'])}",
                       f"converged: {swift(c['converged'])}", f"iterations: {c['n_iter']}",
                       f"lowerBound: {swift(c['lower_bound'])}"]
            if c["model"] == "gmm":
                fields += [f"bic: {swift(c['bic'])}", f"aic: {swift(c['aic'])}"]
        body.append("        FitCase(\n            " + ",\n            ".join(fields) + "),")
    fit = header + """/// scikit-learn's fits on the bundled mock star table, for `figures fit`.
enum FitReference {
    static let cases: [FitCase] = [
""" + "\n".join(body) + """
    ]
}
"""
    write(os.path.join(ROOT, "Tests", "FiguresCommandTests", "FitReference.swift"), fit)


if __name__ == "__main__":
    main()
