import Foundation

// Compiles what the statement checker needs from WordNet 3.0 (Debian's `wordnet-base`, in
// /usr/share/wordnet, or the folder in $WORDNET_DIR) into a Swift source file, so the program
// never opens WordNet's files at run time:
//
// - for each single-word lemma, the synsets of its frequent senses (WordNet lists a lemma's
//   senses by frequency; `cntlist.rev` gives each sense's tag count), with the verbs a noun's
//   derivational links reach (decision -> decide) and an adjective satellite's head
//   (enormous -> large), and a noun's attribute values (height -> high, low), after its senses;
// - for each lemma, the synsets its senses are opposites of: direct antonyms, and through the
//   links above (disapproval -> disapprove, the opposite of approve);
// - the irregular forms of verbs and nouns (took take, met meet);
// - phrasal verbs as WordNet writes them ("pull_out", "step_down"): a verb and one particle.
//
// A synset is written as its part of speech and offset in base 36 ("v9ajk"); a synset only one
// lemma reaches is left out, since it relates that word to nothing else.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("WordNetCompiler: error: \(message)\n".utf8))
    exit(65)
}

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else { fail("usage: WordNetCompiler OUTPUT [WORDNET_DIR]") }
let directory = arguments.dropFirst().first ?? ProcessInfo.processInfo.environment["WORDNET_DIR"] ?? "/usr/share/wordnet"

func read(_ name: String) -> [UInt8] {
    let path = directory + "/" + name
    guard let data = FileManager.default.contents(atPath: path) else {
        fail("cannot read \(path): WordNet 3.0 is needed to build factcheck (Debian/Ubuntu: apt-get install wordnet-base, or run scripts/install-deps.sh)")
    }
    return [UInt8](data)
}

/// The lines of a file as byte slices, without the license header lines (which start with two spaces).
func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    for i in bytes.indices where bytes[i] == 10 {
        if i > start, bytes[start] != 32 { result.append(bytes[start..<i]) }
        start = i + 1
    }
    if start < bytes.count, bytes[start] != 32 { result.append(bytes[start...]) }
    return result
}

func fields(_ line: ArraySlice<UInt8>) -> [String] {
    line.split(separator: 32).map { String(decoding: $0, as: UTF8.self) }
}

struct Synset: Sendable {
    var words: [String] = []
    /// (symbol, target synset key, source word number, target word number); 0 = the whole synset.
    var pointers: [(String, String, Int, Int)] = []
    var satellite = false
    /// The lexicographer file the synset is in (18 is noun.person).
    var lexFile = 0
}

let posLetters: [String: String] = ["n": "n", "v": "v", "a": "a", "s": "a", "r": "r"]

func key(_ pos: String, _ offset: String) -> String { (posLetters[pos] ?? pos) + offset }

/// Letters WordNet uses in lemmas that the checker's tokeniser also keeps in one word.
func cleanLemma(_ word: String) -> String? {
    var w = word.lowercased()
    if let paren = w.firstIndex(of: "(") { w = String(w[..<paren]) }  // adjective markers: "(a)", "(p)", "(ip)"
    guard !w.isEmpty, !w.contains("_"), w.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" || $0 == "'" }),
          w.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) else { return nil }
    return w
}

/// The adverbs that make a verb and themselves one verb of their own: "pull out" is withdraw,
/// "step down" resign, "turn down" reject. Prepositions ("on", "over", "in") are left out: "played
/// on Monday" is no "play on". (The same list as `WordNet.particles`, which reads the tables.)
let particles: Set<String> = ["out", "up", "off", "down", "back", "away", "aside", "forward"]

/// A phrasal verb's lemma ("pull_out"), kept as WordNet writes it: a verb and one particle.
func phrasalLemma(_ word: String) -> String? {
    let parts = word.lowercased().split(separator: "_", omittingEmptySubsequences: false)
    guard parts.count == 2, particles.contains(String(parts[1])), let verb = cleanLemma(String(parts[0])),
          !verb.contains("-"), !verb.contains("'") else { return nil }
    return verb + "_" + parts[1]
}

