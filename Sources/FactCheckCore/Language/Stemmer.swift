/// Porter's step 1 (plurals, -ed, -ing, -y) plus a table of irregular verbs: enough to make
/// "meeting", "met" and "meets" one word, applied the same way to the article and to claims.
public enum Stemmer {
    static let irregular: [String: String] = [
        "met": "meet", "said": "say", "says": "say", "took": "take", "taken": "take", "seen": "see", "saw": "see",
        "held": "hold", "sat": "sit", "spoke": "speak", "spoken": "speak", "gave": "give", "given": "give",
        "made": "make", "came": "come", "found": "find", "told": "tell", "was": "be", "were": "be", "is": "be",
        "are": "be", "been": "be", "am": "be", "being": "be", "has": "have", "had": "have", "did": "do",
        "does": "do", "done": "do", "went": "go", "gone": "go", "won": "win", "led": "lead", "left": "leave",
        "sought": "seek", "brought": "bring", "thought": "think", "meant": "mean", "felt": "feel",
        "kept": "keep", "stood": "stand", "began": "begin", "begun": "begin", "ran": "run", "wrote": "write",
        "written": "write", "knew": "know", "known": "know", "grew": "grow", "drew": "draw", "chose": "choose",
        "chosen": "choose", "rose": "rise", "fell": "fall", "fought": "fight", "struck": "strike", "sent": "send",
        "spent": "spend", "built": "build", "lost": "lose", "paid": "pay", "heard": "hear", "became": "become",
        "got": "get", "gotten": "get", "forgot": "forget", "understood": "understand", "withdrew": "withdraw",
        "undertook": "undertake", "overtook": "overtake", "upheld": "uphold", "withheld": "withhold",
        "children": "child", "men": "man", "women": "woman", "people": "person", "countries": "country",
        "policies": "policy", "news": "news", "us": "us", "media": "media", "data": "data", "crisis": "crisis",
        "series": "series", "analysis": "analysis", "basis": "basis", "thus": "thus", "various": "various",
        "previous": "previous", "serious": "serious", "this": "this", "his": "his", "its": "its", "as": "as",
        "gas": "gas", "always": "always", "perhaps": "perhaps", "ties": "tie", "lies": "lie", "dies": "die",
        "relations": "relation", "sides": "side", "tries": "try", "tried": "try", "yes": "yes", "less": "less",
        "unless": "unless", "across": "across", "whereas": "whereas", "afterwards": "afterward",
        "towards": "toward", "plus": "plus", "bus": "bus", "virus": "virus",
        "versus": "versus", "consensus": "consensus", "status": "status", "focus": "focus",
    ]

    public static func stem(_ word: String) -> String {
        // A word listed as its own stem ("news", "series", "gas") is not cut further.
        if let known = irregular[word] { return known == word ? word : porter(known) }
        if let lemma = WordNet.lemma(ofIrregular: word) { return porter(lemma) }
        return porter(word)
    }

    static func porter(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 2, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        // Step 1a
        if ends(w, "sses") { w.removeLast(2) }
        else if ends(w, "ies") { w.removeLast(2) }
        else if ends(w, "ss") || ends(w, "us") || ends(w, "is") {}
        else if ends(w, "s") { w.removeLast() }
        // Step 1b
        var extra = false
        if ends(w, "eed") {
            if measure(w, upTo: w.count - 3) > 0 { w.removeLast() }
        } else if ends(w, "ed"), containsVowel(w, upTo: w.count - 2) {
            w.removeLast(2); extra = true
        } else if ends(w, "ing"), containsVowel(w, upTo: w.count - 3) {
            w.removeLast(3); extra = true
        }
        if extra {
            if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
                w.append(101)
            } else if w.count >= 2, w[w.count - 1] == w[w.count - 2], isConsonant(w, w.count - 1),
                      ![108, 115, 122].contains(w[w.count - 1]) {
                w.removeLast()
            } else if measure(w, upTo: w.count) == 1, endsCVC(w, upTo: w.count) {
                w.append(101)
            }
        }
        // Step 1c
        if ends(w, "y"), containsVowel(w, upTo: w.count - 1) {
            w[w.count - 1] = 105
        }
        // Step 5a: a final "e" goes, so that "praise" and "praised" meet.
        if ends(w, "e") {
            let m = measure(w, upTo: w.count - 1)
            if m > 1 || (m == 1 && !endsCVC(w, upTo: w.count - 1)) { w.removeLast() }
        }
        return String(decoding: w, as: UTF8.self)
    }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let base = w.count - n
        return suffix.withUTF8Buffer { s in
            for i in 0..<n where w[base + i] != s[i] { return false }
            return true
        }
    }

    private static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 97, 101, 105, 111, 117: return false
        case 121: return i == 0 ? true : !isConsonant(w, i - 1)
        default: return true
        }
    }

    private static func measure(_ w: [UInt8], upTo end: Int) -> Int {
        var m = 0
        var i = 0
        while i < end && isConsonant(w, i) { i += 1 }
        while i < end {
            while i < end && !isConsonant(w, i) { i += 1 }
            if i >= end { break }
            while i < end && isConsonant(w, i) { i += 1 }
            m += 1
        }
        return m
    }

    private static func containsVowel(_ w: [UInt8], upTo end: Int) -> Bool {
        (0..<max(0, end)).contains { !isConsonant(w, $0) }
    }

    private static func endsCVC(_ w: [UInt8], upTo n: Int) -> Bool {
        guard n >= 3 else { return false }
        return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)
            && ![119, 120, 121].contains(w[n - 1])
    }
}
