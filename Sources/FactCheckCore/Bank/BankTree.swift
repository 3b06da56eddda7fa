import CYaml
import Yams

/// One node of a bank file's YAML tree, with only what the bank reader asks of it: the
/// scalar text, whether it is plain and whether it was tagged `!!null`, the items or pairs of a
/// collection, and where it starts. Scalars are strings held inline, with no tag object or
/// anchor attached, so a large bank's tree costs little more than its text.
struct BankNode: Sendable {
    enum Content: Sendable {
        case scalar(String)
        case sequence([BankNode])
        case mapping([Pair])
        /// An alias (never reaches the reader: aliases are refused before a tree is built).
        case other
    }

    struct Pair: Sendable {
        var key: BankNode
        var value: BankNode
    }

    var content: Content
    /// The scalar carried the explicit tag `!!null`.
    var explicitNull = false
    /// A plain (unquoted, not block) scalar.
    var plain = false
    /// Where the node starts (1-based), nil for a node made by the reader.
    var mark: BankMark?

    /// A plain `null`, for a key that is absent.
    static let null = BankNode(content: .scalar("null"), plain: true)

    var scalar: String? { if case .scalar(let text) = content { return text } else { return nil } }
    var sequence: [BankNode]? { if case .sequence(let items) = content { return items } else { return nil } }
    var mapping: [Pair]? { if case .mapping(let pairs) = content { return pairs } else { return nil } }

    init(content: Content, explicitNull: Bool = false, plain: Bool = false, mark: BankMark? = nil) {
        self.content = content
        self.explicitNull = explicitNull
        self.plain = plain
        self.mark = mark
    }

    /// The same tree from Yams's composer (the path for files the lean composer leaves to it).
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self.init(content: .scalar(scalar.string), explicitNull: scalar.tag.rawValue == Tag.Name.null.rawValue,
                      plain: scalar.style == .plain, mark: BankMark(scalar.mark))
        case .sequence(let sequence):
            self.init(content: .sequence(sequence.map(BankNode.init)), mark: BankMark(sequence.mark))
        case .mapping(let mapping):
            self.init(content: .mapping(mapping.map { Pair(key: BankNode($0.key), value: BankNode($0.value)) }), mark: BankMark(mapping.mark))
        case .alias(let alias):
            self.init(content: .other, mark: BankMark(alias.mark))
        }
    }
}

/// Where a node starts in its file: line and column, from 1.
struct BankMark: Sendable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init?(_ mark: Mark?) {
        guard let mark else { return nil }
        self.init(line: mark.line, column: mark.column)
    }
}

/// Builds a bank file's tree straight from libyaml's events. It handles the files banks are:
/// one document of mappings, sequences and scalars with distinct keys. Anything else (a syntax
/// error, an anchor or alias, a repeated or non-scalar key, no document or several) makes it
/// give up, and the caller goes the full way (the anchor check, then Yams's composer), which
/// says what is wrong exactly as before.
enum BankTree {
    static func compose(_ text: String) -> BankNode? {
        var text = text
        return text.withUTF8 { bytes -> BankNode? in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
            defer {
                parser.deallocate()
                event.deallocate()
            }
            guard yaml_parser_initialize(parser) == 1 else { return nil }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_input_string(parser, base, bytes.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var events = Events(parser: parser, event: event)
            defer { events.release() }
            guard events.next() == YAML_STREAM_START_EVENT, events.next() == YAML_DOCUMENT_START_EVENT,
                  let first = events.next(), let root = events.node(first),
                  events.next() == YAML_DOCUMENT_END_EVENT, events.next() == YAML_STREAM_END_EVENT else { return nil }
            return root
        }
    }

    /// libyaml's events, one at a time; each is freed when the next is read.
    struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let event: UnsafeMutablePointer<yaml_event_t>
        var holding = false

        mutating func release() {
            if holding { yaml_event_delete(event) }
            holding = false
        }

        /// The next event's type; nil on an error.
        mutating func next() -> yaml_event_type_t? {
            release()
            guard yaml_parser_parse(parser, event) == 1 else { return nil }
            holding = true
            return event.pointee.type
        }

        /// The node that starts with the current event (of type `type`) and its whole content;
        /// nil when the file needs the full composer.
        mutating func node(_ type: yaml_event_type_t) -> BankNode? {
            let start = event.pointee.start_mark
            let mark = BankMark(line: Int(start.line) + 1, column: Int(start.column) + 1)
            switch type {
            case YAML_SCALAR_EVENT:
                let scalar = event.pointee.data.scalar
                guard scalar.anchor == nil else { return nil }
                let text = scalar.length == 0 ? "" : String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                // Yams gives a quoted scalar without a tag the tag `str`, and otherwise the tag written.
                let explicitNull = scalar.quoted_implicit != 1 && scalar.tag.map { String(cString: $0) == Tag.Name.null.rawValue } ?? false
                return BankNode(content: .scalar(text), explicitNull: explicitNull, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark: mark)
            case YAML_SEQUENCE_START_EVENT:
                guard event.pointee.data.sequence_start.anchor == nil else { return nil }
                var items: [BankNode] = []
                while true {
                    guard let next = next() else { return nil }
                    if next == YAML_SEQUENCE_END_EVENT { break }
                    guard let item = node(next) else { return nil }
                    items.append(item)
                }
                return BankNode(content: .sequence(items), mark: mark)
            case YAML_MAPPING_START_EVENT:
                guard event.pointee.data.mapping_start.anchor == nil else { return nil }
                var pairs: [BankNode.Pair] = []
                var seen: Set<String> = []
                while true {
                    guard let next = next() else { return nil }
                    if next == YAML_MAPPING_END_EVENT { break }
                    guard let key = node(next), let name = key.scalar else { return nil }
                    // A key written twice: Yams's composer reports it (or, for the same text under
                    // different tags, accepts it).
                    if pairs.count < 16 {
                        if pairs.contains(where: { $0.key.scalar == name }) { return nil }
                    } else {
                        if seen.isEmpty { for pair in pairs { if let earlier = pair.key.scalar { seen.insert(earlier) } } }
                        if !seen.insert(name).inserted { return nil }
                    }
                    guard let valueType = self.next(), let value = node(valueType) else { return nil }
                    pairs.append(BankNode.Pair(key: key, value: value))
                }
                return BankNode(content: .mapping(pairs), mark: mark)
            default:
                return nil
            }
        }
    }
}
