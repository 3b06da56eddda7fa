/// Folds typographic variants to their plain forms, one Unicode scalar for one, so that
/// offsets in the folded text are offsets in the original text.
public enum TextFolding {
    /// Curly quotes, primes and dashes become their ASCII forms; other scalars are kept.
    public static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return "-"
        case 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A: return " "
        default: return scalar
        }
    }

    /// The text with quotes, apostrophes and dashes folded (same scalar count as the input).
    public static func fold(_ text: String) -> String {
        // ASCII folds to itself except the backtick: such text (nearly all of it) is kept as is.
        if !text.utf8.contains(where: { $0 >= 0x80 || $0 == 0x60 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(foldScalar(scalar)) }
        return String(out)
    }

    /// Unicode's White_Space property, with ASCII settled without the property tables.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// The text without white space at either end (a native, allocation-light trim).
    public static func trimmed(_ text: String) -> String {
        // Nothing to trim when the text starts and ends with a printable ASCII character.
        func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }
        if let first = text.utf8.first, let last = text.utf8.last, isPrintableASCII(first), isPrintableASCII(last) { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Folded and lowercased, for comparing texts that differ only in case and typography.
    public static func comparable(_ text: String) -> String {
        fold(text).lowercased()
    }

    /// Replaces control and escape characters with visible stand-ins so that untrusted text
    /// cannot move the cursor, change colours or ring the bell when printed.
    public static func sanitizeForTerminal(_ text: String, keepNewlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines, 0x0D where keepNewlines: out.append(scalar)
            case 0x09: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// A hash that is the same in every run (Swift's Hasher is seeded per process): FNV-1a.
package func stableHash(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0100_0000_01b3 }
    return h
}
