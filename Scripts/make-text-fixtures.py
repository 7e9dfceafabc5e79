#!/usr/bin/env python3
"""Generates the mathtext fixture: where matplotlib's mathtext puts each glyph of sample
labels, and the DejaVu Sans glyph metrics a test canvas needs to lay them out the same way.

Run from the repository root with the reference stack:

    /work/pyref/bin/python Scripts/make-text-fixtures.py

Writes Tests/PlottingTests/Fixtures/mathtext.json:
- "glyphs": per face, per character: advance, ink top (yMax) and bottom (yMin) in ems,
  read unhinted from matplotlib's own copy of DejaVu Sans at 1000 px per em;
- "kerning": per face, the pair kerning matplotlib applies between adjacent characters of
  the samples, in ems;
- "samples": for each label, mathtext's box (width, height, depth) and every glyph
  (character, face, size, x, y) at 10 pt, computed at 7200 dpi and scaled back to points
  so that FreeType's 1/64-pixel rounding is 100 times smaller than a point's hundredth;
  y is the baseline shift in points, up positive, relative to the label's baseline;
- "layout": matplotlib's Text layout (line ascent and descent, line baselines) for labels;
- "constructs": fractions, radicals, accents and font commands at 10 and 12 pt, each at the
  dpi that makes the em 1000 pixels (7200 and 6000 dpi), so the glyph table above holds the
  very metrics mathtext used; "pixelsPerPoint" is that dpi / 72, the grid `ship` rounds
  glue to; "rules" are the filled rectangles (x, top edge up positive, width, height).
"""
import json
import os

import matplotlib
matplotlib.use("agg")
import matplotlib.pyplot as plt
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import Kerning, LoadFlags
from matplotlib import _mathtext
from matplotlib.ft2font import LoadFlags as _LF
from matplotlib.backends.backend_pdf import PdfFile, RendererPdf
import io

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "PlottingTests", "Fixtures", "mathtext.json")

SAMPLES = [
    r"$x_1$", r"$x^2$", r"$x_1^2$", r"$x_{12}$", r"$10^{-3}$", r"$\alpha$", r"$\sigma^2$",
    r"$E_n$ (km$^2$/s$^2$)", r"$\alpha\Gamma\omega\Omega$", r"$a+b$", r"$a=-2$", r"$x \times y$",
    r"$\mu \pm \sigma$", r"$\mathrm{km}\,s^{-1}$", r"$\mathdefault{10^{2}}$", r"$x^{a^{b}}$",
    r"$L_z \cdot E$", r"$\leq 5$", r"$x \sim y$", r"[Fe/H]", r"$\log_{10} x$", r"$f(x)$",
    r"$x_i^{2}$", r"$\mathbf{v}_x$", r"$M_\odot$", r"$a, b$", r"$1.5$",
]
FACES = {"DejaVuSans": "regular", "DejaVuSans-Oblique": "oblique", "DejaVuSans-Bold": "bold",
         "DejaVuSans-BoldOblique": "boldOblique"}
SCALE = 100  # dpi 7200 / 72
PLACED = ["Inertia", "Two\nlines"]
CONSTRUCTS = [
    r"$\frac{1}{2}$", r"$\frac{x_1}{\sigma^2}$", r"$\dfrac{1}{2}$", r"$\frac{a+b}{c}$", r"$\sqrt{2}$",
    r"$\sqrt[3]{x}$", r"$\sqrt{x}$", r"$\hat{x}$", r"$\bar{x}_i$", r"$\vec{v}$", r"$\tilde{y}$",
    r"$\dot{x}$", r"$\ddot{x}$", r"$\overline{x}$", r"$\mathrm{d}x$", r"$e^{-\frac{x^2}{2}}$",
    r"$\mathbf{x} + \mathsf{y}$", r"$\mathit{d}$", r"$\hat{\mu}_2$", r"$\sqrt{\frac{a}{b}}$",
]
CONSTRUCT_SIZES = [10, 12]
LAYOUTS = ["Feature 1", "$x_1$", "$x^2$", "a\nb", "Line one\n$x_2$ two", "$E_n$ (km$^2$/s$^2$)"]


def face_of(font):
    return FACES[font.postscript_name]


