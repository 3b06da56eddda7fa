import FactCheckCore
import Foundation

/// Why a file could not be written. Nothing is left half-written: an earlier file stays as it was.
public struct OutputError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable { case exists, unwritable, diskFull, io }
    public var kind: Kind
    public var path: String
    public var message: String
    public var description: String { "\(TextFolding.sanitizeForTerminal(path)): error: \(message)" }
    public var errorDescription: String? { description }
}

public enum AtomicFile {
    /// Writes to a temporary file beside `path`, flushes it, then renames it over `path`.
    /// Only a regular file is ever replaced (not a symbolic link, a device, a directory or a
    /// pipe), and it keeps its mode.
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws(OutputError) {
        let fm = FileManager.default
        var info = stat()
        let mask = umask(0o022)
        umask(mask)
        var mode: mode_t = 0o644 & ~mask
        if lstat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type != S_IFREG {
                let what = type == S_IFLNK ? "a symbolic link" : type == S_IFDIR ? "a directory" : type == S_IFCHR ? "a character device"
                    : type == S_IFBLK ? "a block device" : type == S_IFIFO ? "a named pipe" : "not a regular file"
                throw OutputError(kind: .unwritable, path: path,
                                  message: "this is \(what), not a regular file; it is never replaced — leave out -o to write to standard output, or choose another file")
            }
            if !overwrite {
                throw OutputError(kind: .exists, path: path, message: "the file exists; use --force to replace it")
            }
            mode = info.st_mode & 0o7777
        }
        let dir = PathName.split(path).folder
        let folder = dir.isEmpty ? "." : dir
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw OutputError(kind: .unwritable, path: path, message: "the folder \(folder) does not exist")
        }
        let temp = folder + "/.\(PathName.split(path).name).\(getpid()).tmp"
        unlink(temp)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw OutputError(kind: .unwritable, path: path, message: "cannot write in \(folder): \(String(cString: strerror(errno)))")
        }
        var failure: OutputError?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    let kind: OutputError.Kind = errno == ENOSPC || errno == EDQUOT ? .diskFull : .io
                    failure = OutputError(kind: kind, path: path, message: kind == .diskFull
                        ? "the disk is full; nothing was written and any earlier file is unchanged"
                        : "cannot write: \(String(cString: strerror(errno)))")
                    return
                }
                offset += n
            }
        }
        if failure == nil && fchmod(fd, mode) != 0 {
            failure = OutputError(kind: .io, path: path, message: "cannot set the file's mode: \(String(cString: strerror(errno)))")
        }
        if failure == nil && fsync(fd) != 0 {
            failure = OutputError(kind: errno == ENOSPC ? .diskFull : .io, path: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        close(fd)
        if let failure {
            unlink(temp)
            throw failure
        }
        if rename(temp, path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temp)
            throw OutputError(kind: .io, path: path, message: "cannot replace the file: \(message)")
        }
    }
}
