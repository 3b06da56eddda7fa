/// JSON that is safe to print on a terminal: C1 control characters (U+0080–U+009F, which
/// include the one-byte CSI U+009B), DEL, the bidirectional controls and the line and paragraph
/// separators are written as `\uXXXX` escapes. JSON's own structure is ASCII, so these can only
/// stand inside strings, where the escape means the same character.
public enum SafeJSON {
    public static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    public static func escapeInvisible(_ json: String) -> String {
        // Every invisible character is DEL or beyond ASCII: text of printable ASCII has none.
        guard json.utf8.contains(where: { $0 >= 0x7F }), json.unicodeScalars.contains(where: isInvisible) else { return json }
        var out = String.UnicodeScalarView()
        for c in json.unicodeScalars {
            if isInvisible(c) {
                let hex = String(c.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}