let synsets: [String: Synset] = {
var synsets: [String: Synset] = [:]
for (file, pos) in [("data.noun", "n"), ("data.verb", "v"), ("data.adj", "a"), ("data.adv", "r")] {
    for line in lines(read(file)) {
        let bar = line.firstIndex(of: 124) ?? line.endIndex  // the gloss after '|'
        let f = fields(line[line.startIndex..<bar])
        guard f.count > 4, let wordCount = Int(f[3], radix: 16) else { continue }
        var s = Synset()
        s.satellite = f[2] == "s"
        s.lexFile = Int(f[1]) ?? 0
        var i = 4
        for _ in 0..<wordCount where i + 1 < f.count {
            s.words.append(cleanLemma(f[i]) ?? (pos == "v" ? phrasalLemma(f[i]) : nil) ?? "")
            i += 2
        }
        guard i < f.count, let pointerCount = Int(f[i]) else { continue }
        i += 1
        for _ in 0..<pointerCount where i + 3 < f.count {
            let st = f[i + 3]
            let source = Int(st.prefix(2), radix: 16) ?? 0
            let target = Int(st.suffix(2), radix: 16) ?? 0
            s.pointers.append((f[i], key(f[i + 2], f[i + 1]), source, target))
            i += 4
        }
        synsets[key(pos, f[0])] = s
    }
}
return synsets
}()

// Tag counts: lemma%sstype:... sense_number count
let counts: [String: Int] = {
var counts: [String: Int] = [:]
for line in lines(read("cntlist.rev")) {
    let f = fields(line)
    guard f.count == 3, let percent = f[0].firstIndex(of: "%"), let n = Int(f[2]) else { continue }
    let lemma = f[0][..<percent]
    let type = f[0][f[0].index(after: percent)...].prefix(1)
    let pos = ["1": "n", "2": "v", "3": "a", "4": "r", "5": "a"][String(type)] ?? "?"
    counts["\(lemma) \(pos) \(f[1])", default: 0] += n
}
return counts
}()

/// The senses kept for a lemma in one part of speech: the first, and up to two more that are
/// tagged often enough (at least 3 times and a quarter as often as the first).
func frequentSenses(_ lemma: String, _ pos: String, _ offsets: [String]) -> [String] {
    guard let first = offsets.first else { return [] }
    var kept = [key(pos, first)]
    let top = counts["\(lemma) \(pos) 1"] ?? 0
    guard top > 0 else { return kept }
    for (k, offset) in offsets.enumerated().dropFirst().prefix(5) where kept.count < 3 {
        let c = counts["\(lemma) \(pos) \(k + 1)"] ?? 0
        if c >= 3 && c * 4 >= top { kept.append(key(pos, offset)) }
    }
    return kept
}

var lemmaSenses: [String: [String]] = [:]
/// "lemma synset" for the senses SemCor tagged at least once, and each lemma's tag count by part
/// of speech: a sense of a part of speech the lemma is rarely used in reaches no more general
/// word ("summit" the noun is common; the verb "to summit", which is "to reach", is not).
var taggedSenses = Set<String>()
var tagsByPart: [String: [Character: Int]] = [:]
/// Each lemma's number of senses by part of speech, which decides when nothing is tagged.
var sensesByPart: [String: [Character: Int]] = [:]
/// The parts of speech each lemma has, whether or not its senses are kept ("ticket": n and v).
var lemmaParts: [String: String] = [:]
for (file, pos) in [("index.noun", "n"), ("index.verb", "v"), ("index.adj", "a"), ("index.adv", "r")] {
    for line in lines(read(file)) {
        let f = fields(line)
        guard f.count > 6, let lemma = cleanLemma(f[0]) ?? (pos == "v" ? phrasalLemma(f[0]) : nil), let synsetCount = Int(f[2]), let pointerCount = Int(f[3]) else { continue }
        let offsetsStart = 4 + pointerCount + 2
        guard offsetsStart + synsetCount <= f.count else { continue }
        let offsets = Array(f[offsetsStart..<(offsetsStart + synsetCount)])
        lemmaSenses[lemma, default: []].append(contentsOf: frequentSenses(f[0], pos, offsets))
        for (k, offset) in offsets.enumerated() {
            let tags = counts["\(f[0]) \(pos) \(k + 1)"] ?? 0
            if tags > 0 { taggedSenses.insert(lemma + " " + key(pos, offset)) }
            if let letter = pos.first { tagsByPart[lemma, default: [:]][letter, default: 0] += tags }
            if let letter = pos.first { sensesByPart[lemma, default: [:]][letter, default: 0] += 1 }
        }
        if !(lemmaParts[lemma] ?? "").contains(pos) { lemmaParts[lemma, default: ""] += pos }
        // "p": the lemma's most frequent noun sense is a kind of person (noun.person):
        // "composer", "widow", "cellist".
        if pos == "n", let first = offsets.first, synsets[key("n", first)]?.lexFile == 18 { lemmaParts[lemma, default: ""] += "p" }
        // "q": one of its two most frequent noun senses is a kind of person ("cleaner", whose
        // first sense is a cleansing agent).
        if pos == "n", offsets.prefix(2).contains(where: { synsets[key("n", $0)]?.lexFile == 18 }) { lemmaParts[lemma, default: ""] += "q" }
    }
}

