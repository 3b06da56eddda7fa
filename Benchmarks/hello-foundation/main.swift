import Foundation

// The baseline for start-up time: a Swift program that imports Foundation and prints a line.
print("hello, \(ProcessInfo.processInfo.processName)")
