import Foundation

/// Work split into blocks that run on every core, for building a large bank's index (the
/// target is the wall time of loading it). The results come back in order, exactly as a
/// loop would give them.
enum Parallel {
    /// `transform` of `0..<count`, one block of `block` items at a time, concatenated in order.
    /// Below two blocks, and with a single core, the blocks run on the calling thread.
    static func map<T: Sendable>(_ count: Int, block: Int = 64, _ transform: @Sendable (Range<Int>) -> [T]) -> [T] {
        let blocks = (count + block - 1) / block
        guard blocks > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return transform(0..<count) }
        let results = ResultSlots<[T]>(count: blocks)
        DispatchQueue.concurrentPerform(iterations: blocks) { b in
            results.put(b, transform((b * block)..<min(count, (b + 1) * block)))
        }
        var all: [T] = []
        all.reserveCapacity(count)
        for part in results.take() { all.append(contentsOf: part) }
        return all
    }
}

/// Slots that concurrent workers fill, each its own.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = [T?](repeating: nil, count: count) }

    func put(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The filled slots in order (every slot once `concurrentPerform` has returned).
    func take() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
