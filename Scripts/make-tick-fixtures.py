"""Records matplotlib's ticks, tick labels, offsets and autoscaled limits as fixtures.

Run with the reference stack (matplotlib 3.11):
    /work/pyref/bin/python Scripts/make-tick-fixtures.py
Writes Tests/PlottingTests/Fixtures/ticks.json. Every case goes through a real
Axes, so AutoLocator's 'auto' bin count comes from the axis length exactly as
matplotlib computes it (Axis.get_tick_space), and labels through the axis's own
formatter (ScalarFormatter / LogFormatterSciNotation), and AutoMinorLocator's
minor ticks between the major ones.
"""
import json
import pathlib

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.transforms as mtransforms
import matplotlib.ticker as mticker
import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/PlottingTests/Fixtures/ticks.json"


def axes_with_length(length_pt, axis):
    """An Axes whose x (or y) axis is `length_pt` points long: 80 % of a figure."""
    size = length_pt / 72 / 0.8
    fig = plt.figure(figsize=(size, size) if axis == "x" else (size, size), dpi=100)
    ax = fig.add_axes((0.1, 0.1, 0.8, 0.8))
    return fig, ax


def axis_length(fig, ax, axis):
    """The axis length in points exactly as Axis.get_tick_space measures it."""
    ends = mtransforms.Bbox.unit().transformed(ax.transAxes - fig.dpi_scale_trans)
    return float((ends.width if axis == "x" else ends.height) * 72)


def linear_case(vmin, vmax, length, axis):
    fig, ax = axes_with_length(length, axis)
    length = axis_length(fig, ax, axis)
    (ax.set_xlim if axis == "x" else ax.set_ylim)(vmin, vmax)
    a = ax.xaxis if axis == "x" else ax.yaxis
    locs = a.get_major_locator()()
    fmt = a.get_major_formatter()
    labels = fmt.format_ticks(locs)
    a.set_minor_locator(mticker.AutoMinorLocator())
    minor = a.get_minor_locator()()
    case = {
        "vmin": vmin, "vmax": vmax, "length": length, "axis": axis,
        "tickSpace": int(a.get_tick_space()),
        "ticks": [float(v) for v in locs],
        "labels": labels,
        "offset": fmt.get_offset(),
        "minor": [float(v) for v in minor],
    }
    plt.close(fig)
    return case


def log_case(vmin, vmax, length, axis):
    fig, ax = axes_with_length(length, axis)
    length = axis_length(fig, ax, axis)
    (ax.set_xscale if axis == "x" else ax.set_yscale)("log")
    (ax.set_xlim if axis == "x" else ax.set_ylim)(vmin, vmax)
    a = ax.xaxis if axis == "x" else ax.yaxis
    major = a.get_major_locator()()
    minor = a.get_minor_locator()()
    case = {
        "vmin": vmin, "vmax": vmax, "length": length, "axis": axis,
        "tickSpace": int(a.get_tick_space()),
        "major": [float(v) for v in major],
        "majorLabels": a.get_major_formatter().format_ticks(major),
        "minor": [float(v) for v in minor],
        "minorLabels": a.get_minor_formatter().format_ticks(minor),
    }
    plt.close(fig)
    return case


def log_formatter_case(vmin, vmax, values, label_only_base=False, every_tick=False):
    """matplotlib's LogFormatter (plain numbers) on a log y axis viewing vmin...vmax."""
    fig, ax = plt.subplots()
    ax.set_yscale("log")
    ax.set_ylim(vmin, vmax)
    thresholds = (np.inf, np.inf) if every_tick else (1, 0.4)
    f = matplotlib.ticker.LogFormatter(labelOnlyBase=label_only_base, minor_thresholds=thresholds)
    f.set_axis(ax.yaxis)
    f.set_locs(values)
    case = {"vmin": vmin, "vmax": vmax, "values": [float(v) for v in values], "labelOnlyBase": label_only_base,
            "everyTick": every_tick, "labels": [f(v) for v in values]}
    plt.close(fig)
    return case


