#!/usr/bin/env python3
"""Draws TextSheet's labels (Tests/CairoBackendTests/TextSheetTests.swift) with matplotlib,
at the same anchors, for comparing our text rendering with matplotlib's by eye.

    /work/pyref/bin/python Scripts/text-sheet-matplotlib.py [OUT.png]

Writes /tmp/text-sheet-matplotlib.png by default (never into the repository).
"""
import sys

import matplotlib
matplotlib.use("agg")
import matplotlib.pyplot as plt

LABELS = [
    r"$x_1$", r"$x^2$", r"$\alpha$", r"$\sigma^2$", r"$10^{-3}$", "Feature 1", "[Fe/H]",
    r"$E_n$ (km$^2$/s$^2$)", r"$L_z$ [kpc km s$^{-1}$]", r"$\mu \pm 2\sigma$, $x_{12}^{a^b}$",
]
W, H, DPI = 460, 300, 100
fig = plt.figure(figsize=(W / 72, H / 72), dpi=DPI)


def at(x, y):
    """Canvas points (y down) to figure fractions."""
    return x / W, 1 - y / H


for i, label in enumerate(LABELS):
    y = 30 + i * 26
    for x, size in [(40, 10), (160, 20)]:
        if size == 20 and i >= 8:
            continue
        fig.text(*at(x, y), label, fontsize=size, ha="left", va="baseline")
        fig.patches.append(plt.Circle(at(x, y), 1 / W, transform=fig.transFigure, color="#d62728"))
fig.text(*at(20, 150), r"$\sigma_v^2$ [km$^2$ s$^{-2}$]", fontsize=12, ha="center", va="bottom",
         rotation=90, rotation_mode="anchor")
fig.text(*at(390, 240), "Gaia-Enceladus\n$-1500 < L_z < 150$", fontsize=12, ha="center", va="top")
fig.savefig(sys.argv[1] if len(sys.argv) > 1 else "/tmp/text-sheet-matplotlib.png", dpi=DPI)
