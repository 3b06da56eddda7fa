import Foundation
@testable import FactCheckKit
import Testing
@testable import FactCheckCore

/// The indexed evidence search finds what a plain search of the whole article finds.
@Suite struct EvidenceLocatorTests {
    @Test func agreesWithAPlainSearch() {
        var rng = SplitMix64(seed: 13)
        let words = ["met", "wang", "yi", "on", "thursday", "the", "a", "blinken", "said", "china", "russia", "and", "x", "of"]
        for _ in 0..<200 {
            let article = (0..<Int(rng.next() % 200)).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            let locator = EvidenceLocator(article)
            let scalars = Array(article.unicodeScalars)
            for _ in 0..<20 {
                var needle: String
                if !scalars.isEmpty, rng.next() % 3 != 0 {
                    let a = Int(rng.next() % UInt64(scalars.count))
                    let b = min(scalars.count, a + 1 + Int(rng.next() % 40))
                    needle = String(String.UnicodeScalarView(scalars[a..<b]))
                } else {
                    needle = (0..<Int(1 + rng.next() % 5)).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
                }
                let expected = plain(article, needle)
                #expect(locator.firstOccurrence(of: needle) == expected, "\(needle) in \(article)")
            }
        }
    }

    func plain(_ haystack: String, _ needle: String) -> Range<Int>? {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= h.count else { return nil }
        for start in 0...(h.count - n.count) where Array(h[start..<(start + n.count)]) == n { return start..<(start + n.count) }
        return nil
    }
}

@Suite struct TimestampTests {
    @Test func reportTimesMatchTheISOFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        for seconds in [0.0, 1.5, 86_399.999, 1_764_438_620, 1_000_000_000.25, 4_102_444_800, 253_402_300_799] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ReportRenderer.iso(date) == formatter.string(from: date))
        }
    }

    @Test func localTimesMatchTheDateFormatter() throws {
        let zones = try ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"].map { try #require(TimeZone(identifier: $0)) }
        for zone in zones {
            let full = DateFormatter(), day = DateFormatter(), time = DateFormatter()
            for (f, format) in [(full, "yyyy-MM-dd HH:mm"), (day, "d MMM"), (time, "HH:mm")] {
                f.locale = Locale(identifier: "en_US_POSIX")
                f.timeZone = zone
                f.dateFormat = format
            }
            for seconds in [0.0, 86_399.999, 1_764_438_620, 1_751_328_000, 4_102_444_800] {
                let date = Date(timeIntervalSince1970: seconds)
                let name = ["UTC", "GMT"].contains(zone.identifier) ? "UTC" : (zone.abbreviation(for: date) ?? zone.identifier)
                #expect(ReportRenderer.local(date, zone) == full.string(from: date) + " " + name)
                #expect(ReportRenderer.axisLabel(date, zone, withinADay: false) == day.string(from: date))
                #expect(ReportRenderer.axisLabel(date, zone, withinADay: true) == time.string(from: date))
            }
        }
        #expect(ReportRenderer.local(Date(timeIntervalSince1970: 1e300), .current) == "")
    }
}
