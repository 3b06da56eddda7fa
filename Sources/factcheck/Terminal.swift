import FactCheckKit
import Foundation

/// Writes to stdout or stderr without buffering surprises. A failed write to standard output
/// (a full disk, a closed descriptor) is remembered, so that the program can end with an error
/// and exit code 74 instead of a silent success.
struct OutputStream {
    let fd: Int32
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return }
        if fd == STDOUT_FILENO && OutputFailure.standardOutputClosed {
            OutputFailure.record(EBADF)
            return
        }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return Foundation.write(fd, base + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                if fd == STDOUT_FILENO { OutputFailure.record(errno) }
                return
            }
            offset += n
        }
    }
}

/// Output that is collected and written in large blocks (`verify --file` prints one result
/// per line of input: a write per result would double its cost). `flush` before waiting for
/// input, so that a program feeding lines one at a time gets each answer.
struct BufferedOutput {
    let stream: OutputStream
    var pending = ""
    let limit = 64 * 1024

    init(_ stream: OutputStream) { self.stream = stream }

    mutating func write(_ text: String) {
        pending += text
        if pending.utf8.count >= limit { flush() }
    }

    mutating func flush() {
        if pending.isEmpty { return }
        stream.write(pending)
        pending = ""
    }
}

/// What went wrong with standard input and output, for the exit code.
enum OutputFailure {
    /// The errno of the first failed write to standard output, 0 if none failed.
    nonisolated(unsafe) static var standardOutputErrno: Int32 = 0
    nonisolated(unsafe) static var standardInputClosed = false
    nonisolated(unsafe) static var standardOutputClosed = false

    static func record(_ code: Int32) {
        if standardOutputErrno == 0 { standardOutputErrno = code }
    }

    /// Descriptors 0, 1 and 2 that were closed when the program started are opened on
    /// /dev/null, so that no file the program opens later can take their place (and receive
    /// what was meant for the terminal); the closed ones are remembered.
    static func guardStandardDescriptors() {
        for fd: Int32 in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", O_RDWR)
            if null >= 0 && null != fd { dup2(null, fd); close(null) }
            if fd == STDIN_FILENO { standardInputClosed = true }
            if fd == STDOUT_FILENO { standardOutputClosed = true }
        }
    }

    /// Ends the process with `code`, or with 74 and a message when standard output failed.
    static func exit(_ code: Int32) -> Never {
        Foundation.exit(checked(code))
    }

    /// `code`, or 74 after a message when writing to standard output failed.
    static func checked(_ code: Int32) -> Int32 {
        guard standardOutputErrno != 0 else { return code }
        Terminal.standardError.write("error: cannot write to standard output: \(String(cString: strerror(standardOutputErrno)))\n")
        return Exit.ioError
    }
}

enum Terminal {
    static let standardOutput = OutputStream(fd: STDOUT_FILENO)
    static let standardError = OutputStream(fd: STDERR_FILENO)

    static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// One environment variable (cheaper than building the whole environment dictionary).
    static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// Untrusted text made safe to print: control and escape characters shown, not obeyed.
    static func clean(_ text: String) -> String {
        // Printable ASCII needs no change: most text is, and checking bytes is cheap.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        // Nor does text without any of the characters sanitizeForTerminal replaces.
        if !text.unicodeScalars.contains(where: { c in
            c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.value == 0x200E || c.value == 0x200F
                || (0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value)
        }) { return text }
        return TextFolding.sanitizeForTerminal(text)
    }

    /// An error for the user on stderr: "error: " and the message, wrapped to the terminal.
    static func error(_ message: String) {
        standardError.write(diagnostic("error:", message, width: width(STDERR_FILENO)))
    }

    /// The width to wrap output to: the terminal's, or no wrapping when output goes to a pipe or file.
    static func width(_ fd: Int32 = STDOUT_FILENO) -> Int {
        guard isTTY(fd) else { return Int.max / 2 }
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = environment("COLUMNS"), let n = Int(columns), n > 20 { return n }
        return 80
    }
}

