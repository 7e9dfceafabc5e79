import Foundation

/// HEALPix pixel indices in the NESTED scheme (Górski et al. 2005, ApJ 622, 759).
///
/// Gaia builds every source id from the level-12 nested HEALPix pixel that
/// holds the source (id = pixel × 2³⁵ + …), so a mock star's id follows from
/// its sky position exactly as a real one does. This is the standard
/// ang2pix_nest: the face and the (x, y) cell inside it from the equal-area
/// projection, then the bits of x and y interleaved.
public enum HEALPix {
    /// The nested index of the pixel at `order` (N_side = 2^order, 0...29) holding (α, δ) in degrees;
    /// nil unless both angles are finite and |δ| ≤ 90.
    ///
    /// - Precondition: `0 <= order <= 29` (a fixed property of the caller, not data).
    public static func nestedIndex(order: Int, rightAscension: Double, declination: Double) -> Int64? {
        precondition((0...29).contains(order), "HEALPix order must be 0...29, got \(order)")
        guard rightAscension.isFinite, declination.isFinite, abs(declination) <= 90 else { return nil }
        let nside = Int64(1) << Int64(order)
        // Angles as healpy takes them (θ = π/2 − δ, then z = cos θ; tt = φ · 2/π modulo 4), so that
        // points exactly on a pixel boundary fall on the same side as in healpy.
        let theta = Double.pi / 2 - declination * (Double.pi / 180)
        let z = cos(theta)
        let phi = rightAscension * (Double.pi / 180)
        let tt = floorModulo(phi * (2 / Double.pi), 4)
        let nsideDouble = Double(nside)
        let face: Int64
        let ix: Int64
        let iy: Int64
        if abs(z) <= 2.0 / 3.0 {
            // Equatorial region: the two diagonal line families through the point.
            let t1 = nsideDouble * (0.5 + tt)
            let t2 = nsideDouble * (z * 0.75)
            let jp = Int64(t1 - t2)
            let jm = Int64(t1 + t2)
            let ifp = jp >> Int64(order)
            let ifm = jm >> Int64(order)
            if ifp == ifm {
                face = ifp | 4
            } else if ifp < ifm {
                face = ifp
            } else {
                face = ifm + 8
            }
            ix = jm & (nside - 1)
            iy = nside - (jp & (nside - 1)) - 1
        } else {
            // Polar caps.
            let ntt = min(3, Int64(tt))
            let tp = tt - Double(ntt)
            // Within 0.01 rad of a pole healpy uses sin θ, which keeps its precision there.
            let nearPole = theta < 0.01 || theta > 3.14159 - 0.01
            let tmp = nearPole
                ? nsideDouble * sin(theta) / ((1 + abs(z)) / 3).squareRoot()
                : nsideDouble * (3 * (1 - abs(z))).squareRoot()
            let jp = min(nside - 1, Int64(tp * tmp))
            let jm = min(nside - 1, Int64((1 - tp) * tmp))
            if z >= 0 {
                face = ntt
                ix = nside - jm - 1
                iy = nside - jp - 1
            } else {
                face = ntt + 8
                ix = jp
                iy = jm
            }
        }
        return face * nside * nside + spreadBits(ix, order: order) + (spreadBits(iy, order: order) << 1)
    }

    /// `value` modulo `modulus` in [0, modulus), as HEALPix's `fmodulo`.
    private static func floorModulo(_ value: Double, _ modulus: Double) -> Double {
        if value >= 0 { return value < modulus ? value : value.truncatingRemainder(dividingBy: modulus) }
        let shifted = value.truncatingRemainder(dividingBy: modulus) + modulus
        return shifted == modulus ? 0 : shifted
    }

    /// `value`'s low `order` bits moved to the even bit positions (bit i to bit 2i).
    private static func spreadBits(_ value: Int64, order: Int) -> Int64 {
        var out: Int64 = 0
        for bit in 0..<order {
            out |= ((value >> Int64(bit)) & 1) << Int64(2 * bit)
        }
        return out
    }
}