/// The synsets a lemma's sense reaches: itself, the head of a satellite adjective, and the
/// synsets its own word is derivationally related to.
func reach(_ lemma: String, _ sense: String, verbInUse: Bool) -> [String] {
    guard let s = synsets[sense] else { return [sense] }
    var result = [sense]
    let wordNumber = (s.words.firstIndex(of: lemma) ?? -1) + 1
    for (symbol, target, source, _) in s.pointers {
        if symbol == "&", s.satellite { result.append(target) }
        // A noun reaches the verb it names the act of ("decision" -> decide), never the reverse:
        // a verb's own senses already say what it does.
        // Not to a verb of the same form when the lemma is seldom a verb ("tent" -> "to tent",
        // which is "to camp"); "figures released" is "figures published".
        if symbol == "+", source == wordNumber, sense.first == "n", target.first == "v",
           verbInUse || synsets[target]?.words.contains(lemma) != true { result.append(target) }
    }
    return result
}

/// Synsets that some word of a synset (or its head, for a satellite) is the direct antonym of.
func opposites(_ sense: String) -> [String] {
    guard let s = synsets[sense] else { return [] }
    var result: [String] = []
    for (symbol, target, _, _) in s.pointers where symbol == "!" { result.append(target) }
    if s.satellite {
        for (symbol, target, _, _) in s.pointers where symbol == "&" {
            for (sym, t, _, _) in synsets[target]?.pointers ?? [] where sym == "!" { result.append(t) }
        }
    }
    return result
}

/// The synsets one step more general than a sense (its hypernyms): an article word backs a
/// statement's more general word ("fares rose" backs "fares increased"), never the reverse.
func hypernyms(_ sense: String) -> [String] {
    (synsets[sense]?.pointers ?? []).filter { $0.0 == "@" || $0.0 == "@i" }.map(\.1)
}

/// How many synsets lie under a noun synset (its hyponyms, and theirs), counted once each.
var descendantCounts: [String: Int] = [:]
@MainActor func descendants(_ sense: String) -> Int {
    if let known = descendantCounts[sense] { return known }
    var seen = Set<String>()
    var stack = [sense]
    while let next = stack.popLast() {
        for (symbol, target, _, _) in synsets[next]?.pointers ?? [] where (symbol == "~" || symbol == "~i") && target.first == "n" {
            if seen.insert(target).inserted { stack.append(target) }
        }
    }
    descendantCounts[sense] = seen.count
    return seen.count
}

/// A noun's more general senses two and three steps up count too, while they still name a kind
/// of thing and not a whole domain: "jet" -> airplane -> heavier-than-air craft -> aircraft,
/// but never "person", "group" or "event" (more than `broadestKind` synsets under them).
let broadestKind = 600

/// The synsets more general than a sense: one step for every sense, up to three for a noun's
/// most frequent sense (`far`) while they stay narrow enough (see `broadestKind`): "base" the
/// military base is no sports equipment, though a base in baseball is.
@MainActor func broader(_ sense: String, far: Bool) -> [String] {
    var result = hypernyms(sense)
    guard far, sense.first == "n" else { return result }
    var level = result
    for _ in 0..<2 {
        var next: [String] = []
        for s in level {
            for b in hypernyms(s) where !result.contains(b) && !next.contains(b) && descendants(b) <= broadestKind { next.append(b) }
        }
        result += next
        level = next
    }
    return result
}

var entries: [(String, [String], [String], [String])] = []
var uses: [String: Int] = [:]
var opposed = Set<String>()
var generalised = Set<String>()
for (lemma, senses) in lemmaSenses {
    // A sense counts when it is in use, or is of the part of speech the lemma is most used in
    // (when none is tagged, the one with the most senses): "tent" the noun is common, the verb
    // "to tent", which is "to camp", is not.
    let tagged = (tagsByPart[lemma]?.values.max() ?? 0) > 0
    let parts = (tagged ? tagsByPart[lemma] : sensesByPart[lemma]) ?? [:]
    let most = parts.values.max() ?? 0
    func inUse(_ sense: String) -> Bool {
        guard let letter = sense.first else { return true }
        return taggedSenses.contains(lemma + " " + sense) || parts[letter] == most
    }
    var concepts: [String] = []
    let verbInUse = (tagged && (tagsByPart[lemma]?["v"] ?? 0) > 0) || parts["v"] == most
    for sense in senses where inUse(sense) {
        for c in reach(lemma, sense, verbInUse: verbInUse) where !concepts.contains(c) { concepts.append(c) }
    }
    // A noun's attribute values after all its senses, so that they only back the word, never
    // pick a fact by it: "height" backs "high" (and "low"), "depth" backs "deep". Not the other
    // way: "weak" would share "strength" with "strong".
    for sense in senses where inUse(sense) && sense.first == "n" {
        for (symbol, target, _, _) in synsets[sense]?.pointers ?? [] where symbol == "=" && target.first == "a" && !concepts.contains(target) {
            concepts.append(target)
        }
    }
    var anti: [String] = []
    for c in concepts { for o in opposites(c) where !anti.contains(o) && !concepts.contains(o) { anti.append(o) } }
    var general: [String] = []
    for sense in senses where (sense.first == "v" || sense.first == "n") && inUse(sense) {
        // (Only of a word used mostly as a noun: "paid" is no salary, and so no cost.)
        let far = sense == senses.first(where: { $0.first == "n" }) && parts["n"] == most
        for b in broader(sense, far: far) where !general.contains(b) && !concepts.contains(b) { general.append(b) }
    }
    for c in concepts { uses[c, default: 0] += 1 }
    opposed.formUnion(anti)
    generalised.formUnion(general)
    entries.append((lemma, concepts, anti, general))
}

