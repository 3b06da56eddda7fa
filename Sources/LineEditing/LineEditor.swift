import CEditLine
import CTerminal
import Foundation

/// Interactive line input through libedit: emacs keys, persistent history, Ctrl-R search,
/// Tab completion, and Ctrl-C that cancels the line instead of killing the program.
public final class LineEditor {
    public enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the caller drops what was typed (or the current question).
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case endOfInput
    }

    /// Given the text before the cursor, returns where the word being completed starts (a
    /// UTF-8 offset) and the candidates for it.
    public typealias Completer = (_ textBeforeCursor: String) -> (wordStart: Int, candidates: [String])

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private var promptPointer: UnsafeMutablePointer<CChar>?
    private var interruptedFlag = false
    /// Why the history file could not be written, once it could not (the first reason).
    public private(set) var historyProblem: String?
    private let historyFile: String?
    private let historySize: Int32
    public var completer: Completer?

    public var prompt: String = "> " {
        didSet { setPrompt(prompt) }
    }

    /// Nil when standard input or output is not a terminal: read lines plainly then.
    public init?(program: String, historyFile: String?, historySize: Int = 1000) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        // The settings to put back on exit and on SIGTERM/SIGHUP: taken before libedit changes any.
        ct_save_terminal(STDIN_FILENO)
        guard let el = el_init(program, ce_stdin(), ce_stdout(), ce_stderr()) else { return nil }
        guard let h = history_init() else {
            el_end(el)
            return nil
        }
        editLine = el
        history = h
        self.historyFile = historyFile
        self.historySize = Int32(historySize)
        ct_install_restore_handlers()
        _ = ce_history_setsize(h, &event, self.historySize)
        _ = ce_history_setunique(h, &event, 1)
        _ = ce_set_editor(el, "emacs")
        _ = ce_set_history(el, h)
        // libedit's own handlers while a line is read: the terminal back to normal before a
        // stop (SIGTSTP) and raw again with the line redrawn after `fg` (SIGCONT), the line
        // redrawn to the new width on a resize (SIGWINCH), and the terminal put back before
        // the handlers installed by ct_install_restore_handlers end the program.
        _ = ce_set_signal(el, 1)
        _ = ce_no_signals(el)
        _ = ce_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        setPrompt(prompt)
        _ = ce_set_prompt(el) { el in
            guard let el, let data = ce_get_clientdata(el) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptPointer
        }
        _ = ce_add_function(el, "fc-complete", "Complete the word") { el, _ in
            guard let el, let data = ce_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
        }
        _ = ce_add_function(el, "fc-interrupt", "Cancel the line") { el, _ in
            guard let el, let data = ce_get_clientdata(el) else { return UInt8(CC_ERROR) }
            Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().interruptedFlag = true
            return UInt8(CC_NEWLINE)
        }
        _ = ce_add_function(el, "fc-suspend", "Suspend the program (fg resumes it)") { el, _ in
            guard let el else { return UInt8(CC_ERROR) }
            // With -isig, Ctrl-Z is a key like any other: suspend as the terminal would have.
            _ = ce_prep_term(el, 0)
            kill(0, SIGTSTP)
            _ = ce_prep_term(el, 1)
            return UInt8(CC_REDISPLAY)
        }
        _ = ce_bind(el, "^Z", "fc-suspend")
        _ = ce_bind(el, "^I", "fc-complete")
        _ = ce_bind(el, "^C", "fc-interrupt")
        _ = ce_bind(el, "^R", "em-inc-search-prev")
        if let file = historyFile {
            if FileManager.default.fileExists(atPath: file) { _ = ce_history_load(h, &event, file) }
            // Rewritten once at start, so that a file other sessions appended to stays within the size.
            historyProblem = saveHistory()
        }
    }

    deinit {
        el_end(editLine)
        history_end(history)
        ct_restore_terminal()
        free(promptPointer)
    }

    private func setPrompt(_ text: String) {
        free(promptPointer)
        promptPointer = strdup(text)
    }

    public func readLine() -> Input {
        interruptedFlag = false
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        // Checked first: Ctrl-C on an empty line gives an empty line back, which would read as
        // the end of input.
        if interruptedFlag {
            interruptedFlag = false
            return .interrupted
        }
        guard let raw, count > 0 else {
            return .endOfInput
        }
        var line = String(cString: raw)
        while line.last == "\n" || line.last == "\r" { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history: trimmed, never empty, never twice in a row. The line is
    /// appended to the history file at once, so that a crash or a kill loses nothing typed.
    public func addHistory(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        if ce_history_first(history, &event) == 0, let last = event.str, String(cString: last) == trimmed { return }
        _ = ce_history_enter(history, &event, trimmed)
        appendToFile()
    }

    /// Appends the newest history entry to the history file (libedit's encoding; a new file
    /// gets mode 0600, an existing one keeps its mode). As with saveHistory, the file is never
    /// written through a symbolic link, never when it is read-only and never when it is not a
    /// regular file; the first reason it could not be written is kept in historyProblem, and
    /// nothing more is tried after it.
    /// The folder of a path ("" for a bare name), without `NSString`'s path methods, which trap
    /// on a one-character name on Linux.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private func appendToFile() {
        guard let file = historyFile, historyProblem == nil else { return }
        let dir = Self.folder(of: file)
        let folder = dir.isEmpty ? "." : dir
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                historyProblem = "cannot create the folder \(folder)"
                return
            }
        }
        // O_NOFOLLOW: a symbolic link (even a dangling one) fails with ELOOP instead of being
        // followed; O_NONBLOCK: a pipe without a reader does not hang the shell.
        let fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            switch errno {
            case ELOOP: historyProblem = "it is a symbolic link; it is not followed"
            case EISDIR: historyProblem = "it is a directory"
            case EACCES, EPERM, EROFS: historyProblem = "the file is read-only"
            default: historyProblem = String(cString: strerror(errno))
            }
            return
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            historyProblem = String(cString: strerror(errno))
            close(fd)
            return
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            historyProblem = (info.st_mode & S_IFMT == S_IFDIR) ? "it is a directory" : "it is not a regular file"
            close(fd)
            return
        }
        // Root may open a file without write permission; it is still the user's read-only file.
        guard info.st_mode & 0o200 != 0 else {
            historyProblem = "the file is read-only"
            close(fd)
            return
        }
        guard let fp = fdopen(fd, "a") else {
            historyProblem = String(cString: strerror(errno))
            close(fd)
            return
        }
        // The header is written only when the file is empty (libedit looks at the position).
        fseek(fp, 0, SEEK_END)
        if ce_history_nsave_fp(history, &event, 1, fp) < 0 { historyProblem = "cannot write the history" }
        if fflush(fp) != 0, historyProblem == nil { historyProblem = String(cString: strerror(errno)) }
        // libedit makes the file 0600 as it writes; the user's mode is put back.
        if fchmod(fileno(fp), info.st_mode & 0o7777) != 0, historyProblem == nil { historyProblem = String(cString: strerror(errno)) }
        if fclose(fp) != 0, historyProblem == nil { historyProblem = String(cString: strerror(errno)) }
    }

    /// Writes the history file, creating its folder (0700) when needed: a new file gets mode
    /// 0600, an existing one keeps its mode. The file is replaced through a temporary file
    /// beside it, never written through a symbolic link, never made writable when it is not,
    /// and never replaced when it is not a regular file. Returns why it was not saved, or nil.
    @discardableResult
    public func saveHistory() -> String? {
        guard let file = historyFile else { return nil }
        let dir = Self.folder(of: file)
        let folder = dir.isEmpty ? "." : dir
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                return "cannot create the folder \(folder)"
            }
        }
        var mode: mode_t = 0o600
        var info = stat()
        if lstat(file, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFLNK: return "it is a symbolic link; it is not followed"
            case S_IFDIR: return "it is a directory"
            default: return "it is not a regular file"
            }
            mode = info.st_mode & 0o7777
            if mode & 0o200 == 0 || access(file, W_OK) != 0 { return "the file is read-only" }
        } else if errno != ENOENT {
            return String(cString: strerror(errno))
        }
        let temp = folder + "/." + String(file[(file.lastIndex(of: "/").map(file.index(after:)) ?? file.startIndex)...]) + ".\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return "cannot write in \(folder): \(String(cString: strerror(errno)))" }
        guard let stream = fdopen(fd, "w") else {
            close(fd)
            unlink(temp)
            return "cannot write in \(folder)"
        }
        var failure: String?
        if ce_history_save_fp(history, &event, stream) < 0 { failure = "cannot write the history" }
        if fflush(stream) != 0 || fchmod(fd, mode) != 0 || fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if fclose(stream) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temp, file) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temp)
            return failure
        }
        return nil
    }

    private func complete() -> UInt8 {
        guard let completer else { return UInt8(CC_ERROR) }
        let cursor = Int(ce_line_cursor(editLine))
        guard let buffer = ce_line_buffer(editLine) else { return UInt8(CC_ERROR) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: cursor)
        let before = String(decoding: bytes, as: UTF8.self)
        let (wordStart, candidates) = completer(before)
        let typedBytes = max(0, cursor - wordStart)
        let typed = String(decoding: bytes.suffix(typedBytes), as: UTF8.self)
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1, let only = candidates.first {
            replace(typed: typed, typedBytes: typedBytes, with: only + (only.hasSuffix("/") ? "" : " "))
            return UInt8(CC_REFRESH)
        }
        let common = commonPrefix(candidates)
        if common.utf8.count > typed.utf8.count {
            replace(typed: typed, typedBytes: typedBytes, with: common)
            return UInt8(CC_REFRESH)
        }
        // Several choices and nothing more in common: list them under the line.
        let width = max(20, Int(terminalWidth()))
        let column = (candidates.map(\.count).max() ?? 10) + 2
        let perRow = max(1, width / column)
        var listing = "\n"
        for (i, candidate) in candidates.prefix(200).enumerated() {
            listing += candidate.padding(toLength: column, withPad: " ", startingAt: 0)
            if (i + 1) % perRow == 0 { listing += "\n" }
        }
        if !listing.hasSuffix("\n") { listing += "\n" }
        fputs(listing, ce_stdout())
        fflush(ce_stdout())
        return UInt8(CC_REDISPLAY)
    }

    private func replace(typed: String, typedBytes: Int, with text: String) {
        if typedBytes > 0 { el_deletestr(editLine, Int32(typed.count)) }
        _ = el_insertstr(editLine, text)
    }

    private func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix
    }

    private func terminalWidth() -> UInt16 {
        var size = winsize()
        return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? size.ws_col : 80
    }
}
