/// The folder and the file name of a path, without Foundation's `NSString` path methods (which
/// trap on a one-character name such as `-o x` on Linux).
public enum PathName {
    /// "dir/file" → ("dir", "file"); "file" → ("", "file"); "/file" → ("/", "file").
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }
}
