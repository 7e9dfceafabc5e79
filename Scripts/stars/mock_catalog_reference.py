"""Reference implementation (numpy + scipy) of the lab-figures mock Gaia x APOGEE catalogue.

Mirrors Sources/LabFigures/Stars draw for draw on numpy's legacy RandomState, so the
Swift generator can be checked against an independent implementation (scipy's
incomplete gamma for the bulge, numpy's RandomState, healpy-free HEALPix).
Usage: ref.py SEED OUT.csv
"""
import sys, math
import numpy as np
from scipy.special import gamma as Gamma, gammainc, gammaincc

# --- MWPotential2014 (Bovy 2015) in natural units, scaled to ro, vo ---
RO, VO = 8.2, 232.8          # kpc, km/s (McMillan 2017 R0 and v_c, as Helmi et al. 2018)
PHI0 = -47380.0              # km^2/s^2 zero point of the lab's energies
A_MN, B_MN = 3.0/8.0, 0.28/8.0
AMP_MN = 0.6*(1+(A_MN+B_MN)**2)**1.5
A_NFW = 16.0/8.0
AMP_NFW = 0.35/(math.log(1+1/A_NFW) - (1/A_NFW)/(1+1/A_NFW))
ALPHA_B, RC_B = 1.8, 1.9/8.0
AMP_B = 0.05/(Gamma(1.5-ALPHA_B/2)*gammainc(1.5-ALPHA_B/2, 1/RC_B**2))
def phi_nat(R, z):
    r = math.sqrt(R*R+z*z)
    mn = -AMP_MN/math.sqrt(R*R+(A_MN+math.sqrt(z*z+B_MN*B_MN))**2)
    nfw = -AMP_NFW*math.log(1+r/A_NFW)/r
    x = r*r/RC_B**2
    s1, s0 = 1.5-ALPHA_B/2, 1-ALPHA_B/2
    bul = -AMP_B*(Gamma(s1)*gammainc(s1,x)/r + Gamma(s0)*gammaincc(s0,x)/RC_B)
    return mn+nfw+bul
def dphidR_nat(R):
    # analytic radial force at z=0
    mn = AMP_MN*R/(R*R+(A_MN+B_MN)**2)**1.5
    x = R/A_NFW
    nfw = AMP_NFW*(math.log(1+x)-x/(1+x))/(R*R)
    s1 = 1.5-ALPHA_B/2
    bul = AMP_B*Gamma(s1)*gammainc(s1, R*R/RC_B**2)/(R*R)
    return mn+nfw+bul
def phi(R, z): return phi_nat(R/RO, z/RO)*VO*VO + PHI0
def vcirc(R): return VO*math.sqrt((R/RO)*dphidR_nat(R/RO))

# --- frames (explicit arithmetic in the Swift code's order; no BLAS) ---
AG = ((-0.0548755604162154, -0.8734370902348850, -0.4838350155487132),
      ( 0.4941094278755837, -0.4448296299600112,  0.7469822444972189),
      (-0.8676661490190047, -0.1980763734312015,  0.4559837761750669))
VSUN = (11.1, VO+12.24, 7.25)
K = 4.740470463533348
D2R = math.pi/180
def add(a, b): return (a[0]+b[0], a[1]+b[1], a[2]+b[2])
def sub(a, b): return (a[0]-b[0], a[1]-b[1], a[2]-b[2])
def mul(s, a): return (s*a[0], s*a[1], s*a[2])
def dot(a, b): return a[0]*b[0] + a[1]*b[1] + a[2]*b[2]
def gal_unit(l, b):
    lr, br = l*D2R, b*D2R
    return (math.cos(br)*math.cos(lr), math.cos(br)*math.sin(lr), math.sin(br))
def radec(l, b):
    g = gal_unit(l, b); m = AG
    ex = m[0][0]*g[0] + m[1][0]*g[1] + m[2][0]*g[2]
    ey = m[0][1]*g[0] + m[1][1]*g[1] + m[2][1]*g[2]
    ez = m[0][2]*g[0] + m[1][2]*g[1] + m[2][2]*g[2]
    ra = math.atan2(ey, ex)/D2R
    if ra < 0: ra += 360.0
    if ra >= 360: ra -= 360.0
    dec = math.asin(min(1.0, max(-1.0, ez)))/D2R
    return ra, dec

