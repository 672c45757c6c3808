extension Unicode.Scalar {
    /// An ASCII or full-width digit.
    public var isASCIIOrFullWidthDigit: Bool {
        switch value {
        case 0x30...0x39, 0xFF10...0xFF19: true
        default: false
        }
    }

    /// 0–9 for ASCII and full-width digits.
    public var digitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0xFF10...0xFF19: Int(value - 0xFF10)
        default: nil
        }
    }
}