/// ANSI styling, switched off when colour is not wanted.
struct Style {
    var enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    init(choice: ColorChoice, fd: Int32) {
        switch choice {
        case .always: enabled = true
        case .never: enabled = false
        case .auto:
            enabled = Terminal.isTTY(fd) && Terminal.environment("NO_COLOR").map { $0.isEmpty } != false
                && Terminal.environment("TERM") != "dumb"
        }
    }

    func wrap(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ t: String) -> String { wrap(t, "1") }
    func dim(_ t: String) -> String { wrap(t, "2") }
    func red(_ t: String) -> String { wrap(t, "1;31") }
    func green(_ t: String) -> String { wrap(t, "1;32") }
    func yellow(_ t: String) -> String { wrap(t, "1;33") }
    func cyan(_ t: String) -> String { wrap(t, "36") }
    func highlight(_ t: String) -> String { wrap(t, "1;4") }
}

/// Wraps text to a width, keeping an indent on continuation lines. ANSI codes have no width.
func wrapText(_ text: String, width: Int, indent: String) -> String {
    // Output to a pipe or a file is not wrapped: when the words are already single-spaced,
    // the text is the result (verify --file renders tens of thousands of these).
    if width >= Int.max / 4, isSingleSpaced(text) { return indent + text }
    var lines: [String] = []
    var line = indent
    var visible = indent.count
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        let w = visibleLength(String(word))
        if visible > indent.count && visible + 1 + w > width {
            lines.append(line)
            line = indent
            visible = indent.count
        }
        if visible > indent.count { line += " "; visible += 1 }
        line += word
        visible += w
    }
    lines.append(line)
    return lines.joined(separator: "\n")
}

/// No space at either end and never two in a row (checked on the bytes: Foundation's
/// `contains` on strings costs more than the whole check of a statement).
func isSingleSpaced(_ text: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in text.utf8 {
        if byte == 0x20 && previous == 0x20 { return false }
        previous = byte
    }
    return previous != 0x20 || text.isEmpty
}

/// Wraps `text` after `prefix` with a hanging indent: continuation lines start under the
/// text, not under the prefix ("a-fact-id Blinken met ..." continues under "Blinken").
func hangingWrap(_ prefix: String, _ text: String, width: Int) -> String {
    let indent = String(repeating: " ", count: visibleLength(prefix))
    let wrapped = wrapText(text, width: width, indent: indent)
    return prefix + wrapped.dropFirst(indent.count)
}

/// Wraps text whose first line starts at the margin and whose other lines are indented.
func wrapFirstAtMargin(_ text: String, width: Int, indent: String) -> String {
    String(wrapText(text, width: width, indent: indent).dropFirst(indent.count))
}

/// English count and noun: "1 session", "3 sessions".
func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : (plural ?? noun + "s"))
}

/// A diagnostic for stderr: "error: " and the message, each of its own lines kept (and made
/// safe to print) and wrapped to the terminal's width.
func diagnostic(_ label: String, _ message: String, width: Int) -> String {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { Terminal.clean(String($0)) }
    var out: [String] = []
    for (n, line) in lines.enumerated() {
        out.append(n == 0 ? hangingWrap(label + " ", line, width: width) : wrapText(line, width: width, indent: "  "))
    }
    return out.joined(separator: "\n") + "\n"
}

func visibleLength(_ s: String) -> Int {
    var count = 0
    var inEscape = false
    for c in s.unicodeScalars {
        if inEscape { if c == "m" { inEscape = false }; continue }
        if c == "\u{1B}" { inEscape = true; continue }
        count += 1
    }
    return count
}

/// A two-column list of commands and what they do, never cut: a usage too long for its column
/// gets a line of its own, and summaries wrap under themselves.
func commandTable(_ rows: [(usage: String, summary: String)], style: Style, width: Int, column: Int = 28) -> String {
    var text = ""
    let pad = String(repeating: " ", count: column)
    for row in rows {
        if row.usage.count + 2 <= column - 2 {
            let prefix = "  " + style.cyan(row.usage) + String(repeating: " ", count: column - 2 - row.usage.count)
            text += hangingWrap(prefix, row.summary, width: width) + "\n"
        } else {
            text += wrapText(style.cyan(row.usage), width: width, indent: "  ") + "\n"
            text += wrapText(row.summary, width: width, indent: pad) + "\n"
        }
    }
    return text
}
