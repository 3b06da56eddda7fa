import Foundation

/// One folder per test process for the files tests write, removed when the process exits,
/// so a test run leaves nothing behind in the system's temporary folder.
public enum Scratch {
    /// The folder, with a trailing slash: `<tmp>/factcheck-tests-<pid>/`.
    public static let directory: String = {
        let path = NSTemporaryDirectory() + "factcheck-tests-\(getpid())/"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { Scratch.removeAll() }
        return path
    }()

    /// The folder as a file URL.
    public static var url: URL { URL(fileURLWithPath: directory, isDirectory: true) }

    /// Removes the folder and everything in it. Tests leave some folders read-only, so every
    /// real folder (never the target of a link) is made writable first.
    static func removeAll() {
        let manager = FileManager.default
        if let walker = manager.enumerator(atPath: directory) {
            for case let relative as String in walker {
                let path = directory + relative
                guard (try? manager.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory
                else { continue }
                try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
            }
        }
        try? manager.removeItem(atPath: directory)
    }
}
