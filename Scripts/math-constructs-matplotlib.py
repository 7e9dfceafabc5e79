#!/usr/bin/env python3
"""Draws MathConstructSheet's labels (Tests/CairoBackendTests/MathConstructSheetTests.swift)
with matplotlib, at the same anchors, for comparing fractions, radicals and accents by eye.

    /work/pyref/bin/python Scripts/math-constructs-matplotlib.py [OUT.png]

Writes /tmp/math-constructs-matplotlib.png by default (never into the repository).
"""
import sys

import matplotlib
matplotlib.use("agg")
import matplotlib.pyplot as plt

LABELS = [
    r"$\frac{1}{2}$ and $\dfrac{1}{2}$", r"$\frac{x_1}{\sigma^2}$", r"$e^{-\frac{x^2}{2}}$",
    r"$\sqrt{2}$, $\sqrt[3]{x}$", r"$\sqrt{\frac{a}{b}}$", r"$\hat{x}\ \bar{x}_i\ \vec{v}$",
    r"$\tilde{y}\ \dot{x}\ \ddot{x}\ \overline{x}$", r"$\mathrm{d}x\ \mathbf{x} + \mathsf{y}$",
]
W, H, DPI = 460, 380, 100
fig = plt.figure(figsize=(W / 72, H / 72), dpi=DPI)


def at(x, y):
    """Canvas points (y down) to figure fractions."""
    return x / W, 1 - y / H


for i, label in enumerate(LABELS):
    y = 48 + i * 44
    for x, size in [(20, 12), (170, 24)]:
        fig.text(*at(x, y), label, fontsize=size, ha="left", va="baseline")
        fig.patches.append(plt.Circle(at(x, y), 1 / W, transform=fig.transFigure, color="#d62728"))
fig.savefig(sys.argv[1] if len(sys.argv) > 1 else "/tmp/math-constructs-matplotlib.png", dpi=DPI)
