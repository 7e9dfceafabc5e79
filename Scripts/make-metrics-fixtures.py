#!/usr/bin/env python3
"""Writes the metrics_* and table_* test fixtures for EstimatorsTests.

Run with the reference stack:  /work/pyref/bin/python Scripts/make-metrics-fixtures.py

Outputs (Tests/EstimatorsTests/Fixtures/):
  metrics_confusion.json   sklearn.metrics.confusion_matrix for several label sets
  metrics_report.json      classification_report: output_dict, exact text, warnings
  metrics_ari.json         adjusted_rand_score for many random labelings and the special cases
  metrics_lsap.json        scipy.optimize.linear_sum_assignment on random square and
                           rectangular matrices, with ties, infinities and maximize
  metrics_alignment.json   cluster -> class alignment by linear_sum_assignment(maximize=True)
                           on the cluster x class contingency table
  table_*.csv + table_*.json   pandas.read_csv of each file: inferred dtypes, values,
                           describe() numbers and to_string() text (unwrapped and 80 wide)

Floats are written as repr() strings and 64-bit integers as decimal strings so that
the Swift tests read them back bit for bit. Everything is seeded: reruns give the
same bytes.
"""

import json
import os
import warnings

warnings.simplefilter("ignore", RuntimeWarning)  # describe() of inf columns overflows, as intended

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import adjusted_rand_score, classification_report, confusion_matrix

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "EstimatorsTests", "Fixtures")
VERSIONS = {
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "sklearn": sklearn.__version__,
    "pandas": pd.__version__,
}


def write_json(name, payload):
    payload = {"_about": f"written by Scripts/make-metrics-fixtures.py with {VERSIONS}", **payload}
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(payload, f, indent=1, sort_keys=False)
        f.write("\n")


def r(x):
    """A float as its shortest round-trip text ('nan' for NaN)."""
    return repr(float(x))


def labels_json(values):
    return [v if isinstance(v, str) else int(v) for v in values]


# --------------------------------------------------------------------------------------
# Confusion matrices and classification reports

