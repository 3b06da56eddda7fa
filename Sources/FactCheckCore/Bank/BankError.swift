import Foundation

/// A problem with a bank file, with the place it stands when that is known.
public struct BankError: Error, LocalizedError, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: String, Sendable {
        case unreadable, empty, tooLarge, invalidUTF8, syntax, aliasNotAllowed, tooComplex, schema,
             duplicateID, unknownReference, evidenceNotFound, invalidValue
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var file: String
    public var message: String

    public init(_ kind: Kind, file: String, location: SourceLocation? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, the form editors and compilers use.
    public var description: String {
        let place = location.map(\.description) ?? file
        return "\(TextFolding.sanitizeForTerminal(place)): error: \(TextFolding.sanitizeForTerminal(message))"
    }

    public var errorDescription: String? { description }
}

/// Every problem found in one or more bank files.
public struct BankProblems: Error, LocalizedError, CustomStringConvertible, Sendable {
    public var errors: [BankError]
    public init(_ errors: [BankError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
    public var errorDescription: String? { description }
}
