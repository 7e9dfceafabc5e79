"""Writes the Gaussian-mixture parity fixtures for EstimatorsTests.

Run with the reference stack (scikit-learn 1.9.1, numpy 2.4.6, scipy 1.17.1):

    /work/pyref/bin/python Scripts/make-mixture-fixtures.py

Every file lands in Tests/EstimatorsTests/Fixtures/ and is committed, so the
tests never need Python. Floats are written with Python's repr, which
round-trips every double exactly.

Files:
  gmm_lab.json              the lab's Part 2 data and every GaussianMixture /
                            BayesianGaussianMixture number the lab prints
  gmm_<case>.json           GaussianMixture on other data: all four covariance
                            types, 3 to 7 features, random initialisation, n_init > 1
  bgmm_<case>.json          BayesianGaussianMixture: both weight priors, all four
                            covariance types, explicit priors
  gmm_linear_algebra.json   scipy's cholesky + solve_triangular on random SPD matrices
  bgmm_special_functions.json  scipy.special digamma / gammaln / betaln on a grid
"""

import json
import warnings
import os
import sys

import numpy as np
import scipy
import scipy.linalg
import scipy.special
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.mixture import BayesianGaussianMixture, GaussianMixture

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "EstimatorsTests", "Fixtures")


def versions():
    return {"sklearn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__}


def tolist(a):
    return np.asarray(a).tolist()


def write(name, payload):
    payload = {"_generator": "Scripts/make-mixture-fixtures.py", "_versions": versions(), **payload}
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(payload, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {name} ({os.path.getsize(path)} bytes)")


def lab_data():
    """The lab's Part 2 data, exactly as the notebook builds it."""
    X1, _ = make_blobs(n_samples=1000, centers=((4, -4), (0, 0)), random_state=42)
    X1 = X1.dot(np.array([[0.374, 0.95], [0.732, 0.598]]))
    X2, _ = make_blobs(n_samples=250, centers=1, random_state=42)
    X2 = X2 + [6, -8]
    return np.r_[X1, X2]


def blob_data(spec):
    """make_blobs, then an optional linear map (for anisotropic clusters) and an
    optional per-feature scale and offset (features of very different sizes,
    like the lab's Gaia table: velocities ~100, energy ~-1.7e5, abundances ~0.1)."""
    X, _ = make_blobs(
        n_samples=spec["samples"],
        centers=spec["centers"],
        n_features=spec["features"],
        cluster_std=spec["std"],
        random_state=spec["seed"],
    )
    if "transform" in spec:
        X = X.dot(np.array(spec["transform"]))
    if "scale" in spec:
        X = X * np.array(spec["scale"]) + np.array(spec["offset"])
    return X


def convergence_margin(lower_bounds, tol):
    """How far the stopping rule |lb - prev| < tol is from flipping, relative to tol.

    A fixture whose margin is ~1e-12 would make n_iter depend on rounding; the
    generator refuses such cases so that the tests can demand identical n_iter.
    """
    diffs = np.abs(np.diff(np.ravel(np.array(lower_bounds, dtype=float))))
    if len(diffs) == 0:
        return float("inf")
    return float(np.min(np.abs(diffs - tol)) / tol)


def initial_kmeans_labels(X, k, seed):
    """Labels of the first initialisation (KMeans on RandomState(seed)), for EM-only tests."""
    rs = np.random.RandomState(seed)
    return KMeans(n_clusters=k, n_init=1, random_state=rs).fit(X).labels_


def mixture_result(model, X):
    """What both mixtures share."""
    out = {
        "weights": tolist(model.weights_),
        "means": tolist(model.means_),
        "covariances": tolist(model.covariances_),
        "precisions": tolist(model.precisions_),
        "precisions_cholesky": tolist(model.precisions_cholesky_),
        "converged": bool(model.converged_),
        "n_iter": int(model.n_iter_),
        # BayesianGaussianMixture(covariance_type="tied") stores its bound as a 1-element array.
        "lower_bound": float(np.ravel(model.lower_bound_)[0]),
        "lower_bounds": [float(np.ravel(v)[0]) for v in model.lower_bounds_],
        "labels": tolist(model.predict(X)),
        "score_samples": tolist(model.score_samples(X)),
        "score": float(model.score(X)),
        "predict_proba_head": tolist(model.predict_proba(X[:12])),
    }
    samples, sample_labels = model.sample(17)
    out["sample17"] = {"X": tolist(samples), "labels": tolist(sample_labels)}
    return out


def check_margin(name, model):
    margin = convergence_margin(model.lower_bounds_, model.tol)
    if margin < 1e-6:
        sys.exit(f"{name}: the stopping rule is within {margin:.1e} of flipping; pick another seed")
    return margin


GAIA_LIKE = dict(scale=[1.2e1, 1.2e1, 6.5, 1.3e3, 1.0e2, 6.5e-2, 1.3e-2], offset=[0.0, 0.0, 0.0, -1.7e5, 950.0, -0.6, 0.16])

GMM_CASES = [
    # name, data, estimator parameters
    ("full_d3_k4", dict(samples=480, centers=4, features=3, std=[2.4, 3.6, 1.8, 4.5], seed=7,
                         transform=[[1.0, 0.3, 0.0], [0.2, 0.9, 0.4], [0.0, -0.5, 1.1]]),
     dict(n_components=4, covariance_type="full", random_state=3)),
    ("tied_d5_k3", dict(samples=450, centers=3, features=5, std=3.0, seed=11,
                         transform=[[1.0, 0.4, 0.0, 0.0, 0.1], [0.0, 1.0, 0.3, 0.0, 0.0],
                                    [0.2, 0.0, 1.0, 0.5, 0.0], [0.0, 0.0, 0.0, 1.0, 0.2],
                                    [0.1, 0.0, 0.0, 0.0, 1.0]]),
     dict(n_components=3, covariance_type="tied", random_state=0)),
    ("diag_d4_k5", dict(samples=500, centers=5, features=4, std=[1.5, 3.0, 4.5, 2.1, 3.3], seed=3),
     dict(n_components=5, covariance_type="diag", random_state=12)),
    ("spherical_d6_k3", dict(samples=420, centers=3, features=6, std=[3.0, 6.0, 1.5], seed=21),
     dict(n_components=3, covariance_type="spherical", random_state=5)),
    ("full_d7_k4_ninit3", dict(samples=560, centers=4, features=7, std=4.5, seed=8),
     dict(n_components=4, covariance_type="full", n_init=3, random_state=9)),
    ("full_d3_k3_random", dict(samples=400, centers=3, features=3, std=[3.0, 4.2, 2.4], seed=4),
     dict(n_components=3, covariance_type="full", init_params="random", random_state=17)),
    ("diag_d5_k4_random_ninit2", dict(samples=440, centers=4, features=5, std=3.3, seed=15),
     dict(n_components=4, covariance_type="diag", init_params="random", n_init=2, random_state=2)),
    ("spherical_d3_k4_random", dict(samples=360, centers=4, features=3, std=2.7, seed=31),
     dict(n_components=4, covariance_type="spherical", init_params="random", random_state=6)),
    ("tied_d4_k6_ninit2", dict(samples=520, centers=6, features=4, std=3.2, seed=19),
     dict(n_components=6, covariance_type="tied", n_init=2, random_state=23)),
    ("full_d2_k5_unconverged", dict(samples=400, centers=5, features=2, std=5.4, seed=5),
     dict(n_components=5, covariance_type="full", max_iter=3, tol=1e-8, random_state=1)),
    ("full_d4_k3_reg", dict(samples=300, centers=3, features=4, std=2.4, seed=27),
     dict(n_components=3, covariance_type="full", reg_covar=1e-2, tol=1e-5, random_state=8)),
    ("full_d7_k3_gaia_scaled", dict(samples=526, centers=3, features=7, std=2.5, seed=33, **GAIA_LIKE),
     dict(n_components=3, covariance_type="full", random_state=1)),
    ("diag_d7_k4_gaia_scaled", dict(samples=526, centers=4, features=7, std=3.0, seed=34, **GAIA_LIKE),
     dict(n_components=4, covariance_type="diag", random_state=42)),
    ("full_d9_k3", dict(samples=450, centers=3, features=9, std=3.5, seed=35),
     dict(n_components=3, covariance_type="full", random_state=4)),
    ("tied_d10_k4", dict(samples=480, centers=4, features=10, std=3.0, seed=36),
     dict(n_components=4, covariance_type="tied", random_state=5)),
    ("full_d3_k4_kmeanspp", dict(samples=480, centers=4, features=3, std=[2.4, 3.6, 1.8, 4.5], seed=41),
     dict(n_components=4, covariance_type="full", init_params="k-means++", random_state=3)),
    ("diag_d7_k3_kmeanspp_ninit2_gaia_scaled", dict(samples=526, centers=3, features=7, std=2.5, seed=42, **GAIA_LIKE),
     dict(n_components=3, covariance_type="diag", init_params="k-means++", n_init=2, random_state=1)),
    ("tied_d4_k5_random_from_data", dict(samples=450, centers=5, features=4, std=3.0, seed=43),
     dict(n_components=5, covariance_type="tied", init_params="random_from_data", random_state=7)),
    ("spherical_d5_k3_random_from_data_ninit3", dict(samples=400, centers=3, features=5, std=[2.1, 3.3, 4.5], seed=44),
     dict(n_components=3, covariance_type="spherical", init_params="random_from_data", n_init=3, random_state=11)),
]

BGMM_CASES = [
    ("dp_full_d3_k6", dict(samples=450, centers=3, features=3, std=[2.4, 3.6, 3.0], seed=6),
     dict(n_components=6, covariance_type="full", max_iter=500, random_state=4)),
    ("dd_full_d4_k5", dict(samples=420, centers=3, features=4, std=3.0, seed=10),
     dict(n_components=5, covariance_type="full", weight_concentration_prior_type="dirichlet_distribution",
          max_iter=500, random_state=7)),
    ("dp_tied_d5_k4", dict(samples=400, centers=3, features=5, std=2.7, seed=13),
     dict(n_components=4, covariance_type="tied", max_iter=500, random_state=1)),
    ("dd_diag_d6_k5", dict(samples=480, centers=4, features=6, std=[1.8, 3.0, 4.2, 2.7], seed=2),
     dict(n_components=5, covariance_type="diag", weight_concentration_prior_type="dirichlet_distribution",
          max_iter=500, random_state=11)),
    ("dp_spherical_d3_k5", dict(samples=360, centers=3, features=3, std=[2.1, 3.3, 4.5], seed=9),
     dict(n_components=5, covariance_type="spherical", max_iter=500, random_state=13)),
    ("dp_full_d3_k4_random_ninit2_priors", dict(samples=400, centers=3, features=3, std=3.0, seed=14),
     dict(n_components=4, covariance_type="full", init_params="random", n_init=2, max_iter=500,
          weight_concentration_prior=0.05, mean_precision_prior=0.5, mean_prior=[0.5, -1.0, 2.0],
          degrees_of_freedom_prior=5.0,
          covariance_prior=[[2.0, 0.3, 0.0], [0.3, 1.5, 0.2], [0.0, 0.2, 1.0]], random_state=21)),
    ("dd_diag_d4_k4_priors", dict(samples=380, centers=4, features=4, std=2.4, seed=16),
     dict(n_components=4, covariance_type="diag", weight_concentration_prior_type="dirichlet_distribution",
          weight_concentration_prior=2.0, mean_precision_prior=0.1, degrees_of_freedom_prior=3.5,
          covariance_prior=[1.0, 2.0, 0.5, 1.5], max_iter=500, random_state=3)),
    ("dp_spherical_d5_k4_priors", dict(samples=400, centers=3, features=5, std=3.6, seed=17),
     dict(n_components=4, covariance_type="spherical", covariance_prior=0.8, degrees_of_freedom_prior=6.0,
          max_iter=500, random_state=0)),
    ("dd_tied_d3_k5_random", dict(samples=420, centers=4, features=3, std=3.0, seed=18),
     dict(n_components=5, covariance_type="tied", weight_concentration_prior_type="dirichlet_distribution",
          init_params="random", max_iter=500, random_state=30)),
    ("dp_full_d7_k6_gaia_scaled", dict(samples=526, centers=3, features=7, std=2.5, seed=37, **GAIA_LIKE),
     dict(n_components=6, covariance_type="full", max_iter=500, random_state=1)),
    ("dp_full_d9_k5", dict(samples=420, centers=3, features=9, std=3.0, seed=38),
     dict(n_components=5, covariance_type="full", max_iter=500, random_state=2)),
    ("dp_full_d3_k5_kmeanspp", dict(samples=420, centers=3, features=3, std=[2.4, 3.0, 3.6], seed=45),
     dict(n_components=5, covariance_type="full", init_params="k-means++", max_iter=500, random_state=5)),
    ("dd_diag_d4_k4_random_from_data", dict(samples=400, centers=3, features=4, std=2.7, seed=46),
     dict(n_components=4, covariance_type="diag", weight_concentration_prior_type="dirichlet_distribution",
          init_params="random_from_data", max_iter=500, random_state=8)),
]


def gmm_case(name, data, params):
    X = blob_data(data)
    gm = GaussianMixture(**params).fit(X)
    margin = check_margin(name, gm)
    out = {
        "data": data,
        "params": params,
        "X": tolist(X),
        "convergence_margin": margin,
        "result": {
            **mixture_result(gm, X),
            "bic": float(gm.bic(X)),
            "aic": float(gm.aic(X)),
            "n_parameters": int(gm._n_parameters()),
        },
    }
    if params.get("init_params", "kmeans") == "kmeans":
        out["initial_labels"] = tolist(initial_kmeans_labels(X, params["n_components"], params["random_state"]))
    write(f"gmm_{name}.json", out)


def bgmm_result(bg, X):
    wc = bg.weight_concentration_
    if bg.weight_concentration_prior_type == "dirichlet_process":
        concentration = {"alpha": tolist(wc[0]), "beta": tolist(wc[1])}
    else:
        concentration = {"alpha": tolist(wc)}
    return {
        **mixture_result(bg, X),
        "weight_concentration": concentration,
        "mean_precision": tolist(bg.mean_precision_),
        "degrees_of_freedom": tolist(bg.degrees_of_freedom_),
        "weight_concentration_prior": float(bg.weight_concentration_prior_),
        "mean_precision_prior": float(bg.mean_precision_prior_),
        "mean_prior": tolist(bg.mean_prior_),
        "degrees_of_freedom_prior": float(bg.degrees_of_freedom_prior_),
        "covariance_prior": tolist(bg.covariance_prior_),
    }


def bgmm_case(name, data, params):
    X = blob_data(data)
    bg = BayesianGaussianMixture(**params).fit(X)
    margin = check_margin(name, bg)
    out = {
        "data": data,
        "params": params,
        "X": tolist(X),
        "convergence_margin": margin,
        "result": bgmm_result(bg, X),
    }
    if params.get("init_params", "kmeans") == "kmeans":
        out["initial_labels"] = tolist(initial_kmeans_labels(X, params["n_components"], params["random_state"]))
    write(f"bgmm_{name}.json", out)


def lab():
    X = lab_data()
    gm = GaussianMixture(n_components=3, random_state=42).fit(X)
    check_margin("lab gmm3", gm)
    selection = []
    for n in range(1, 9):
        g = GaussianMixture(n_components=n, random_state=42).fit(X)
        check_margin(f"lab gmm{n}", g)
        selection.append({
            "components": n, "bic": float(g.bic(X)), "aic": float(g.aic(X)),
            "n_parameters": int(g._n_parameters()), "n_iter": int(g.n_iter_),
            "converged": bool(g.converged_), "lower_bound": float(g.lower_bound_),
        })
    samples = {}
    for n in (5, 20, 40, 2000):
        s, lab_ = gm.sample(n)
        samples[str(n)] = {"X": tolist(s), "labels": tolist(lab_)}
    bg = BayesianGaussianMixture(n_components=10, covariance_type="full", max_iter=1000, tol=1e-3,
                                 random_state=42).fit(X)
    check_margin("lab bgmm10", bg)
    grid = np.linspace(-5, 5, 9)
    xx, yy = np.meshgrid(grid, grid)
    G = np.c_[xx.ravel(), yy.ravel()]
    write("gmm_lab.json", {
        "X": tolist(X),
        "initial_labels": tolist(initial_kmeans_labels(X, 3, 42)),
        "gmm3": {
            **mixture_result(gm, X),
            "bic": float(gm.bic(X)), "aic": float(gm.aic(X)),
            "grid": tolist(G), "grid_score_samples": tolist(gm.score_samples(G)),
        },
        "selection": selection,
        "samples": samples,
        "bgmm10": {
            "params": dict(n_components=10, covariance_type="full", max_iter=1000, tol=1e-3, random_state=42),
            "initial_labels": tolist(initial_kmeans_labels(X, 10, 42)),
            **bgmm_result(bg, X),
        },
    })


def linear_algebra():
    rs = np.random.RandomState(2024)
    cases = []
    for d in range(1, 9):
        for t in range(12):
            M = rs.randn(d + 3, d) * np.exp(rs.randn(d))
            A = M.T @ M / (d + 3) + 1e-6 * np.eye(d)
            L = scipy.linalg.cholesky(A, lower=True)
            P = scipy.linalg.solve_triangular(L, np.eye(d), lower=True).T
            cases.append({"a": tolist(A), "cholesky": tolist(L), "precision_cholesky": tolist(P)})
    write("gmm_linear_algebra.json", {"cases": cases})


def special_functions():
    xs = sorted(set(
        [float(v) for v in np.geomspace(1e-6, 1e7, 160)]
        + [float(v) for v in np.linspace(0.05, 12.0, 240)]
        + [1.0, 2.0, 3.0, 10.0, 0.5, 1.5, 1.4616321449683622, 1.4616321449683623, 11.0, 1e15, 1e17]
        + [float(v) for v in -np.linspace(0.05, 9.95, 60) + 1e-3]
    ))
    pairs = []
    rs = np.random.RandomState(5)
    for _ in range(200):
        a = float(np.exp(rs.uniform(-5, 16)))
        b = float(np.exp(rs.uniform(-5, 16)))
        pairs.append([a, b])
    pairs += [[1.0, 1.0], [0.5, 0.5], [1e7, 0.1], [3e6, 2.0], [200.0, 0.01], [0.3, 170.0], [100.0, 80.0]]
    write("bgmm_special_functions.json", {
        "x": xs,
        "digamma": tolist(scipy.special.digamma(xs)),
        "gammaln": tolist(scipy.special.gammaln(xs)),
        "betaln_pairs": pairs,
        "betaln": [float(scipy.special.betaln(a, b)) for a, b in pairs],
    })


def max_iter_zero():
    """max_iter=0: scikit-learn keeps the (last run's) initial parameters, n_iter 0, no bound."""
    cases = []
    specs = [
        ("gmm", dict(samples=300, centers=3, features=3, std=2.0, seed=51),
         dict(n_components=3, covariance_type="full", max_iter=0, n_init=2, random_state=4)),
        ("gmm", dict(samples=240, centers=4, features=2, std=1.5, seed=52),
         dict(n_components=4, covariance_type="diag", init_params="random", max_iter=0, random_state=9)),
        ("bgmm", dict(samples=260, centers=3, features=3, std=2.2, seed=53),
         dict(n_components=5, covariance_type="full", max_iter=0, random_state=6)),
        ("gmm", dict(samples=200, centers=3, features=4, std=1.8, seed=54),
         dict(n_components=3, covariance_type="tied", init_params="random_from_data", max_iter=0, random_state=2)),
        ("bgmm", dict(samples=220, centers=3, features=2, std=1.8, seed=55),
         dict(n_components=4, covariance_type="spherical", init_params="k-means++", max_iter=0, random_state=3)),
    ]
    for model, data, params in specs:
        X = blob_data(data)
        estimator = (GaussianMixture if model == "gmm" else BayesianGaussianMixture)(**params)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            estimator.fit(X)
        cases.append({
            "model": model, "data": data, "params": params, "X": tolist(X),
            "weights": tolist(estimator.weights_), "means": tolist(estimator.means_),
            "covariances": tolist(np.ravel(estimator.covariances_)),
            "precisions_cholesky": tolist(np.ravel(estimator.precisions_cholesky_)),
            "labels": tolist(estimator.predict(X)), "n_iter": int(estimator.n_iter_),
            "converged": bool(estimator.converged_),
            "lower_bound": repr(float(np.ravel(estimator.lower_bound_)[0])),
            "lower_bounds": len(estimator.lower_bounds_),
            "warnings": [str(w.message) for w in caught],
        })
    write("mixture_max_iter_zero.json", {"cases": cases})


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    if not only or "lab" in only:
        lab()
    if not only or "linalg" in only:
        linear_algebra()
    if not only or "special" in only:
        special_functions()
    if not only or "gmm" in only:
        for name, data, params in GMM_CASES:
            gmm_case(name, data, params)
    if not only or "bgmm" in only:
        for name, data, params in BGMM_CASES:
            bgmm_case(name, data, params)
    if not only or "maxiter0" in only:
        max_iter_zero()


if __name__ == "__main__":
    main()
