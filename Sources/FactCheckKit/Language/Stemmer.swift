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
        "towards": "toward", "russia": "russia", "china": "china", "plus": "plus", "bus": "bus", "virus": "virus",
        "versus": "versus", "consensus": "consensus", "status": "status", "focus": "focus",
    ]

    public static func stem(_ word: String) -> String {
        if let known = irregular[word] { return porter(known) }
        return porter(word)
    }

    static func porter(_ word: String) -> String {
        var w = Array(word)
        guard w.count > 2, w.allSatisfy({ $0.isLetter }) else { return word }
        // Step 1a
        if hasSuffix(w, "sses") { w.removeLast(2) }
        else if hasSuffix(w, "ies") { w.removeLast(2) }
        else if hasSuffix(w, "ss") {}
        else if hasSuffix(w, "us") || hasSuffix(w, "is") {}
        else if hasSuffix(w, "s") { w.removeLast() }
        // Step 1b
        var extra = false
        if hasSuffix(w, "eed") {
            if measure(Array(w.dropLast(3))) > 0 { w.removeLast() }
        } else if hasSuffix(w, "ed"), containsVowel(Array(w.dropLast(2))) {
            w.removeLast(2); extra = true
        } else if hasSuffix(w, "ing"), containsVowel(Array(w.dropLast(3))) {
            w.removeLast(3); extra = true
        }
        if extra {
            if hasSuffix(w, "at") || hasSuffix(w, "bl") || hasSuffix(w, "iz") {
                w.append("e")
            } else if w.count >= 2, w[w.count - 1] == w[w.count - 2], isConsonant(w, w.count - 1),
                      !["l", "s", "z"].contains(w[w.count - 1]) {
                w.removeLast()
            } else if measure(w) == 1, endsCVC(w) {
                w.append("e")
            }
        }
        // Step 1c
        if hasSuffix(w, "y"), containsVowel(Array(w.dropLast())) {
            w[w.count - 1] = "i"
        }
        // Step 5a: a final "e" goes, so that "praise" and "praised" meet.
        if hasSuffix(w, "e") {
            let base = Array(w.dropLast())
            let m = measure(base)
            if m > 1 || (m == 1 && !endsCVC(base)) { w.removeLast() }
        }
        return String(w)
    }

    private static func hasSuffix(_ w: [Character], _ suffix: String) -> Bool {
        let s = Array(suffix)
        return w.count >= s.count && Array(w[(w.count - s.count)...]) == s
    }

    private static func isConsonant(_ w: [Character], _ i: Int) -> Bool {
        switch w[i] {
        case "a", "e", "i", "o", "u": return false
        case "y": return i == 0 ? true : !isConsonant(w, i - 1)
        default: return true
        }
    }

    private static func measure(_ w: [Character]) -> Int {
        var m = 0
        var i = 0
        while i < w.count && isConsonant(w, i) { i += 1 }
        while i < w.count {
            while i < w.count && !isConsonant(w, i) { i += 1 }
            if i >= w.count { break }
            while i < w.count && isConsonant(w, i) { i += 1 }
            m += 1
        }
        return m
    }

    private static func containsVowel(_ w: [Character]) -> Bool {
        w.indices.contains { !isConsonant(w, $0) }
    }

    private static func endsCVC(_ w: [Character]) -> Bool {
        let n = w.count
        guard n >= 3 else { return false }
        return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)
            && !["w", "x", "y"].contains(w[n - 1])
    }
}