def label_cases():
    rng = np.random.default_rng(20240517)
    cases = []
    # The lab's shape: 526 stars, flags 0/1/2 (222/221/83), three clusters.
    flags = np.array([0] * 222 + [1] * 221 + [2] * 83)
    rng.shuffle(flags)
    noisy = flags.copy()
    flip = rng.random(526) < 0.3
    noisy[flip] = rng.integers(0, 3, flip.sum())
    cases.append(dict(name="lab-shaped 3 classes", y_true=flags, y_pred=noisy))
    cases.append(dict(name="binary", y_true=rng.integers(0, 2, 40), y_pred=rng.integers(0, 2, 40)))
    cases.append(dict(name="five classes", y_true=rng.integers(0, 5, 300), y_pred=rng.integers(0, 5, 300)))
    # A class predicted but never true: its recall is ill-defined.
    cases.append(dict(name="predicted class missing from truth",
                      y_true=np.array([0, 0, 1, 1, 1, 0, 1, 0]),
                      y_pred=np.array([0, 2, 1, 1, 2, 0, 1, 1])))
    # A class true but never predicted: its precision is ill-defined.
    cases.append(dict(name="class never predicted",
                      y_true=np.array([0, 1, 2, 2, 1, 0, 2, 2, 1]),
                      y_pred=np.array([0, 1, 1, 1, 1, 0, 0, 1, 1])))
    cases.append(dict(name="never predicted, zero_division=1",
                      y_true=np.array([0, 1, 2, 2, 1, 0, 2, 2, 1]),
                      y_pred=np.array([0, 1, 1, 1, 1, 0, 0, 1, 1]), zero_division=1))
    cases.append(dict(name="never predicted, zero_division=0",
                      y_true=np.array([0, 1, 2, 2, 1, 0, 2, 2, 1]),
                      y_pred=np.array([0, 1, 1, 1, 1, 0, 0, 1, 1]), zero_division=0))
    cases.append(dict(name="missing classes, zero_division=nan",
                      y_true=np.array([0, 0, 1, 1, 1, 0, 1, 0, 3]),
                      y_pred=np.array([0, 2, 1, 1, 2, 0, 1, 1, 1]), zero_division="nan"))
    # Labels given: a subset (micro avg row), and a superset with an absent label.
    cases.append(dict(name="labels subset", y_true=np.array([1, 2, 3, 1, 2, 3, 1, 4]),
                      y_pred=np.array([1, 3, 3, 1, 2, 2, 4, 4]), labels=[1, 2, 3]))
    cases.append(dict(name="labels with absent label", y_true=np.array([1, 1, 2, 2]),
                      y_pred=np.array([1, 2, 2, 2]), labels=[1, 2, 3]))
    cases.append(dict(name="labels absent from the truth", y_true=np.array([0, 1, 1]), y_pred=np.array([0, 1, 0]),
                      labels=[5], confusion=False))
    cases.append(dict(name="sklearn docstring, target names",
                      y_true=np.array([0, 1, 2, 2, 2]), y_pred=np.array([0, 0, 2, 2, 1]),
                      target_names=["class 0", "class 1", "class 2"]))
    cases.append(dict(name="sklearn docstring, labels 1..3", y_true=np.array([1, 1, 1]),
                      y_pred=np.array([1, 1, 0]), labels=[1, 2, 3]))
    cases.append(dict(name="digits 3", y_true=rng.integers(0, 4, 200), y_pred=rng.integers(0, 4, 200),
                      digits=3))
    cases.append(dict(name="digits 0", y_true=rng.integers(0, 3, 50), y_pred=rng.integers(0, 3, 50),
                      digits=0))
    cases.append(dict(name="digits 5, long target names", y_true=rng.integers(0, 3, 77),
                      y_pred=rng.integers(0, 3, 77), digits=5,
                      target_names=["Milky Way disk", "Milky Way halo", "Gaia-Enceladus"]))
    names = np.array(["disk", "halo", "GSE"])
    cases.append(dict(name="string labels", y_true=names[rng.integers(0, 3, 60)],
                      y_pred=names[rng.integers(0, 3, 60)]))
    cases.append(dict(name="negative labels", y_true=rng.integers(-3, 2, 90), y_pred=rng.integers(-3, 2, 90)))
    cases.append(dict(name="perfect", y_true=np.array([2, 0, 1, 2, 0]), y_pred=np.array([2, 0, 1, 2, 0])))
    # Rounding at the printed precision: supports that give exact .xx5 binary fractions.
    cases.append(dict(name="rounding", y_true=np.array([0] * 8 + [1] * 8),
                      y_pred=np.array([0] * 3 + [1] * 5 + [1] * 7 + [0]), digits=2))
    # More classes than the unrolled pairwise sum's 8: averages over 11 classes.
    cases.append(dict(name="eleven classes", y_true=rng.integers(0, 11, 400), y_pred=rng.integers(0, 11, 400),
                      digits=4))
    return cases


