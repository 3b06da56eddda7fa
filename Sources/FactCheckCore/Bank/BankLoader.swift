import Foundation
import Yams

/// Reads bank files (YAML), checks them and builds `FactBank` values.
public enum BankLoader {
    /// Bank files larger than this are refused before parsing.
    public static let maximumFileSize = 4 * 1024 * 1024
    public static let formatName = "factcheck.bank/1"

    /// Loads every bank in `path`: a bank file, or a directory of `.yaml`/`.yml` files.
    public static func load(path: String) throws(BankProblems) -> [FactBank] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            var info = stat()
            let reason = stat(path, &info) == 0 ? "cannot be read"
                : errno == ELOOP ? "too many levels of symbolic links (a link that points back to itself?)"
                : errno == EACCES ? "permission denied" : errno == ENOENT ? "no such file or directory"
                : String(cString: strerror(errno)).lowercased()
            throw BankProblems([BankError(.unreadable, file: path, reason)])
        }
        var files = [path]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            if files.isEmpty {
                throw BankProblems([BankError(.empty, file: path, "no bank files (*.yaml) in this directory")])
            }
        }
        var banks: [FactBank] = []
        var problems: [BankError] = []
        for file in files {
            do throws(BankProblems) {
                banks.append(try loadFile(file))
            } catch {
                problems += error.errors
            }
        }
        if !problems.isEmpty { throw BankProblems(problems) }
        return banks
    }

    public static func loadFile(_ file: String) throws(BankProblems) -> FactBank {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw BankProblems([BankError(.unreadable, file: file, "cannot open the file for reading")])
        }
        defer { try? handle.close() }
        var info = stat()
        if fstat(handle.fileDescriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            throw BankProblems([BankError(.unreadable, file: file, "it is a directory, not a bank file")])
        }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
            throw BankProblems([BankError(.unreadable, file: file, "cannot read the file" + (reason.map { ": \($0)" } ?? ""))])
        }
        return try parse(data: data, file: file)
    }

    /// Parses and validates bank bytes; `file` names them in messages.
    public static func parse(data: Data, file: String) throws(BankProblems) -> FactBank {
        if data.count > maximumFileSize {
            throw BankProblems([BankError(.tooLarge, file: file,
                                          "the file is larger than \(maximumFileSize / 1024 / 1024) MiB; a bank this size is not a bank")])
        }
        let text: String
        switch decodeUTF8(data) {
        case .success(let decoded): text = decoded
        case .failure(let offset):
            let (line, column) = lineAndColumn(ofByte: offset, in: data)
            throw BankProblems([BankError(.invalidUTF8, file: file, location: SourceLocation(file: file, line: line, column: column),
                                          "the file is not valid UTF-8 (byte 0x\(String(data[data.startIndex + offset], radix: 16)))")])
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            throw BankProblems([BankError(.empty, file: file, location: SourceLocation(file: file, line: 1, column: 1), "the file is empty")])
        }
        // A bank as banks are written (one document, no anchors, distinct keys) is read in one
        // pass over libyaml's events into a lean tree; any other file goes the full way, which
        // refuses anchors and aliases first and reports every other problem as Yams finds it.
        let root: BankNode
        if let lean = BankTree.compose(text) {
            root = lean
        } else {
            root = try fullCompose(text, file: file)
        }
        var reader = BankReader(file: file)
        return try reader.read(root)
    }

    /// The anchor check and Yams's composer: for files the lean composer leaves alone, so that
    /// what is wrong with them is said exactly as it always was.
    static func fullCompose(_ text: String, file: String) throws(BankProblems) -> BankNode {
        if let found = YAMLSafety.firstAnchorOrAlias(in: text) {
            throw BankProblems([BankError(.aliasNotAllowed, file: file,
                                          location: SourceLocation(file: file, line: found.line, column: found.column),
                                          "YAML \(found.alias ? "aliases" : "anchors") are not allowed in bank files; write the value out")])
        }
        let root: Node?
        do {
            // Only the null rule of YAML's implicit types: bank values are read as text, and
            // each of the other rules is a regular expression run on every scalar.
            root = try Yams.compose(yaml: text, Resolver.basic.appending(.null))
        } catch let error as YamlError {
            throw BankProblems([syntaxError(error, file: file)])
        } catch {
            throw BankProblems([BankError(.syntax, file: file, "cannot parse the file: \(error)")])
        }
        guard let root else {
            throw BankProblems([BankError(.empty, file: file, location: SourceLocation(file: file, line: 1, column: 1), "the file holds no YAML document")])
        }
        return BankNode(root)
    }

    enum UTF8Result { case success(String), failure(Int) }

    static func decodeUTF8(_ data: Data) -> UTF8Result {
        // Valid UTF-8 (nearly every file) is taken in one step; the scalar walk below only
        // finds where an invalid file goes wrong.
        if let text = String(validating: data, as: UTF8.self) { return .success(text) }
        var offset = 0
        var iterator = data.makeIterator()
        var decoder = Unicode.UTF8()
        var scalars = String.UnicodeScalarView()
        // `offset` is the byte where the next scalar starts, so an error can say where it is.
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                scalars.append(s)
                offset += UTF8.width(s)
            case .emptyInput:
                break loop
            case .error:
                return .failure(min(offset, max(data.count - 1, 0)))
            }
        }
        return .success(String(scalars))
    }

    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for (i, byte) in data.enumerated() {
            if i >= offset { break }
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    static func syntaxError(_ error: YamlError, file: String) -> BankError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml's context says what it was reading ("while parsing a block mapping"), the
            // problem what it found: the context comes first in the sentence.
            var detail = context.map { $0.text + (problem.hasPrefix("but ") ? " " : ", ") + problem } ?? problem
            if problem.contains("another document") {
                detail = "a bank file holds one YAML document, and this one has another after '---'"
            }
            return BankError(.syntax, file: file, location: SourceLocation(file: file, line: mark.line, column: mark.column),
                             "YAML syntax: \(detail)")
        case .reader(let problem, _, _, _):
            return BankError(.invalidUTF8, file: file, "cannot read the file: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return BankError(.schema, file: file, location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                             "duplicate key(s) in a mapping: \(duplicates.joined(separator: ", "))")
        default:
            return BankError(.syntax, file: file, "YAML error: \(error)")
        }
    }
}