def main():
    # What MathTextParser("path").parse does, stopping before to_vector's rounding of the
    # box to whole pixels, so positions are exact.
    parser = _mathtext.Parser()
    prop = FontProperties(family="DejaVu Sans", size=10)
    fonts = {}
    used = {}
    samples = []
    for s in SAMPLES:
        if s.count("$") == 0:
            continue
        fontset = _mathtext.DejaVuSansFonts(prop, _LF.NO_HINTING)
        box = parser.parse(s, fontset, 10, 72 * SCALE)
        out = _mathtext.ship(box)
        glyphs = []
        # ship() puts the baseline at y = box.height, y growing downwards.
        for ox, oy, info in out.glyphs:
            face = face_of(info.font)
            fonts[face] = info.font
            used.setdefault(face, set()).add(chr(info.num))
            glyphs.append({"char": chr(info.num), "face": face, "size": info.fontsize,
                           "x": ox / SCALE, "y": (box.height - oy) / SCALE})
        samples.append({"text": s, "width": box.width / SCALE, "height": box.height / SCALE,
                        "depth": box.depth / SCALE, "glyphs": glyphs})

    constructs = []
    for size in CONSTRUCT_SIZES:
        scale = 1000 / size  # pixels per point: the em is 1000 pixels, as in the glyph table
        for s in CONSTRUCTS:
            fontset = _mathtext.DejaVuSansFonts(prop, _LF.NO_HINTING)
            box = parser.parse(s, fontset, size, 72 * scale)
            out = _mathtext.ship(box)
            glyphs = []
            for ox, oy, info in out.glyphs:
                face = FACES.get(info.font.postscript_name, info.font.postscript_name)
                if face in FACES.values():
                    fonts[face] = info.font
                    used.setdefault(face, set()).add(chr(info.num))
                glyphs.append({"char": chr(info.num), "face": face, "size": info.fontsize,
                               "x": ox / scale, "y": (box.height - oy) / scale})
            rules = [{"x": x / scale, "top": (box.height - y) / scale, "width": w / scale, "height": h / scale}
                     for x, y, w, h in out.rects]
            constructs.append({"text": s, "fontSize": size, "pixelsPerPoint": scale,
                               "width": box.width / scale, "height": box.height / scale,
                               "depth": box.depth / scale, "glyphs": glyphs, "rules": rules})

    # Mathtext's em is the advance of an oblique 'm'; plain layout strings are upright.
    used.setdefault("oblique", set()).add("m")
    for s in LAYOUTS + PLACED:
        for part in s.split("$")[::2]:
            used["regular"].update(part.replace("\n", ""))
    used["regular"].update("x2")
    metrics = {}
    kerning = {}
    for face, font in fonts.items():
        font.set_size(1000, 72)
        table = {}
        for ch in sorted(used[face]):
            g = font.load_char(ord(ch), flags=LoadFlags.NO_HINTING)
            xmin, ymin, xmax, ymax = (v / 64 / 1000 for v in g.bbox)
            table[ch] = {"advance": g.linearHoriAdvance / 65536 / 1000, "top": ymax, "bottom": ymin}
        metrics[face] = table
        pairs = {}
        for a in used[face]:
            for b in used[face]:
                k = font.get_kerning(font.get_char_index(ord(a)), font.get_char_index(ord(b)), Kerning.DEFAULT)
                if k:
                    pairs[a + b] = k / 64 / 1000
        kerning[face] = pairs

    # Text._get_layout, measured with the PDF renderer (no pixel rounding) at 72 dpi.
    fig = plt.figure(dpi=72)
    renderer = RendererPdf(PdfFile(io.BytesIO()), 72, 640, 480)
    layouts = []
    for s in LAYOUTS:
        t = fig.text(0, 0, s, fontsize=10)
        _, info, _ = t._get_layout(renderer)
        layouts.append({"text": s, "lines": [{"width": float(w), "ascent": float(a), "descent": float(d),
                                              "baseline": float(y)} for _line, (w, a, d), (_x, y) in info]})

    # Window extents of aligned and rotated text, relative to the anchor, y up.
    placements = []
    for s in PLACED:
        for ha in ("left", "center", "right"):
            for va in ("top", "center", "baseline", "center_baseline", "bottom"):
                for rotation, mode in ((0, "default"), (90, "default"), (90, "anchor"), (30, "default"),
                                       (30, "anchor"), (-45, "default")):
                    t = fig.text(0.5, 0.5, s, fontsize=10, ha=ha, va=va, rotation=rotation, rotation_mode=mode)
                    ax, ay = fig.bbox.width / 2, fig.bbox.height / 2
                    bb = t.get_window_extent(renderer)
                    placements.append({"text": s, "ha": ha, "va": va, "rotation": rotation, "mode": mode,
                                       "bbox": [bb.x0 - ax, bb.y0 - ay, bb.x1 - ax, bb.y1 - ay]})
                    t.remove()

    with open(OUT, "w") as fh:
        json.dump({"matplotlib": matplotlib.__version__, "fontSize": 10, "glyphs": metrics,
                   "kerning": kerning, "samples": samples, "layouts": layouts,
                   "placements": placements, "constructs": constructs}, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
