#!/usr/bin/env python3
"""Writes the numpy / scikit-learn parity fixtures for EstimatorsTests.

Run with the reference stack (numpy 2.4.6, scikit-learn 1.9.1):

    /work/pyref/bin/python Scripts/make-estimator-fixtures.py

Outputs Tests/EstimatorsTests/Fixtures/random_*.json, kmeans_*.json and
silhouette_*.json. Floats are written with repr() (shortest round-trip), so a
Swift JSONDecoder reads back the very same doubles. Every case that draws from
a RandomState also records `after`: the next random_sample() values, so the
tests check that the Swift generator consumed exactly as many words as numpy.
"""
import json
import pathlib
import sys

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import silhouette_samples, silhouette_score

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests" / "EstimatorsTests" / "Fixtures"


def dumps(value, indent=0):
    """JSON with objects one key a line and arrays of scalars kept on one line."""
    pad = " " * indent
    if isinstance(value, dict):
        items = [f'{pad} {json.dumps(k)}: {dumps(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        items = [pad + " " + dumps(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value)


def write(name, payload):
    payload = {"generator": f"Scripts/make-estimator-fixtures.py (numpy {np.__version__}, "
                            f"scikit-learn {sklearn.__version__})", **payload}
    path = OUT / name
    path.write_text(dumps(payload) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


def after(rs, count=3):
    return [float(v) for v in rs.random_sample(count)]


def ints(values):
    return [int(v) for v in np.asarray(values).ravel()]


def floats(values):
    return [float(v) for v in np.asarray(values, dtype=np.float64).ravel()]


# ---------------------------------------------------------------- random_*

def random_streams():
    """Raw words, doubles, normals and uniforms for several seeds."""
    cases = []
    for seed in [0, 1, 42, 2024, 123456789, 2**32 - 1]:
        rs = np.random.RandomState(seed)
        words = ints(rs._bit_generator.random_raw(700))  # crosses one regeneration
        rs = np.random.RandomState(seed)
        samples = floats(rs.random_sample(5))
        normals = floats(rs.normal(size=7))  # odd: leaves a cached deviate
        standard = floats(rs.standard_normal(4))  # starts with the cached one
        scaled = floats(rs.normal(loc=3.5, scale=0.25, size=3))
        uniform = floats(rs.uniform(-2.0, 5.0, size=4))
        lows = [-1.0, 0.0, 10.0, -1e6]
        highs = [1.0, 1e-3, 11.0, 1e6]
        per_element = floats(rs.uniform(lows, highs))
        cases.append({
            "seed": seed, "words": words, "random_sample": samples, "normal": normals,
            "standard_normal_after_odd": standard, "normal_loc_scale": scaled,
            "uniform": uniform, "uniform_lows": lows, "uniform_highs": highs,
            "uniform_per_element": per_element, "after": after(rs),
        })
    write("random_streams.json", {"cases": cases})


def random_integers():
    cases = []
    specs = [
        (0, 0, 10, 20), (1, -5, 5, 15), (42, 0, 1, 4), (7, 0, 2**32, 6), (7, 3, 2**32 + 3, 6),
        (9, 0, 2**32 + 1, 6), (11, 0, 2**40, 6), (13, -(2**63), 2**63 - 1, 6),
        (17, -(2**62), 2**62, 6), (19, 100, 101, 5), (23, 0, 1000003, 10),
    ]
    for seed, low, high, size in specs:
        rs = np.random.RandomState(seed)
        values = ints(rs.randint(low, high, size=size))
        scalar = int(rs.randint(low, high))
        cases.append({"seed": seed, "low": low, "high": high, "values": values, "scalar": scalar,
                      "after": after(rs)})
    write("random_randint.json", {"cases": cases})


def random_integer_dtypes():
    """randint with the dtypes that draw differently: 16-, 8- and 1-bit pieces of 32-bit words."""
    cases = []
    specs = [
        (0, 0, 10, 25, "int16"), (1, -300, 300, 17, "int16"), (2, -(2**15), 2**15, 9, "int16"),
        (3, 0, 2**16, 9, "uint16"), (4, 5, 6, 7, "uint16"), (5, 0, 10, 25, "int8"),
        (6, -128, 128, 13, "int8"), (7, -100, 3, 21, "int8"), (8, 0, 256, 11, "uint8"),
        (9, 17, 200, 19, "uint8"), (10, 0, 2, 70, "bool"), (11, 1, 2, 5, "bool"),
        (12, 0, 1000, 12, "int32"), (13, 0, 2**32, 6, "uint32"), (14, -(2**31), 2**31, 6, "int32"),
        (0, 0, 3, 100, "int8"),
    ]
    for seed, low, high, size, dtype in specs:
        rs = np.random.RandomState(seed)
        values = ints(rs.randint(low, high, size=size, dtype=dtype))
        cases.append({"seed": seed, "low": low, "high": high, "size": size, "dtype": dtype,
                      "values": values, "after": after(rs)})
    write("random_randint_dtypes.json", {"cases": cases})


def random_permutations():
    rs = np.random.RandomState(0)
    arr = np.arange(300)
    rs.shuffle(arr)
    shuffle300 = {"seed": 0, "values": ints(arr), "after": after(rs)}

    rs = np.random.RandomState(5)
    rows = np.arange(24, dtype=np.float64).reshape(8, 3)
    rs.shuffle(rows)
    shuffle_rows = {"seed": 5, "rows": 8, "columns": 3, "values": floats(rows), "after": after(rs)}

    perms = []
    for seed, n in [(0, 10), (3, 1), (3, 0), (8, 1000), (21, 2)]:
        rs = np.random.RandomState(seed)
        perms.append({"seed": seed, "n": n, "values": ints(rs.permutation(n)), "after": after(rs)})

    rs = np.random.RandomState(4)
    array = [2.5, -1.0, 7.0, 0.0, 3.25, 9.5]
    perm_array = {"seed": 4, "input": array, "values": floats(rs.permutation(np.array(array))),
                  "after": after(rs)}
    rs = np.random.RandomState(6)
    matrix = np.arange(15, dtype=np.float64).reshape(5, 3) * 1.5
    perm_matrix = {"seed": 6, "rows": 5, "columns": 3, "input": floats(matrix),
                   "values": floats(rs.permutation(matrix)), "after": after(rs)}
    write("random_permutations.json", {
        "shuffle_arange_300": shuffle300, "shuffle_rows": shuffle_rows, "permutations": perms,
        "permutation_array": perm_array, "permutation_matrix": perm_matrix,
    })


def random_choice():
    cases = []
    p5 = [0.1, 0.0, 0.3, 0.6, 0.0]
    p10 = list(np.linspace(1, 10, 10) / np.linspace(1, 10, 10).sum())
    specs = [
        ("replace_uniform", 0, 10, 8, True, None),
        ("replace_p", 1, 5, 12, True, p5),
        ("replace_p10", 2, 10, 25, True, p10),
        ("no_replace_uniform", 3, 10, 4, False, None),
        ("no_replace_full", 4, 7, 7, False, None),
        ("no_replace_p", 5, 5, 2, False, p5),
        ("no_replace_p_all_nonzero", 6, 10, 7, False, p10),
        ("no_replace_p10_full", 7, 10, 10, False, p10),
    ]
    for name, seed, pop, size, replace, p in specs:
        rs = np.random.RandomState(seed)
        values = ints(rs.choice(pop, size, replace=replace, p=p))
        cases.append({"name": name, "seed": seed, "population": pop, "size": size, "replace": replace,
                      "p": p, "values": values, "after": after(rs)})
    scalars = []
    for name, seed, pop, replace, p in [("scalar_p", 8, 5, True, p5), ("scalar_uniform", 9, 10, True, None),
                                        ("scalar_no_replace", 10, 10, False, None)]:
        rs = np.random.RandomState(seed)
        value = int(rs.choice(pop, replace=replace, p=p))
        scalars.append({"name": name, "seed": seed, "population": pop, "replace": replace, "p": p,
                        "value": value, "after": after(rs)})
    rs = np.random.RandomState(11)
    elements = [1.5, 2.5, -3.0, 4.0]
    from_array = {"seed": 11, "elements": elements, "size": 6,
                  "values": floats(rs.choice(np.array(elements), 6)), "after": after(rs)}
    write("random_choice.json", {"cases": cases, "scalars": scalars, "from_array": from_array})


def random_binomial():
    cases = []
    specs = [
        ("inversion", 0, 20, 0.3, 200),
        ("inversion_p_above_half", 1, 20, 0.8, 200),
        ("inversion_small_p_large_n", 2, 100000, 1e-4, 200),
        ("btpe", 3, 1000, 0.4, 2000),
        ("btpe_p_above_half", 4, 200, 0.7, 2000),
        ("btpe_huge_n", 5, 10**9, 0.25, 2000),
        ("btpe_near_threshold", 6, 61, 0.5, 2000),
        ("zero_trials", 7, 0, 0.3, 5),
        ("zero_p", 8, 12, 0.0, 5),
        ("one_p", 9, 12, 1.0, 5),
    ]
    for name, seed, n, p, size in specs:
        rs = np.random.RandomState(seed)
        values = ints(rs.binomial(n, p, size=size))
        cases.append({"name": name, "seed": seed, "n": n, "p": p, "values": values, "after": after(rs)})
    multinomial = []
    mspecs = [
        ("three_way", 0, 20, [0.2, 0.3, 0.5], 1),
        ("gmm_weights", 42, 40, [0.39019633938276294, 0.20972350171522136, 0.40008015890201576], 1),
        ("zero_first", 1, 10, [0.0, 0.5, 0.5], 1),
        ("dice", 2, 600, [1 / 6.0] * 6, 3),
        ("large_n_btpe", 3, 100000, [0.1, 0.25, 0.4, 0.25], 2),
        ("unnormalised_tail", 4, 50, [0.3, 0.3, 0.9], 2),
        ("single", 5, 9, [1.0], 1),
        ("zero_trials", 6, 0, [0.5, 0.5], 1),
    ]
    for name, seed, n, p, size in mspecs:
        rs = np.random.RandomState(seed)
        draws = [ints(rs.multinomial(n, p)) for _ in range(size)]
        multinomial.append({"name": name, "seed": seed, "n": n, "p": p, "draws": draws, "after": after(rs)})
    write("random_binomial.json", {"binomial": cases, "multinomial": multinomial})


def random_multivariate_normal():
    cases = []
    specs = [
        ("identity_2d", 0, [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], 5, 0),
        ("correlated_2d", 1, [1.0, -2.0], [[6.0, -3.0], [-3.0, 3.5]], 7, 0),
        ("gmm_component_0", 42, [0.0511669266709092, 0.07505700625572384],
         [[0.6877822538805471, 0.795911071794542], [0.795911071794542, 1.212218098014894]], 15, 0),
        ("gmm_component_1", 42, [3.3983922336290684, 1.0593538888232843],
         [[1.1492984555239234, -0.03260640824023637], [-0.03260640824023638, 0.9549023759058309]], 13, 1),
        ("gmm_component_2", 42, [-1.4076338163153246, 1.427050279153154],
         [[0.6347859278759908, 0.7296995970145341], [0.7296995970145341, 1.1610729048532715]], 12, 3),
        ("diagonal_3d", 3, [0.0, 1.0, 2.0], [[4.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.25]], 6, 0),
        ("dense_3d", 4, [1.0, 2.0, 3.0], [[2.0, 0.6, -0.4], [0.6, 1.5, 0.3], [-0.4, 0.3, 1.0]], 9, 1),
        ("dense_4d", 5, [0.0, 0.0, 0.0, 0.0],
         [[3.0, 1.0, 0.5, 0.2], [1.0, 2.0, 0.3, 0.1], [0.5, 0.3, 1.5, -0.2], [0.2, 0.1, -0.2, 1.0]], 5, 0),
        ("singular_2d", 6, [0.5, 0.5], [[1.0, 1.0], [1.0, 1.0]], 6, 0),
        ("negative_off_diagonal_3d", 7, [0.0, 0.0, 0.0],
         [[1.0, -0.5, 0.2], [-0.5, 2.0, -0.7], [0.2, -0.7, 1.2]], 8, 0),
        ("scaled_small", 8, [1e-3, -1e-3], [[1e-6, 2e-7], [2e-7, 3e-6]], 4, 0),
        ("one_dimensional", 9, [2.0], [[0.25]], 5, 0),
    ]
    for name, seed, mean, cov, size, warmup in specs:
        rs = np.random.RandomState(seed)
        rs.standard_normal(warmup)  # an odd warm-up leaves a cached deviate behind
        x = rs.multivariate_normal(mean, cov, size)
        u, s, vt = np.linalg.svd(np.array(cov))
        cases.append({"name": name, "seed": seed, "warmup_normals": warmup, "mean": mean, "cov": floats(cov),
                      "dimension": len(mean), "size": size, "values": floats(x),
                      "svd_s": floats(s), "svd_vt": floats(vt), "after": after(rs)})
    # A sweep of random covariances (full-rank and rank-deficient, d = 2..6) for the sign convention.
    sweep = []
    gen = np.random.RandomState(2024)
    for index in range(48):
        d = 2 + index % 5
        rank = d if index % 3 else max(1, d - 1 - index % 2)
        b = gen.normal(size=(d, rank))
        cov = b @ b.T / rank
        mean = gen.uniform(-3, 3, size=d)
        rs = np.random.RandomState(index)
        x = rs.multivariate_normal(mean, cov, 4)
        u, s, vt = np.linalg.svd(cov)
        sweep.append({"name": f"sweep_{index}_d{d}_rank{rank}", "seed": index, "warmup_normals": 0,
                      "mean": floats(mean), "cov": floats(cov), "dimension": d, "size": 4, "values": floats(x),
                      "svd_s": floats(s), "svd_vt": floats(vt), "after": after(rs)})
    write("random_multivariate_normal.json", {"cases": cases, "sweep": sweep})


def random_blobs():
    """Whole make_blobs outputs for calls beyond the spec table (odd counts, per-centre spreads)."""
    cases = []
    specs = [
        ("lab_blobs", dict(n_samples=300, centers=4, cluster_std=0.60, random_state=0)),
        ("three_features_odd", dict(n_samples=101, n_features=3, centers=3, random_state=7)),
        ("per_center_std", dict(n_samples=50, centers=3, cluster_std=[0.5, 2.0, 1.0], center_box=(-3.0, 8.0),
                                random_state=3)),
        ("given_centers_unshuffled", dict(n_samples=9, centers=[[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]],
                                          cluster_std=0.3, shuffle=False, random_state=5)),
        ("more_centers_than_samples", dict(n_samples=3, centers=5, n_features=2, random_state=9)),
        ("seven_features", dict(n_samples=40, n_features=7, centers=3, random_state=0)),
    ]
    for name, kwargs in specs:
        X, y, centers = make_blobs(return_centers=True, **kwargs)
        cases.append({"name": name, "kwargs": kwargs, "rows": X.shape[0], "columns": X.shape[1],
                      "X": floats(X), "y": ints(y), "centers": floats(centers)})
    write("random_blobs.json", {"cases": cases})


# ---------------------------------------------------------------- kmeans_*

NOTEBOOK = pathlib.Path("/work/shared/lab/000_5ca52e77ae8ef041.txt")


def notebook_in3_labels():
    """The labels the lab notebook prints in its In [3] cell, copied from the notebook text."""
    text = NOTEBOOK.read_text()
    cell = text[text.index("In [3]:"):]
    start = cell.index("```\n[") + 4
    end = cell.index("]", start)
    return [int(v) for v in cell[start + 1:end].split()]


def kmeans_record(km, X):
    return {"labels": ints(km.labels_), "inertia": float(km.inertia_), "n_iter": int(km.n_iter_),
            "centers": floats(km.cluster_centers_)}


def kmeans_lab():
    X, _ = make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)
    elbow = []
    for k in range(1, 9):
        km = KMeans(n_clusters=k, random_state=0, n_init="auto").fit(X)
        elbow.append({"k": k, **kmeans_record(km, X)})
    restarts = []
    for k in range(2, 9):
        km = KMeans(n_clusters=k, n_init=10, random_state=42).fit(X)
        restarts.append({"k": k, **kmeans_record(km, X),
                         "silhouette": float(silhouette_score(X, km.labels_))})
    notebook = notebook_in3_labels()
    km = KMeans(n_clusters=4, random_state=42, n_init="auto").fit(X)
    assert ints(km.predict(X)) == notebook, "scikit-learn no longer reproduces the notebook's labels"
    write("kmeans_lab.json", {
        "data": "make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)",
        "elbow_random_state_0_n_init_auto": elbow,
        "n_init_10_random_state_42": restarts,
        "notebook_in3": {"call": "KMeans(n_clusters=4, random_state=42, n_init='auto').fit(X).predict(X)",
                         "labels": notebook, "inertia": float(km.inertia_), "n_iter": int(km.n_iter_),
                         "centers": floats(km.cluster_centers_)},
    })


def kmeans_cases():
    """Other data, seeds, feature counts and options; predict/transform/score on fresh points."""
    cases = []

    def add(name, X, query, **kwargs):
        km = KMeans(**kwargs).fit(X)
        init = kwargs.get("init", "k-means++")
        case = {"name": name, "rows": X.shape[0], "columns": X.shape[1], "X": floats(X),
                "n_clusters": kwargs["n_clusters"], "random_state": kwargs.get("random_state", 0),
                "init": init if isinstance(init, str) else "array",
                "init_centers": None if isinstance(init, str) else floats(init),
                "n_init": kwargs.get("n_init", "auto"), "max_iter": kwargs.get("max_iter", 300),
                "tol": kwargs.get("tol", 1e-4), **kmeans_record(km, X),
                "query_rows": query.shape[0], "query": floats(query), "predict": ints(km.predict(query)),
                "transform": floats(km.transform(query)), "score": float(km.score(query))}
        cases.append(case)

    qrs = np.random.RandomState(99)
    for features in [3, 4, 5, 6, 7]:
        X, _ = make_blobs(n_samples=240 + 17 * features, n_features=features, centers=features - 1,
                          cluster_std=1.5, random_state=features)
        q = qrs.uniform(-10, 10, size=(9, features))
        add(f"blobs_{features}d_seed_{features}_auto", X, q, n_clusters=features - 1, random_state=11 * features)
        add(f"blobs_{features}d_n_init_10", X, q, n_clusters=features, n_init=10, random_state=features)
    X, _ = make_blobs(n_samples=500, centers=5, cluster_std=2.5, random_state=3)
    q = qrs.uniform(-12, 12, size=(7, 2))
    add("random_init_auto", X, q, n_clusters=5, init="random", random_state=7)
    add("random_init_n_init_1", X, q, n_clusters=6, init="random", n_init=1, random_state=8)
    add("kmeans_pp_n_init_1_seed_123", X, q, n_clusters=7, n_init=1, random_state=123)
    add("kmeans_pp_n_init_3", X, q, n_clusters=4, n_init=3, random_state=5)
    add("max_iter_2_unconverged", X, q, n_clusters=8, max_iter=2, random_state=1)
    add("tol_zero", X, q, n_clusters=5, tol=0.0, random_state=2)
    add("one_cluster", X, q, n_clusters=1, random_state=4)
    far = np.array([[0.0, 0.0], [1.0, 1.0], [200.0, 200.0], [-2.0, 3.0]])
    add("explicit_centers_with_empty_cluster", X, q, n_clusters=4, init=far, n_init=1)
    X2, _ = make_blobs(n_samples=2000, n_features=2, centers=12, cluster_std=0.8, random_state=21)
    add("larger_2000x2_k12", X2, q, n_clusters=12, random_state=21)
    X3, _ = make_blobs(n_samples=1500, n_features=4, centers=6, random_state=31)
    add("larger_1500x4_k6_n_init_10", X3, qrs.uniform(-10, 10, size=(5, 4)), n_clusters=6, n_init=10,
        random_state=31)
    write("kmeans_cases.json", {"cases": cases})

    # Fewer distinct points than clusters: scikit-learn warns (ConvergenceWarning).
    import warnings
    Xd = np.array([[0.0, 0.0]] * 5 + [[1.0, 1.0]] * 5 + [[5.0, -1.0]] * 2)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        km = KMeans(n_clusters=4, random_state=0, n_init="auto").fit(Xd)
    messages = [str(w.message) for w in caught]
    write("kmeans_degenerate.json", {"X": floats(Xd), "rows": Xd.shape[0], "columns": 2, "n_clusters": 4,
                                     **kmeans_record(km, Xd), "warnings": messages})


# ---------------------------------------------------------------- silhouette_*

def silhouette_cases():
    cases = []

    def add(name, X, labels, sample_size=None, random_state=None):
        labels = np.asarray(labels)
        entry = {"name": name, "rows": X.shape[0], "columns": X.shape[1], "X": floats(X), "labels": ints(labels),
                 "sample_size": sample_size, "random_state": random_state,
                 "score": float(silhouette_score(X, labels, sample_size=sample_size, random_state=random_state))}
        if sample_size is None:
            entry["samples"] = floats(silhouette_samples(X, labels))
        cases.append(entry)

    X, y = make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)
    km = KMeans(n_clusters=4, random_state=42, n_init="auto").fit(X)
    add("lab_kmeans_4", X, km.labels_)
    add("lab_true_labels", X, y)
    add("lab_sample_size_50_seed_0", X, km.labels_, sample_size=50, random_state=0)
    add("lab_sample_size_120_seed_7", X, km.labels_, sample_size=120, random_state=7)
    add("lab_sample_size_above_n", X, km.labels_, sample_size=1000, random_state=3)
    X7, y7 = make_blobs(n_samples=200, n_features=7, centers=3, random_state=0)
    add("seven_features_true_labels", X7, y7)
    X5, _ = make_blobs(n_samples=150, n_features=5, centers=4, cluster_std=3.0, random_state=8)
    arbitrary = np.random.RandomState(5).choice([-3, 7, 100, 12], size=150)
    add("arbitrary_label_values", X5, arbitrary)
    singles = np.array([0] * 20 + [1] * 19 + [2])
    Xs, _ = make_blobs(n_samples=40, centers=3, random_state=2)
    add("with_singleton_cluster", Xs, singles)
    Xdup = np.array([[0.0, 0.0]] * 4 + [[3.0, 4.0]] * 3 + [[0.0, 0.0]] * 2)
    add("duplicate_points", Xdup, [0, 0, 0, 0, 1, 1, 1, 2, 2])
    Xbig, ybig = make_blobs(n_samples=1500, n_features=3, centers=5, cluster_std=2.0, random_state=4)
    add("blocked_1500x3", Xbig, ybig)
    write("silhouette_cases.json", {"cases": cases})


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    silhouette_cases()
    kmeans_lab()
    kmeans_cases()
    random_blobs()
    random_streams()
    random_integers()
    random_integer_dtypes()
    random_permutations()
    random_choice()
    random_binomial()
    random_multivariate_normal()


if __name__ == "__main__":
    sys.exit(main())