func base36(_ synset: String) -> String {
    guard let pos = synset.first, let n = Int(synset.dropFirst()) else { return synset }
    return String(pos) + String(n, radix: 36)
}

var table = ""
var kept = 0
for (lemma, concepts, anti, general) in entries.sorted(by: { $0.0 < $1.0 }) {
    // A synset no other lemma reaches says nothing a word's own form does not, unless it is
    // the opposite or the more general sense of another word.
    let shared = concepts.filter { (uses[$0] ?? 0) > 1 || opposed.contains($0) || generalised.contains($0) }
    let reachable = general.filter { (uses[$0] ?? 0) > 0 }
    // A lemma of two parts of speech is kept for them alone: which it can be decides how a
    // number's noun is read ("68,400 tickets").
    guard !shared.isEmpty || !anti.isEmpty || !reachable.isEmpty || (lemmaParts[lemma]?.count ?? 0) > 1 else { continue }
    table += lemma + "\t" + shared.map(base36).joined(separator: " ") + "\t" + anti.map(base36).joined(separator: " ")
        + "\t" + reachable.map(base36).joined(separator: " ") + "\t" + (lemmaParts[lemma] ?? "") + "\n"
    kept += 1
}

var exceptions: [(String, String)] = []
for file in ["verb.exc", "noun.exc"] {
    for line in lines(read(file)) {
        let f = fields(line)
        guard f.count >= 2, let form = cleanLemma(f[0]), let lemma = cleanLemma(f[1]), form != lemma else { continue }
        exceptions.append((form, lemma))
    }
}
// Irregular comparatives and superlatives ("biggest" -> big), apart from the verbs' and nouns':
// only forms that are no lemma themselves ("backer" and "better" are words of their own).
var adjectiveExceptions: [(String, String)] = []
for line in lines(read("adj.exc")) {
    let f = fields(line)
    guard f.count >= 2, let form = cleanLemma(f[0]), let lemma = cleanLemma(f[1]), form != lemma, lemmaParts[form] == nil,
          form.hasSuffix("er") || form.hasSuffix("est") else { continue }
    adjectiveExceptions.append((form, lemma))
}
var seenAdjectives = Set<String>()
let adjectiveText = adjectiveExceptions.sorted { $0.0 < $1.0 }.filter { seenAdjectives.insert($0.0).inserted }.map { "\($0.0)\t\($0.1)\n" }.joined()
var seen = Set<String>()
let exceptionText = exceptions.sorted { $0.0 < $1.0 }.filter { seen.insert($0.0).inserted }.map { "\($0.0)\t\($0.1)\n" }.joined()

let source = """
// Generated by WordNetCompiler from WordNet 3.0 (\(kept) lemmas, \(seen.count) irregular forms). Do not edit.
// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See WordNet's license.
enum WordNetData {
    /// lemma TAB synsets of its frequent senses TAB synsets it is the opposite of TAB synsets one
    /// step more general TAB its parts of speech (n, v, a, r; p when its most frequent noun sense
    /// is a kind of person); sorted by lemma.
    static let lemmas = #\"\"\"
\(table)\"\"\"#
    /// irregular form TAB lemma; sorted by form.
    static let exceptions = #\"\"\"
\(exceptionText)\"\"\"#
    /// irregular comparative or superlative TAB adjective; sorted by form.
    static let adjectiveExceptions = #\"\"\"
\(adjectiveText)\"\"\"#
}

"""
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    fail("cannot write \(outputPath): \(error)")
}
