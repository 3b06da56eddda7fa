import FactCheckKit
import Foundation

/// Writes to stdout or stderr without buffering surprises.
struct OutputStream {
    let fd: Int32
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return Foundation.write(fd, base + offset, buffer.count - offset)
            }
            if n < 0 { if errno == EINTR { continue } else { return } }
            offset += n
        }
    }
}

enum Terminal {
    static let standardOutput = OutputStream(fd: STDOUT_FILENO)
    static let standardError = OutputStream(fd: STDERR_FILENO)

    static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// One environment variable (cheaper than building the whole environment dictionary).
    static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// Untrusted text made safe to print: control and escape characters shown, not obeyed.
    static func clean(_ text: String) -> String { TextFolding.sanitizeForTerminal(text) }

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
