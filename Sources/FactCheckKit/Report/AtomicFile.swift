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
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws(OutputError) {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) && !overwrite {
            throw OutputError(kind: .exists, path: path, message: "the file exists; use --force to replace it")
        }
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw OutputError(kind: .unwritable, path: path, message: "the folder \(folder) does not exist")
        }
        let temp = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
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
