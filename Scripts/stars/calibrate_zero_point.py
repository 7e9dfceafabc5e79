"""Calibrates the zero point of the lab's energies on the lab's own rows.

The lab notebook prints the first rows of gaia_apogee_match_flag.csv; rows 0-3 are disc stars.
Each is placed on its APOGEE sky position (from its 2MASS designation) at the distance where
Lz = y vx - x vy equals the printed Lz (linear in the distance), and En - |v|^2/2 - Phi(R, z) is
computed with MWPotential2014 (zero at infinity) at two scalings. The mean is the zero point
Phi0 used by MilkyWayPotential.labConvention; the scatter says how well the scaling fits.
Run from this directory with numpy and scipy: python calibrate_zero_point.py
"""
import math
import mock_catalog_reference as ref

ROWS = [  # (apogee, vx, vy, vz, En, Lz) from the notebook's head()
    ("2M03253760+2050536", -25.761714, 222.054260, 29.777083, -155526.229018, 2298.725882),
    ("2M03531303+2352226", -1.410748, 222.424836, 27.887632, -152480.050683, 2477.465061),
    ("2M03532875+2407032", -52.639903, 213.206085, 10.694683, -159300.952613, 2120.135959),
    ("2M03592264+2531442", 23.515292, 232.149817, 34.817371, -150036.436055, 2578.785212),
]

def position_of(name):
    h, m, s = int(name[2:4]), int(name[4:6]), int(name[6:10]) / 100
    sign = -1 if name[10] == '-' else 1
    d, dm, ds = int(name[11:13]), int(name[13:15]), int(name[15:18]) / 10
    return 15 * (h + m / 60 + s / 3600), sign * (d + dm / 60 + ds / 3600)

def galactic_unit(ra, dec):
    a, d = math.radians(ra), math.radians(dec)
    e = (math.cos(d) * math.cos(a), math.cos(d) * math.sin(a), math.sin(d))
    return tuple(sum(ref.AG[i][j] * e[j] for j in range(3)) for i in range(3))

for ro, vo in ((8.0, 220.0), (8.2, 232.8)):
    ref.RO, ref.VO, ref.PHI0 = ro, vo, 0.0
    offsets = []
    for name, vx, vy, vz, en, lz in ROWS:
        u = galactic_unit(*position_of(name))
        d = (lz - ro * vy) / (u[1] * vx - u[0] * vy)
        x, y, z = -ro + d * u[0], d * u[1], d * u[2]
        R = math.hypot(x, y)
        offsets.append(en - 0.5 * (vx * vx + vy * vy + vz * vz) - ref.phi(R, z))
        print(f"  R0={ro} v0={vo}: {name} d={d:.2f} kpc R={R:.2f} z={z:.2f} offset={offsets[-1]:.0f}")
    mean = sum(offsets) / len(offsets)
    sd = math.sqrt(sum((o - mean) ** 2 for o in offsets) / len(offsets))
    print(f"R0={ro} v0={vo}: zero point {mean:.0f} km^2/s^2, scatter {sd:.0f}; Phi(R0) = {ref.phi(ro, 0) + mean:.0f}")