# --- HEALPix nested, Gorski et al. 2005 ---
def healpix_nest(order, ra, dec):
    # healpy's arithmetic: theta = pi/2 - radians(dec), z = cos(theta), tt = fmodulo(phi * 2/pi, 4)
    nside = 1 << order
    theta = math.pi/2 - dec*(math.pi/180); z = math.cos(theta); phi_ = ra*(math.pi/180)
    v = phi_*(2/math.pi)
    if v >= 0: tt = v if v < 4.0 else math.fmod(v, 4.0)
    else:
        tt = math.fmod(v, 4.0) + 4.0
        if tt == 4.0: tt = 0.0
    za = abs(z)
    if za <= 2.0/3.0:
        t1 = nside*(0.5+tt); t2 = nside*(z*0.75)
        jp = int(t1-t2); jm = int(t1+t2)
        ifp = jp >> order; ifm = jm >> order
        face = (ifp | 4) if ifp == ifm else (ifp if ifp < ifm else ifm+8)
        ix = jm & (nside-1); iy = nside - (jp & (nside-1)) - 1
    else:
        ntt = min(3, int(tt)); tp = tt-ntt
        if theta < 0.01 or theta > 3.14159-0.01: tmp = nside*math.sin(theta)/math.sqrt((1+za)/3)
        else: tmp = nside*math.sqrt(3*(1-za))
        jp = min(nside-1, int(tp*tmp)); jm = min(nside-1, int((1.0-tp)*tmp))
        if z >= 0: face = ntt; ix = nside-jm-1; iy = nside-jp-1
        else: face = ntt+8; ix = jp; iy = jm
    def spread(v):
        out = 0
        for i in range(order): out |= ((v >> i) & 1) << (2*i)
        return out
    return face*nside*nside + spread(ix) + (spread(iy) << 1)

def designation(ra, dec):
    a = math.fmod(ra, 360.0)
    if a < 0: a += 360.0
    cs = int(math.floor(a/15*3600*100 + 1e-9)) % (24*3600*100)
    h, rem = divmod(cs, 360000); m, rem = divmod(rem, 6000)
    sign = '-' if dec < 0 else '+'
    ds = int(math.floor(abs(dec)*3600*10 + 1e-9))
    dd, rem2 = divmod(ds, 36000); dm, rem2 = divmod(rem2, 600)
    return "2M%02d%02d%04d%s%02d%02d%03d" % (h, m, rem, sign, dd, dm, rem2)

# Halo (HaloModel.swift): rotation, (sigma_R, sigma_phi, sigma_z), lowering, closed-box yield, alpha sequence.
HALO_ROT, HALO_SIG = 30.0, (145.0, 80.0, 80.0)
ET, S2 = -98000.0, 70.0**2
HALO_LOGP = -0.75
HALO_ALPHA = (0.32, -1.0, 0.22, 0.03)      # plateau, knee [Fe/H], fall per dex, scatter
# Gaia-Enceladus (EnceladusModel.swift): apocentres, Lz, meridional angle, yield, alpha sequence.
GSE_APO, GSE_LZ, GSE_PSI = (10.0, 12.0), (-150.0, 250.0), 0.4
GSE_LOGP = -1.48
GSE_ALPHA = (0.30, -1.7, 0.25, 0.03)
def alpha_hi(f):
    top, knee, fall, _ = HALO_ALPHA
    return top if f <= knee else top-fall*(f-knee)
def alpha_gse(f):
    top, knee, fall, _ = GSE_ALPHA
    return top if f <= knee else top-fall*(f-knee)

def cyl_velocity(vR, vP, vZ, pos):
    R = math.sqrt(pos[0]*pos[0] + pos[1]*pos[1])
    Rh = (pos[0]/R, pos[1]/R, 0.0); Ph = (pos[1]/R, -pos[0]/R, 0.0)
    return add(add(mul(vR, Rh), mul(vP, Ph)), mul(vZ, (0.0, 0.0, 1.0)))

