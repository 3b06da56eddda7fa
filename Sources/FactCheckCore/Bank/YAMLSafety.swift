import CYaml

/// Bank files are plain YAML: anchors and aliases are refused before any YAML tree is built,
/// so a "billion laughs" file is rejected in one linear pass. The pass reads libyaml's own
/// event stream, so it sees every anchor and alias the parser would (after a tab, inside flow
/// collections, after a quote in a plain scalar) and nothing inside quoted or block text.
enum YAMLSafety {
    /// The line and column (1-based) of the first anchor (`&x`) or alias (`*x`), if any. Nil
    /// also when the text stops being YAML before one: the parser then reports that error.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int, alias: Bool)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int, alias: Bool)? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let place = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_ALIAS_EVENT:
                    return (place.line, place.column, true)
                case YAML_SCALAR_EVENT where event.data.scalar.anchor != nil,
                     YAML_SEQUENCE_START_EVENT where event.data.sequence_start.anchor != nil,
                     YAML_MAPPING_START_EVENT where event.data.mapping_start.anchor != nil:
                    return (place.line, place.column, false)
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }
}