def make_confusion_and_reports():
    confusion = []
    reports = []
    for case in label_cases():
        y_true, y_pred = case["y_true"], case["y_pred"]
        labels = case.get("labels")
        if case.get("confusion", True):  # confusion_matrix refuses labels that none of y_true has
            confusion.append(dict(name=case["name"], y_true=labels_json(y_true), y_pred=labels_json(y_pred),
                                  labels=labels, matrix=confusion_matrix(y_true, y_pred, labels=labels).tolist()))
        zd = case.get("zero_division", "warn")
        zd_arg = np.nan if zd == "nan" else zd
        kwargs = dict(labels=labels, target_names=case.get("target_names"), digits=case.get("digits", 2),
                      zero_division=zd_arg)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            text = classification_report(y_true, y_pred, **kwargs)
        messages = []
        for w in caught:
            m = str(w.message)
            if m not in messages:
                messages.append(m)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            as_dict = classification_report(y_true, y_pred, output_dict=True, **kwargs)
        dict_json = {}
        for key, value in as_dict.items():
            if isinstance(value, dict):
                dict_json[key] = {k: (int(v) if k == "support" else r(v)) for k, v in value.items()}
            else:
                dict_json[key] = r(value)
        reports.append(dict(name=case["name"], y_true=labels_json(y_true), y_pred=labels_json(y_pred),
                            labels=labels, target_names=case.get("target_names"),
                            digits=case.get("digits", 2), zero_division=str(zd), text=text,
                            warnings=messages, dict=dict_json))
    write_json("metrics_confusion.json", {"cases": confusion})
    write_json("metrics_report.json", {"cases": reports})

    # Confusion matrices with labels: absent labels, dropped samples, string labels.
    extra = [
        dict(name="labels reorder and drop", y_true=[0, 1, 2, 2, 3], y_pred=[0, 2, 2, 3, 3], labels=[3, 2, 0]),
        dict(name="string labels", y_true=["b", "a", "c", "a"], y_pred=["a", "a", "c", "b"], labels=None),
    ]
    for case in extra:
        case["matrix"] = confusion_matrix(case["y_true"], case["y_pred"], labels=case["labels"]).tolist()
    with open(os.path.join(OUT, "metrics_confusion.json")) as f:
        payload = json.load(f)
    payload["cases"].extend(extra)
    with open(os.path.join(OUT, "metrics_confusion.json"), "w") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")


# --------------------------------------------------------------------------------------
# Adjusted Rand index

def make_ari():
    rng = np.random.default_rng(7)
    cases = []
    for k in range(120):
        n = int(rng.choice([2, 3, 5, 10, 50, 200, 1000]))
        ka = int(rng.integers(1, min(n, 12) + 1))
        kb = int(rng.integers(1, min(n, 12) + 1))
        a = rng.integers(0, ka, n)
        if k % 3 == 0:
            # Correlated labelings: mostly agreeing up to a relabelling.
            perm = rng.permutation(max(ka, kb) + 1)
            b = perm[a]
            flip = rng.random(n) < 0.2
            b[flip] = rng.integers(0, kb, flip.sum())
        else:
            b = rng.integers(0, kb, n)
        cases.append(dict(a=a.tolist(), b=b.tolist(), ari=r(adjusted_rand_score(a, b))))
    # Large n: pair counts beyond 2^53, so the final rounding matters.
    for n, ka, kb in [(20000, 3, 4), (50000, 7, 2), (30011, 1, 5)]:
        a = rng.integers(0, ka, n)
        b = rng.integers(0, kb, n)
        cases.append(dict(a=a.tolist(), b=b.tolist(), ari=r(adjusted_rand_score(a, b))))
    special = [
        dict(name="empty", a=[], b=[]),
        dict(name="one sample", a=[3], b=[7]),
        dict(name="one cluster each", a=[0, 0, 0, 0], b=[5, 5, 5, 5]),
        dict(name="all singletons", a=[0, 1, 2, 3], b=[3, 2, 1, 0]),
        dict(name="singletons vs one cluster", a=[0, 1, 2, 3], b=[1, 1, 1, 1]),
        dict(name="relabelled", a=[0, 0, 1, 1, 2, 2], b=[5, 5, 3, 3, 9, 9]),
        dict(name="sklearn docstring 1", a=[0, 0, 1, 2], b=[0, 0, 1, 1]),
        dict(name="sklearn docstring 2", a=[0, 0, 1, 1], b=[0, 1, 0, 1]),
        dict(name="sklearn docstring 3", a=[0, 0, 0, 0], b=[0, 1, 2, 3]),
        dict(name="two samples split", a=[0, 0], b=[0, 1]),
    ]
    for case in special:
        case["ari"] = r(adjusted_rand_score(case["a"], case["b"]))
    write_json("metrics_ari.json", {"random": cases, "special": special})