def autoscale_case(xs, ys, xscale="linear", yscale="linear", kind="plot"):
    fig, ax = plt.subplots()
    ax.set_xscale(xscale)
    ax.set_yscale(yscale)
    if kind == "plot":
        ax.plot(xs, ys)
    elif kind == "scatter":
        ax.scatter(xs, ys)
    elif kind == "image":
        # An image's extent is sticky: the margins must not grow past it.
        ax.imshow([[0, 1], [1, 0]], extent=(min(xs), max(xs), min(ys), max(ys)), aspect="auto")
    elif kind == "image+plot":
        ax.imshow([[0, 1], [1, 0]], extent=(0, 1, 0, 1), aspect="auto")
        ax.plot(xs, ys)
    case = {"xs": [float(v) for v in xs], "ys": [float(v) for v in ys],
            "xscale": xscale, "yscale": yscale, "kind": kind,
            "xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()]}
    plt.close(fig)
    return case


def main():
    lengths = [(357.12, "x"), (266.11, "y"), (558.0, "x"), (332.64, "y"), (144.0, "x"), (144.0, "y"),
               (40.0, "y"), (20.0, "x"), (900.0, "x")]
    ranges = [(0, 1), (-3.3, 3.6), (0, 2800), (8100, 9330), (1e5, 1e5 + 7), (-1.2e-6, 3.4e-6),
              (1e6, 5e7), (0.9999, 1.0001), (-200, 291), (-196517, -107879), (2.5, 2.5001),
              (0, 1e-5), (3.7e8, 3.9e8), (-1, 0), (0.65, 8.35), (-0.8, 9.3), (1, 8),
              (0.6499999999999999, 8.35), (-352, 360), (-2.52, 0.41), (-0.05, 0.69),
              (123456.7, 123457.9), (-5e-9, 5e-9), (1e-3, 2e-3), (99.5, 100.5), (-1e7, 1e7),
              (0.0, 0.3), (17, 17.000001), (1e15, 1.0000001e15), (-3.5, -3.49)]
    rng = np.random.default_rng(20240513)
    for _ in range(120):
        centre = rng.choice([0, 1, -1]) * 10 ** rng.uniform(-6, 8)
        span = 10 ** rng.uniform(-7, 8)
        a = float(centre - span * rng.uniform(0, 1))
        ranges.append((a, float(a + span)))
    linear = []
    for i, (lo, hi) in enumerate(ranges):
        for j, (length, axis) in enumerate(lengths):
            if (i + j) % 3 == 0 or i < 30:
                linear.append(linear_case(lo, hi, length, axis))
    # Inverted views give the same ticks, in matplotlib's order.
    linear.append(linear_case(10, -2, 357.12, "x"))
    linear.append(linear_case(9330, 8100, 266.11, "y"))

    log_ranges = [(1, 1000), (0.01, 1e5), (1e-3, 1e12), (2, 30), (0.5, 0.9), (1e-10, 1), (1, 10),
                  (3, 3000), (0.02, 0.5), (1e-30, 1e30), (5e-4, 2e-1), (1.1, 1.5), (7, 1.2e3),
                  (1e-2, 1.2), (0.7, 150)]
    log = []
    for lo, hi in log_ranges:
        for length, axis in [(357.12, "x"), (266.11, "y"), (100.0, "y"), (558.0, "x")]:
            log.append(log_case(lo, hi, length, axis))

    levels = [float(v) for v in np.logspace(0, 2, 12)]
    log_formatter = []
    for every in (True, False):
        for lo, hi, values in [(1, 100, levels[::2]), (1, 100, levels), (1, 30, levels[:10]),
                               (1e-6, 1e6, [1e-6, 3e-5, 1e-3, 0.5, 1, 20, 1500, 2e5, 1e6]),
                               (0.5, 3, [0.5, 0.7, 1, 1.5, 2, 3]), (2, 9, [2, 3, 4, 5, 6, 7, 8, 9]),
                               (10, 20, [10, 12.5, 15, 17.5, 20]), (1, 10000, [1, 10, 100, 1000, 10000, 12000])]:
            log_formatter.append(log_formatter_case(lo, hi, values, every_tick=every))
    log_formatter.append(log_formatter_case(1, 100, levels[::2], label_only_base=True))

    autoscale = [
        autoscale_case([1, 2, 3, 4, 5, 6, 7, 8], [2812.1, 1437.9, 541.8, 212.0, 195.5, 176.3, 163.2, 144.5]),
        autoscale_case([-3.1, 3.4, 0.2], [-0.7, 9.2, 4.0], kind="scatter"),
        autoscale_case([5, 5], [2, 2]),
        autoscale_case([0, 0], [0, 0]),
        autoscale_case([1, 10, 100, 1000], [0.01, 0.1, 5, 50], "log", "log"),
        autoscale_case([1, 2], [3, 3], "linear", "log"),
        autoscale_case([0.3, 4.7], [-2.5, 1.5], kind="image"),
        autoscale_case([-0.5, 0.5], [0.5, 2.0], kind="image+plot"),
        autoscale_case([1e5, 1e5 + 7], [-1e-6, 3e-6]),
        autoscale_case([-200, 291], [-196517, -107879], kind="scatter"),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "matplotlib": matplotlib.__version__,
        "linear": linear, "log": log, "logFormatter": log_formatter, "autoscale": autoscale,
    }, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(linear)} linear, {len(log)} log, {len(log_formatter)} log formatter, "
          f"{len(autoscale)} autoscale cases")


if __name__ == "__main__":
    main()
