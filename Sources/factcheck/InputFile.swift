import Foundation

/// Reads a whole input file, saying precisely why it cannot be read (a directory, a loop of
/// symbolic links, no permission) and with the documented exit code.
enum InputFile {
    struct Problem: Error {
        var message: String
        var exitCode: Int32
    }

    /// Files larger than this are refused (the statements of an evaluation set, not a corpus).
    static let maximumSize = 64 * 1024 * 1024

    static func read(_ path: String) -> Result<Data, Problem> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(Problem(message: describe(errno), exitCode: Exit.noInput)) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            return .failure(Problem(message: "it is a directory, not a file", exitCode: Exit.noInput))
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(message: "cannot read: \(describe(errno))", exitCode: Exit.ioError))
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
            if data.count > maximumSize {
                return .failure(Problem(message: "the file is larger than \(maximumSize / 1024 / 1024) MiB", exitCode: Exit.dataError))
            }
        }
        return .success(data)
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or directory"
        case ELOOP: "too many levels of symbolic links (a link that points back to itself?)"
        case EACCES: "permission denied"
        case EISDIR: "it is a directory, not a file"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