# --------------------------------------------------------------------------------------
# Linear sum assignment

def lsap_case(cost, maximize):
    try:
        rows, cols = linear_sum_assignment(cost, maximize=maximize)
        return dict(rows=rows.tolist(), columns=cols.tolist(), total=r(cost[rows, cols].sum()), error=None)
    except ValueError as e:
        return dict(rows=None, columns=None, total=None, error=str(e))


def matrix_json(cost):
    return [[r(v) for v in row] for row in cost]


def make_lsap():
    rng = np.random.default_rng(11)
    cases = []
    shapes = [(1, 1), (1, 4), (4, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (8, 8),
              (3, 5), (5, 3), (2, 7), (7, 2), (6, 9), (9, 6), (12, 12), (10, 4), (4, 10)]
    for shape in shapes:
        for kind in ["ties", "small ints", "floats"]:
            if kind == "ties":
                cost = rng.integers(0, 3, shape).astype(float)
            elif kind == "small ints":
                cost = rng.integers(-5, 6, shape).astype(float)
            else:
                cost = rng.normal(size=shape)
            for maximize in (False, True):
                cases.append(dict(kind=kind, maximize=maximize, cost=matrix_json(cost),
                                  **lsap_case(cost, maximize)))
    # Constant matrices: scipy returns the identity (or its rectangular part).
    for shape in [(3, 3), (2, 5), (5, 2)]:
        cost = np.full(shape, 4.0)
        cases.append(dict(kind="constant", maximize=False, cost=matrix_json(cost), **lsap_case(cost, False)))
    # Forbidden cells (+inf when minimising, -inf when maximising), and infeasible ones.
    inf = np.inf
    specials = [
        (np.array([[inf, 1.0, 2.0], [3.0, inf, 1.0], [1.0, 1.0, inf]]), False),
        (np.array([[-inf, 1.0, 2.0], [3.0, -inf, 1.0], [1.0, 1.0, -inf]]), True),
        (np.array([[inf, 1.0], [inf, 2.0]]), False),
        (np.array([[inf, inf], [inf, inf]]), False),
        (np.array([[1.0, np.nan], [2.0, 3.0]]), False),
        (np.array([[-inf, 1.0], [2.0, 3.0]]), False),
        (np.array([[inf, 1.0], [2.0, 3.0]]), True),
        (np.array([[inf, 5.0, inf], [2.0, inf, inf]]), False),
    ]
    for cost, maximize in specials:
        cases.append(dict(kind="infinite", maximize=maximize, cost=matrix_json(cost), **lsap_case(cost, maximize)))
    write_json("metrics_lsap.json", {"cases": cases})


# --------------------------------------------------------------------------------------
# Cluster alignment

def contingency(clusters, classes):
    cluster_ids = np.unique(clusters)
    class_ids = np.unique(classes)
    table = np.zeros((len(cluster_ids), len(class_ids)))
    for c, k in zip(clusters, classes):
        table[np.searchsorted(cluster_ids, c), np.searchsorted(class_ids, k)] += 1
    return cluster_ids, class_ids, table


def make_alignment():
    rng = np.random.default_rng(3)
    cases = []
    flags = np.array([0] * 222 + [1] * 221 + [2] * 83)
    for n_clusters in [3, 3, 2, 4, 5]:
        perm = rng.permutation(n_clusters)
        clusters = perm[np.minimum(flags, n_clusters - 1)]
        noise = rng.random(len(flags)) < 0.25
        clusters[noise] = rng.integers(0, n_clusters, noise.sum())
        cases.append((clusters, flags))
    # Ties: equal counts in several cells.
    cases.append((np.array([0, 0, 1, 1, 2, 2]), np.array([5, 6, 5, 6, 5, 6])))
    cases.append((np.array([1, 1, 0, 0]), np.array([0, 1, 0, 1])))
    cases.append((np.array([7, 7, 9, 9, 8]), np.array([2, 2, 0, 1, 1])))
    out = []
    for clusters, classes in cases:
        cluster_ids, class_ids, table = contingency(clusters, classes)
        rows, cols = linear_sum_assignment(table, maximize=True)
        mapping = {int(cluster_ids[i]): int(class_ids[j]) for i, j in zip(rows, cols)}
        out.append(dict(clusters=clusters.tolist(), classes=classes.tolist(),
                        contingency=table.astype(int).tolist(),
                        mapping=[[k, v] for k, v in sorted(mapping.items())],
                        matched=int(table[rows, cols].sum())))
    write_json("metrics_alignment.json", {"cases": out})


# --------------------------------------------------------------------------------------
# Tables

LAB_HEAD = [
    # The five rows the lab notebook prints with head(), at its printed precision.
    ("61047157615088256", "-25.761714", "222.054260", "29.777083", "-155526.229018", "2298.725882",
     "2M03253760+2050536", "-0.312015", "0.081689", "0"),
    ("65723380567903104", "-1.410748", "222.424836", "27.887632", "-152480.050683", "2477.465061",
     "2M03531303+2352226", "-0.276759", "0.057058", "0"),
    ("66570932234426112", "-52.639903", "213.206085", "10.694683", "-159300.952613", "2120.135959",
     "2M03532875+2407032", "0.263341", "0.026393", "0"),
    ("67139104867760384", "23.515292", "232.149817", "34.817371", "-150036.436055", "2578.785212",
     "2M03592264+2531442", "-0.250059", "0.056364", "0"),
    ("73621275666889344", "-122.512619", "-15.886698", "7.277072", "-176382.521936", "-119.022473",
     "2M02101132+1222103", "-0.985187", "0.093934", "1"),
]
LAB_COLUMNS = ["source_id_1", "vx", "vy", "vz", "En", "Lz", "apogee", "feh", "alpha", "flag"]


def lab_like_rows(rng, n):
    """Synthetic rows in the lab file's format, around the lab's describe() numbers."""
    rows = list(LAB_HEAD)
    ids = rng.integers(61047157615088256, 6917218012011855616, n - len(rows), dtype=np.int64)
    # The extremes of the real file's id range, to exercise all 64 bits.
    ids[0] = 6917218012011855616
    for k in range(n - len(rows)):
        flag = int(rng.choice([0, 1, 2], p=[0.42, 0.42, 0.16]))
        vx = rng.normal(7.3, 121.9)
        vy = rng.normal(96.9, 115.6)
        vz = rng.normal(-5.3, 65.0)
        en = rng.normal(-167971.0, 13133.0)
        lz = rng.normal(950.0, 1011.0)
        feh = rng.normal(-0.63, 0.65)
        alpha = rng.normal(0.16, 0.13)
        ra = rng.integers(0, 24 * 3600 * 100)
        dec = rng.integers(-90 * 3600 * 10, 90 * 3600 * 10)
        name = "2M%02d%02d%04d%s%02d%02d%03d" % (
            ra // 360000, (ra // 6000) % 60, ra % 6000, "+" if dec >= 0 else "-",
            abs(dec) // 36000, (abs(dec) // 600) % 60, abs(dec) % 600)
        rows.append((str(ids[k]), "%.6f" % vx, "%.6f" % vy, "%.6f" % vz, "%.6f" % en, "%.6f" % lz, name,
                     "%.6f" % feh, "%.6f" % alpha, str(flag)))
    return rows


def csv_line(fields):
    out = []
    for f in fields:
        if any(c in f for c in ',"\n\r'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


def table_files():
    rng = np.random.default_rng(2018)
    files = {}
    # 1. The lab's format: 64-bit ids, names, six-decimal numbers, flag. LF, trailing newline.
    rows = lab_like_rows(rng, 60)
    files["table_gaia_sample.csv"] = ("\n".join([",".join(LAB_COLUMNS)] + [",".join(r_) for r_ in rows])
                                      + "\n").encode()
    # 2. Same kind of data, reordered and extra columns, CRLF, BOM, no trailing newline.
    order = ["apogee", "feh", "vx", "note", "source_id_1", "alpha", "vy", "Lz", "En", "vz", "flag"]
    lines = [",".join(order)]
    for k, row in enumerate(rows[:25]):
        record = dict(zip(LAB_COLUMNS, row))
        record["note"] = ["plain", "with, comma", 'say "hi"', "multi\nline", ""][k % 5]
        lines.append(csv_line([record[c] for c in order]))
    files["table_reordered_crlf_bom.csv"] = b"\xef\xbb\xbf" + "\r\n".join(lines).encode()
    # 3. Quoted fields everywhere, doubled quotes, embedded CRLF, UTF-8 text, blank trailing lines.
    lines = ["id,\"name, full\",value,comment"]
    comments = ['"quoted ""inner"" text"', '"comma, inside"', '"line one\r\nline two"', "plain",
                '"Ångström — ✓"', '""', '"  padded  "']
    for k in range(14):
        lines.append(f"{k + 1},\"Star {k}, the {['first', 'second', 'third'][k % 3]}\","
                     f"\"{rng.normal() * 10 ** int(rng.integers(-3, 4)):.9g}\",{comments[k % len(comments)]}")
    files["table_quoted.csv"] = ("\r\n".join(lines) + "\r\n\r\n\r\n").encode()
    # 4. Missing values: empty cells, NA, NaN; an integer column that becomes float; inf.
    lines = ["a,b,c,d,e"]
    for k in range(30):
        a = str(int(rng.integers(-50, 50)))
        b = ["", "NA", "NaN", "nan", "N/A", "NULL"][k % 6] if k % 4 == 0 else str(int(rng.integers(0, 100)))
        c = "" if k % 7 == 3 else repr(float(rng.normal(0, 3)))
        d = "inf" if k == 5 else ("-inf" if k == 9 else "%.4f" % rng.normal(100, 20))
        e = ["x", "y", "z"][k % 3]
        lines.append(",".join([a, b, c, d, e]))
    files["table_missing.csv"] = ("\n".join(lines) + "\n").encode()
    # 5. Wide: many columns (wrapping at 80), big (scientific) and tiny values, long names.
    n = 40
    cols = {
        "tiny": rng.normal(0, 1e-7, n),
        "huge": rng.normal(3e9, 1e9, n),
        "a_rather_long_column_name": rng.normal(5, 2, n),
        "neg": -np.abs(rng.normal(1000, 300, n)),
        "int_small": rng.integers(0, 10, n).astype(float),
        "x1": rng.normal(0, 1, n), "x2": rng.normal(0, 1, n), "x3": rng.normal(0, 1, n),
        "x4": rng.normal(0, 1, n), "x5": rng.normal(0, 1, n),
        "zero": np.zeros(n),
        "millions": rng.normal(5e5, 8e5, n),
    }
    lines = [",".join(cols)]
    for k in range(n):
        lines.append(",".join(repr(float(cols[c][k])) for c in cols))
    files["table_wide.csv"] = ("\n".join(lines) + "\n").encode()
    # 6. Many rows: an int64 column above numpy's 8192-element cast buffer, floats above the
    #    pairwise sum's 128-element base case.
    n = 20011
    ints = rng.integers(-(10 ** 17), 10 ** 17, n)
    floats = rng.normal(12.5, 1e4, n)
    small = rng.integers(0, 1000, n)
    lines = ["big_int,float,small_int"] + [f"{int(ints[k])},{float(floats[k])!r},{int(small[k])}" for k in range(n)]
    files["table_many_rows.csv"] = ("\n".join(lines) + "\n").encode()
    # 7. One row, one column each kind: std is NaN.
    files["table_one_row.csv"] = b"x,y,name\n1.5,7,only\n"
    # 8. Values written by Swift-style shortest round-trip text: exponents, negative zero, extremes.
    vals = ["0.1", "1e-05", "-0.0", "1.7976931348623157e+308", "5e-324", "2.2250738585072014e-308",
            "123456789012345678", "9007199254740993", "0.30000000000000004", "1e+16", "-1.5E3", ".5", "5.",
            "+2.25", "  3.5  ", "1.00000000000000011102230246251565404236316680908203125"]
    files["table_number_forms.csv"] = ("value\n" + "\n".join(vals) + "\n").encode()
    return files


def make_tables():
    for name, data in table_files().items():
        path = os.path.join(OUT, name)
        with open(path, "wb") as f:
            f.write(data)
        df = pd.read_csv(path)
        # The fixtures assume pandas' parse equals Python's correctly rounded float(); check it.
        text = pd.read_csv(path, dtype=str, keep_default_na=False)
        for c in df.columns:
            if df[c].dtype.kind == "f":
                for parsed, cell in zip(df[c], text[c]):
                    try:
                        expected = float(cell)
                    except ValueError:
                        expected = float("nan")
                    assert parsed == expected or (np.isnan(parsed) and np.isnan(expected)), (
                        f"{name}:{c}: pandas parsed {cell!r} as {parsed!r}, float() gives {expected!r}")
        columns = []
        for c in df.columns:
            s = df[c]
            kind = s.dtype.kind
            if kind == "i":
                values = [str(int(v)) for v in s]
                dtype = "int64"
            elif kind == "f":
                values = [r(v) for v in s]
                dtype = "float64"
            else:
                values = [None if (isinstance(v, float) and np.isnan(v)) else str(v) for v in s]
                dtype = "object"
            columns.append(dict(name=c, dtype=dtype, values=values))
        payload = dict(file=name, rows=len(df), columns=columns)
        numeric = df.select_dtypes(include="number")
        if len(numeric.columns) > 0:
            d = df.describe()
            payload["describe"] = {c: [r(v) for v in d[c]] for c in d.columns}
            payload["describe_index"] = list(d.index)
            payload["describe_text"] = d.to_string()
            payload["describe_text_80"] = d.to_string(line_width=80)
        write_json(name.replace(".csv", ".json"), payload)


def make_format_cases():
    """pandas' float column formatting (6 digits, leading space) at the rules' boundaries."""
    from pandas.io.formats.format import format_array

    nan, inf = float("nan"), float("inf")
    cases = [
        [1234567.5, 2.25], [-1000000.1234, 1.0], [-1000000.12345, 1.0], [1000000.0, 1.0],
        [1e6 + 0.123456, 1.0], [999999.123456], [123456789.0], [1234567890.5], [1e-7, 1.0], [1e-6, 1.0],
        [0.0, -0.0], [nan, 1.5], [inf, 1.0], [-inf, 2.5], [5e-324], [0.5, 0.25, 0.125], [1.0, 2.0, 3.0],
        [0.0000015, 100.0], [-0.1234565, 0.1234575], [2.5e-7, 3e7], [nan, nan], [123.456789, -9.87654321],
        [1e15, 1.0], [12345678.9, 0.5], [-5.0], [0.1 + 0.2],
    ]
    out = []
    for values in cases:
        formatted = format_array(np.array(values, dtype=float), None, digits=6, leading_space=True)
        out.append(dict(values=[r(v) for v in values], formatted=list(formatted)))
    write_json("table_format_cases.json", {"cases": out})


def main():
    os.makedirs(OUT, exist_ok=True)
    make_confusion_and_reports()
    make_ari()
    make_lsap()
    make_alignment()
    make_tables()
    make_format_cases()


if __name__ == "__main__":
    main()
