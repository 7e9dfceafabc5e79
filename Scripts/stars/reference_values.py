"""Reference values the Swift star tests assert, from scipy and healpy (not from the Swift code).

Prints Swift literals for Tests/LabFiguresTests/Star*.swift:
  - the regularised incomplete gamma functions P(a, x), Q(a, x) (scipy.special.gammainc / gammaincc);
  - MWPotential2014 potential and circular velocity at chosen points, evaluated with scipy's
    incomplete gamma in mock_catalog_reference.py (published scale and the lab convention);
  - HEALPix nested pixel indices (healpy.ang2pix, nest=True).
Needs numpy, scipy and healpy (`pip install healpy`); run from this directory.
"""
import math
import numpy as np
from scipy.special import gammainc, gammaincc
import healpy as hp
import mock_catalog_reference as ref

print("// P(a, x), Q(a, x) from scipy.special.gammainc / gammaincc")
for a in (0.1, 0.6, 1.5, 4.0):
    for x in (1e-3, 0.3, 0.6, 1.0, 2.5, 7.0, 17.73, 40.0, 120.0):
        print(f"    ({a!r}, {x!r}, {float(gammainc(a, x))!r}, {float(gammaincc(a, x))!r}),")

def evaluate(ro, vo, phi0):
    ref.RO, ref.VO, ref.PHI0 = ro, vo, phi0
    rows = []
    for R, z in ((8.0, 0.0), (8.2, 0.0), (0.5, 0.0), (2.0, 0.3), (4.0, -1.0), (10.05, -0.78), (11.16, -1.26), (20.0, 0.0), (60.0, 5.0)):
        rows.append((R, z, ref.phi(R, z), ref.vcirc(R)))
    return rows
print("// MWPotential2014 as published (R0 = 8 kpc, v0 = 220 km/s, zero at infinity): (R, z, Phi, v_c)")
for r in evaluate(8.0, 220.0, 0.0): print(f"    ({r[0]!r}, {r[1]!r}, {float(r[2])!r}, {float(r[3])!r}),")
print("// lab convention (R0 = 8.2 kpc, v0 = 232.8 km/s, Phi0 = -47380): (R, z, Phi, v_c)")
for r in evaluate(8.2, 232.8, -47380.0): print(f"    ({r[0]!r}, {r[1]!r}, {float(r[2])!r}, {float(r[3])!r}),")

print("// healpy.ang2pix(2**order, ra, dec, nest=True, lonlat=True): (order, ra, dec, pixel)")
points = [(0.0, 0.0), (45.0, 0.0), (10.0, 89.9), (200.0, -89.9), (359.999, 41.8), (90.0, 41.9), (135.0, -50.0),
          (270.0, -10.0), (180.0, 30.0), (300.0, 70.0), (10.0, -70.0), (123.456, 12.345), (0.0, 90.0), (0.0, -90.0),
          (89.99999, 41.81031489577861), (266.405, -28.936), (192.85948, 27.12825)]
for order in (12, 0, 3, 29):
    for ra, dec in points:
        print(f"    ({order}, {ra!r}, {dec!r}, {int(hp.ang2pix(2**order, ra, dec, nest=True, lonlat=True))}),")
