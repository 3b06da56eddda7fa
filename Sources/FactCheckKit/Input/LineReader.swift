import Foundation

/// Reads lines from a file descriptor without holding more than one line in memory.
/// Lines over `maximumLineLength` bytes and lines that are not UTF-8 come back as errors,
/// with their line number, and reading goes on.
public struct LineReader {
    public enum Line: Sendable, Equatable {
        case text(number: Int, String)
        case tooLong(number: Int)
        case invalidUTF8(number: Int)
    }

    public static let defaultMaximumLineLength = 64 * 1024
    let fd: Int32
    let maximumLineLength: Int
    var buffer = [UInt8]()
    var position = 0
    var eof = false
    var lineNumber = 0
    /// The errno of a failed read (a directory, a closed descriptor, an I/O error); reading
    /// stops there, and `next` returns nil as at the end of input.
    public private(set) var readError: Int32?
    /// Called before the reader waits for more input (a caller flushes its output here).
    public var willWait: (() -> Void)?

    public init(fileDescriptor: Int32, maximumLineLength: Int = LineReader.defaultMaximumLineLength) {
        self.fd = fileDescriptor
        self.maximumLineLength = maximumLineLength
    }

    mutating func fill() -> Bool {
        if eof { return false }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        willWait?()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = errno }
            if n <= 0 { eof = true; return false }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }

    /// The next line (without its line break), or nil at the end of input.
    public mutating func next() -> Line? {
        var tooLong = false
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let bytes = buffer[position..<newline]
                position = newline + 1
                lineNumber += 1
                if tooLong || bytes.count > maximumLineLength { return .tooLong(number: lineNumber) }
                return decode(bytes)
            }
            if buffer.count - position > maximumLineLength {
                // Drop what we have of an overlong line and keep skipping to its end.
                tooLong = true
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            if !fill() {
                guard position < buffer.count || tooLong else { return nil }
                let bytes = buffer[position...]
                position = buffer.count
                lineNumber += 1
                if tooLong || bytes.count > maximumLineLength { return .tooLong(number: lineNumber) }
                return decode(bytes)
            }
        }
    }

    func decode(_ bytes: ArraySlice<UInt8>) -> Line {
        var slice = bytes
        if slice.last == 0x0D { slice = slice.dropLast() }
        guard let text = String(validating: slice, as: UTF8.self) else { return .invalidUTF8(number: lineNumber) }
        return .text(number: lineNumber, text)
    }
}
