/// Bank files are plain YAML: anchors and aliases are refused before the YAML parser sees
/// them, so a "billion laughs" file is rejected in one linear pass over the text.
enum YAMLSafety {
    /// The line and column (1-based) of the first anchor (`&x`) or alias (`*x`), if any.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int, alias: Bool)? {
        var line = 0
        var blockIndent: Int?  // inside a block scalar: lines indented more than this are text
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let chars = Array(raw.unicodeScalars)
            let indent = chars.prefix { $0 == " " }.count
            let isBlank = chars.allSatisfy { $0 == " " || $0 == "\r" || $0 == "\t" }
            if let block = blockIndent {
                if isBlank || indent > block { continue }
                blockIndent = nil
            }
            var quote: Unicode.Scalar?
            var previous: Unicode.Scalar = " "
            for (index, c) in chars.enumerated() {
                if let q = quote {
                    if c == q { quote = nil }
                    previous = c
                    continue
                }
                if c == "#" && (previous == " " || index == 0) { break }
                let startsNode = previous == " " || previous == "[" || previous == "{" || previous == "," || index == 0
                if (c == "\"" || c == "'") && startsNode { quote = c }
                if (c == "&" || c == "*") && startsNode, index + 1 < chars.count,
                   chars[index + 1].properties.isAlphabetic || ("0"..."9").contains(chars[index + 1]) || chars[index + 1] == "_" {
                    return (line, index + 1, c == "*")
                }
                if (c == "|" || c == ">") && startsNode {
                    let rest = chars[(index + 1)...].drop { $0 == "-" || $0 == "+" || ("0"..."9").contains($0) }
                    if rest.allSatisfy({ $0 == " " || $0 == "\r" }) { blockIndent = indent }
                }
                previous = c
            }
        }
        return nil
    }
}