def star(rs, pop):
    N = rs.standard_normal; U = rs.random_sample
    if pop == 'disk':
        l = 180.0 + 30.0*N(); b = 0.0 + 18.0*N()
        l = l % 360.0; b = max(-89.0, min(89.0, b))
        while True:
            d = 1.8*math.exp(0.35*N())
            if d <= 3.0: break
    else:
        while True:
            l = 360.0*U(); sb = 2.0*U()-1.0
            b = math.asin(sb)/D2R
            ra, dec = radec(l, b)
            if abs(b) >= 30.0 and dec >= -30.0: break
        while True:
            d = 1.3*math.exp(0.5*N())
            if d <= 3.5: break
    rh = gal_unit(l, b)
    lr, br = l*D2R, b*D2R
    lh = (-math.sin(lr), math.cos(lr), 0.0)
    bh = (-math.sin(br)*math.cos(lr), -math.sin(br)*math.sin(lr), math.cos(br))
    pos = add((-RO, 0.0, 0.0), mul(d, rh))
    R = math.sqrt(pos[0]*pos[0] + pos[1]*pos[1]); z = pos[2]
    if pop == 'disk':
        thin = U() < 0.88
        s0 = (35.0, 25.0, 20.0) if thin else (55.0, 38.0, 38.0)
        f = math.exp(-(R-RO)/(2*2.6))
        sR, sP, sZ = s0[0]*f, s0[1]*f, s0[2]*f
        vR = sR*N(); vP = vcirc(R) - sR*sR/100.0 + sP*N(); vZ = sZ*N()
        m, s = (-0.07, 0.22) if thin else (-0.45, 0.20)
        while True:
            feh = m + s*N()
            if feh <= 0.40: break
        alpha = (0.02-0.08*feh + 0.025*N()) if thin else (0.16-0.10*(feh+0.5) + 0.03*N())
        sub_ = 'thin' if thin else 'thick'
    elif pop == 'halo':
        PhiRz = phi(R, z)
        while True:
            vR = HALO_SIG[0]*N(); vP = HALO_ROT+HALO_SIG[1]*N(); vZ = HALO_SIG[2]*N()
            u = U()
            E = 0.5*(vR*vR+vP*vP+vZ*vZ) + PhiRz
            if E < ET and u < -math.expm1((E-ET)/S2): break
        while True:
            feh = HALO_LOGP + math.log10(-math.log1p(-U()))
            if feh >= -2.5: break
        alpha = alpha_hi(feh) + HALO_ALPHA[3]*N(); sub_ = 'halo'
    else:
        PhiRz = phi(R, z)
        while True:
            ra_ = GSE_APO[0] + GSE_APO[1]*U()
            Lz0 = GSE_LZ[0] + GSE_LZ[1]*N()
            psi = GSE_PSI*N()
            out = U() < 0.5
            w = Lz0/ra_
            E = phi(ra_, 0.0) + 0.5*(w*w)
            vP = Lz0/R
            Kin = E - PhiRz - 0.5*vP*vP
            if Kin > 0.5*30.0*30.0: break
        sp = math.sqrt(2*Kin); vR = (sp if out else -sp)*math.cos(psi); vZ = sp*math.sin(psi)
        while True:
            a1 = -math.log1p(-U()); a2 = -math.log1p(-U())
            feh = GSE_LOGP + math.log10(a1 + a2)
            if feh >= -2.5: break
        alpha = alpha_gse(feh) + GSE_ALPHA[3]*N(); sub_ = 'gse'
    v = cyl_velocity(vR, vP, vZ, pos)
    u = sub(v, VSUN)
    vr, vl, vb = dot(u, rh), dot(u, lh), dot(u, bh)
    dobs = d*math.exp(0.035*d*N())
    vr_o = vr + 1.0*N()
    mul_ = vl/(K*d) + 0.05*N(); mub = vb/(K*d) + 0.05*N()
    vo = add(add(add(mul(vr_o, rh), mul(K*mul_*dobs, lh)), mul(K*mub*dobs, bh)), VSUN)
    sf = 0.02 + 0.05*max(0.0, -1.7-feh); sa = 0.02 + 0.16*max(0.0, -1.1-feh)
    feh_o = feh + sf*N(); alpha_o = alpha + sa*N()
    run = int(rs.randint(0, 1 << 22))
    po = add((-RO, 0.0, 0.0), mul(dobs, rh))
    Ro = math.sqrt(po[0]*po[0] + po[1]*po[1]); zo = po[2]
    En = 0.5*dot(vo, vo) + phi(Ro, zo)
    Lz = po[1]*vo[0] - po[0]*vo[1]
    ra, dec = radec(l, b)
    sid = (healpix_nest(12, ra, dec) << 35) | (1 << 32) | run
    return dict(source_id_1=sid, vx=vo[0], vy=vo[1], vz=vo[2], En=En, Lz=Lz, apogee=designation(ra, dec),
                feh=feh_o, alpha=alpha_o, R=Ro, z=zo, px=po[0], py=po[1], sub=sub_)

def generate(seed):
    rs = np.random.RandomState(seed)
    rows = []
    for pop, n, flag in (('disk', 222, 0), ('halo', 221, 1), ('gse', 83, 2)):
        for _ in range(n):
            r = star(rs, pop); r['flag'] = flag; rows.append(r)
    rows.sort(key=lambda r: r['source_id_1'])
    return rows

def fmt(x):
    s = "%.6f" % x
    return "0.000000" if s == "-0.000000" else s

def csv_text(rows):
    out = ["source_id_1,vx,vy,vz,En,Lz,apogee,feh,alpha,flag"]
    for r in rows:
        out.append(",".join([str(r['source_id_1'])] + [fmt(r[c]) for c in ('vx','vy','vz','En','Lz')] + [r['apogee']] + [fmt(r['feh']), fmt(r['alpha']), str(r['flag'])]))
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    seed = int(sys.argv[1]); rows = generate(seed)
    text = csv_text(rows)
    if len(sys.argv) > 2: open(sys.argv[2], 'w').write(text)
    else: sys.stdout.write(text)
