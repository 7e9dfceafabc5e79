/// matplotlib's default property cycle colours.
public enum ColorCycle {
    /// tab10: the colours of `axes.prop_cycle`.
    public static let tab10: [Color] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
        0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    ].map { Color(hex: $0) }
}
