/// Descriptions an article gives a name beside it: "Kestrel Market, a Dutch online retailer
/// based in Rotterdam,", "The attackers, a group calling itself Grey Lantern,", and positions
/// given through an owner: "The authority's chairman, Pieter van Lier," and "Nordvakt ...,
/// whose lead researcher, Dr Ingrid Solheim,".
extension NameFinder {
    /// Words that end a described noun phrase: what follows says where or what else.
    static let descriptionStops: Set<String> = [
        "based", "headquartered", "that", "which", "who", "whose", "with", "in", "at", "from", "of", "for", "on",
        "owned", "run", "founded", "known", "called", "named", "calling", "and", "or", "by", "to",
    ]
    /// Heads that make a described name a group rather than a person.
    static let groupHeads: Set<String> = ["group", "gang", "collective", "movement", "network", "faction", "cell", "crew", "band"]

    /// Nouns that say a name is a place when it is said to be one ("X is a suburb").
    static let placeKinds: Set<String> = DraftWords.placeHeads.union([
        "borough", "suburb", "city", "neighbourhood", "neighborhood", "municipality", "ward", "parish", "township",
    ])

    /// Whether the words after a name say it is a place: "was the only borough", "is a small town".
    static func saysItIsAPlace(_ s: SentenceWords, after last: Int) -> Bool {
        var k = last + 1
        guard k + 1 < s.tokens.count, s.tokens[last].trailingPunctuation == nil,
              ["is", "was", "remains", "became"].contains(s.tokens[k].text) else { return false }
        k += 1
        guard ["a", "an", "the"].contains(s.tokens[k].text) else { return false }
        k += 1
        var words = 0
        while k < s.tokens.count, words < 3 {
            if placeKinds.contains(s.tokens[k].text) { return !s.tokens[k].capitalized }
            if s.tokens[k].capitalized || s.tokens[k].trailingPunctuation != nil { return false }
            k += 1
            words += 1
        }
        return false
    }

    /// "NAME, a Dutch online retailer based in Rotterdam,": "the retailer", "the online retailer",
    /// "the Dutch retailer" and "the Dutch online retailer" become aliases of the organisation
    /// (when no other entity claims them), a nationality makes it act for that country, and a
    /// capital after "based in" does the same. "DESCRIPTION, a group calling itself NAME,": the
    /// description and "the group" become aliases of NAME, which is a group, not a person.
    mutating func findIndefiniteAppositions() {
        var claims: [String: Set<String>] = [:]
        var retype: [(id: String, type: EntityType)] = []
        var represents: [(id: String, country: String)] = []
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for (si, s) in sentences.enumerated() {
            let here = (bySentence[si] ?? []).sorted { $0.start < $1.start }
            for m in here {
                guard let e = entityByID(m.entity), e.type != .country, m.role == nil else { continue }
                let last = m.tokens.upperBound - 1
                // The described name: "NAME, a ... HEAD".
                if s.tokens[last].trailingPunctuation == ",", let (words, head, stop) = description(s, from: m.tokens.upperBound) {
                    let headWord = s.tokens[head].text
                    if e.type == .person, Self.isPersonNoun(headWord) || !WordNet.canBe("n", headWord) { continue }
                    if e.type == .person || e.type == .place {
                        retype.append((e.id, Self.groupHeads.contains(headWord) ? .group : .organisation))
                    }
                    for phrase in descriptionAliases(s, words: words, head: head) { claims[phrase, default: []].insert(e.id) }
                    if let country = nationality(s, words: words) { represents.append((e.id, country)) }
                    // "based in Oslo": where it is; a country or its capital is the one it acts for.
                    if let stop, ["based", "headquartered"].contains(s.tokens[stop].text), stop + 2 < s.tokens.count,
                       s.tokens[stop + 1].text == "in" {
                        let place = stop + 2
                        if let c = country(named: s.original(place)) {
                            represents.append((e.id, entities[countryEntity(c)].id))
                        }
                        if let where_ = here.first(where: { $0.tokens.lowerBound == place }),
                           let kind = entityByID(where_.entity)?.type, kind == .place || kind == .country {
                            bases.append((si, s.tokens[m.tokens.upperBound].start, where_.start, where_.end, e.id, where_.entity))
                        }
                    }
                }
                // "Harrowfield was the only borough to record a rise": a name said to be a place
                // of some kind is a place, whatever its one word suggested.
                if e.type == .organisation, m.tokens.count == 1, e.review.contains(where: { $0.hasPrefix("guessed to be") }),
                   Self.saysItIsAPlace(s, after: last) {
                    retype.append((e.id, .place))
                }
                // "DESCRIPTION, a group calling itself NAME".
                let first = m.tokens.lowerBound
                guard first >= 2 else { continue }
                let callers: [[String]] = [["calling", "itself"], ["calling", "themselves"], ["called"], ["named"], ["known", "as"]]
                guard let caller = callers.first(where: { c in
                    first - c.count >= 0 && Array(s.tokens[(first - c.count)..<first].map(\.text)) == c
                }) else { continue }
                let callerStart = first - caller.count
                // Back to "a" / "an" after a comma.
                var k = callerStart - 1
                while k > 0, callerStart - k <= 4, !["a", "an"].contains(s.tokens[k].text) { k -= 1 }
                guard k > 0, ["a", "an"].contains(s.tokens[k].text), s.tokens[k - 1].trailingPunctuation == ",",
                      let (words, head, _) = description(s, from: k), head == callerStart - 1 else { continue }
                let headWord = s.tokens[head].text
                guard WordNet.canBe("n", headWord), !Self.isPersonNoun(headWord) else { continue }
                if e.type == .person { retype.append((e.id, Self.groupHeads.contains(headWord) ? .group : .organisation)) }
                for phrase in descriptionAliases(s, words: words, head: head) { claims[phrase, default: []].insert(e.id) }
                // "The attackers, a group ...": the phrase before the comma is NAME too.
                var d = k - 1
                var described: [Int] = [d]
                while d > 0, described.count < 4, s.tokens[d - 1].trailingPunctuation == nil, !s.tokens[d - 1].capitalized
                        || d - 1 == 0 {
                    d -= 1
                    described.insert(d, at: 0)
                    if ["the"].contains(s.tokens[d].text) { break }
                }
                if s.tokens[described[0]].text == "the", described.count >= 2,
                   described.dropFirst().allSatisfy({ !s.tokens[$0].capitalized && !GeneralLexicon.functionWords.contains(s.tokens[$0].text) }),
                   let lastDescribed = described.last, WordNet.canBe("n", s.tokens[lastDescribed].text) {
                    claims["the " + described.dropFirst().map { s.original($0) }.joined(separator: " "), default: []].insert(e.id)
                }
            }
        }
        for (id, type) in retype {
            guard let i = idIndex[id], entities[i].type != type else { continue }
            entities[i].type = type
            entities[i].sex = nil
            entities[i].review.removeAll { $0.hasPrefix("guessed to be") }
        }
        for (id, country) in represents {
            guard let i = idIndex[id], entities[i].represents == nil else { continue }
            entities[i].represents = country
        }
        giveUnclaimed(claims)
    }

    /// "the Kestrel Bank offshore wind farm", "the Selby Marsh nature reserve": lower-case nouns
    /// after a name say what it is. They become aliases ("the wind farm", "the reserve"), and a
    /// name so described by a word that is no kind of organisation is a place, whatever its last
    /// word ("Bank", "Marsh") suggested.
    mutating func findTrailingDescriptions() {
        var claims: [String: Set<String>] = [:]
        var places: Set<String> = []
        for m in mentions {
            let s = sentences[m.sentence]
            guard let e = entityByID(m.entity), e.type == .organisation || e.type == .place,
                  m.tokens.lowerBound > 0, s.tokens[m.tokens.lowerBound - 1].text == "the",
                  s.tokens[m.tokens.upperBound - 1].trailingPunctuation == nil, !s.tokens[m.tokens.upperBound - 1].possessive
            else { continue }
            var words: [Int] = []
            var k = m.tokens.upperBound
            while k < s.tokens.count, words.count < 3 {
                let t = s.tokens[k]
                if t.capitalized || t.quoted || GeneralLexicon.functionWords.contains(t.text) || Self.descriptionStops.contains(t.text) { break }
                words.append(k)
                k += 1
                if t.trailingPunctuation != nil || t.possessive { break }
            }
            guard let head = words.last, !s.tokens[head].possessive else { continue }
            // The words must end the noun phrase: punctuation, a preposition, a function word or the end.
            let closed = s.tokens[head].trailingPunctuation != nil || head + 1 >= s.tokens.count
                || GeneralLexicon.functionWords.contains(s.tokens[head + 1].text) || Self.descriptionStops.contains(s.tokens[head + 1].text)
            guard closed else { continue }
            let kinds = words.map { s.tokens[$0].text }
            // Modifiers may be adjectives ("offshore", "solar"); the last word is a noun.
            guard kinds.enumerated().allSatisfy({ n, w in
                (WordNet.canBe("n", w) || n < kinds.count - 1) && !Self.isRegularPast(w)
                    && WordNet.lemma(ofIrregular: w) == nil && !w.hasSuffix("ing") && w.first?.isNumber != true
            }) else { continue }
            let headWord = kinds[kinds.count - 1]
            // Words for an organisation after its name are handled where names are read ("city council").
            if DraftWords.organisationTails.contains(headWord) || DraftWords.organisationHeads.contains(headWord) { continue }
            if Self.isPersonNoun(headWord) { continue }
            // "the Castellan plant" is Castellan's plant: a company named by one word, or by its
            // first word alone somewhere, is an owner, not the thing described.
            let nameWords = e.name.split(separator: " ").map { TextFolding.comparable(String($0)) }
            guard nameWords.count >= 2, let firstWord = nameWords.first, !appearsAlone(firstWord) else { continue }
            for phrase in descriptionAliases(s, words: words, head: head) { claims[phrase, default: []].insert(e.id) }
            if e.type == .organisation { places.insert(e.id) }
        }
        for id in places {
            guard let i = idIndex[id] else { continue }
            entities[i].type = .place
            entities[i].review.append("read as a place from the words after its name")
        }
        giveUnclaimed(claims)
    }

    /// "a Skyward-2 rocket", "Valmora's Meridian-1 weather satellite", "the vaccine, known as
    /// NV-218": the nouns after a numbered name, or before it, say what it is, and become its
    /// aliases ("the rocket", "the satellite", "the vaccine").
    mutating func findNumberedDescriptions() {
        var claims: [String: Set<String>] = [:]
        for m in mentions {
            let s = sentences[m.sentence]
            guard let e = entityByID(m.entity), e.type == .event, Self.isNumbered(s, m.tokens) else { continue }
            var words: [Int] = []
            var k = m.tokens.upperBound
            while s.tokens[m.tokens.upperBound - 1].trailingPunctuation == nil, k < s.tokens.count, words.count < 3 {
                let t = s.tokens[k]
                if t.capitalized || t.quoted || GeneralLexicon.functionWords.contains(t.text) || Self.descriptionStops.contains(t.text) { break }
                words.append(k)
                k += 1
                if t.trailingPunctuation != nil || t.possessive { break }
            }
            // The last word is a noun and ends the phrase ("rocket lifted off": "lifted" is no noun).
            while let last = words.last, !WordNet.canBe("n", s.tokens[last].text) || Self.isRegularPast(s.tokens[last].text)
                    || WordNet.lemma(ofIrregular: s.tokens[last].text) != nil || s.tokens[last].text.hasSuffix("ing") {
                words.removeLast()
            }
            if let head = words.last, !Self.isPersonNoun(s.tokens[head].text), !DraftWords.organisationHeads.contains(s.tokens[head].text) {
                for phrase in descriptionAliases(s, words: words, head: head) { claims[phrase, default: []].insert(e.id) }
            }
            // "the vaccine, known as NV-218": the noun phrase it is the name of.
            var b = m.tokens.lowerBound - 1
            if b >= 1, s.tokens[b].text == "as", s.tokens[b - 1].text == "known" { b -= 2 } else if b >= 0, ["called", "named"].contains(s.tokens[b].text) { b -= 1 } else { continue }
            guard b >= 1, s.tokens[b].trailingPunctuation == "," else { continue }
            var before: [Int] = []
            while b >= 0, before.count < 3, !s.tokens[b].capitalized, !["the", "a", "an"].contains(s.tokens[b].text),
                  !GeneralLexicon.functionWords.contains(s.tokens[b].text), before.isEmpty || s.tokens[b].trailingPunctuation == nil {
                before.insert(b, at: 0)
                b -= 1
            }
            guard b >= 0, ["the", "a", "an"].contains(s.tokens[b].text), let head = before.last, WordNet.canBe("n", s.tokens[head].text),
                  !Self.isPersonNoun(s.tokens[head].text) else { continue }
            for phrase in descriptionAliases(s, words: before, head: head) { claims[phrase, default: []].insert(e.id) }
        }
        giveUnclaimed(claims)
    }

    /// Each phrase (a description such as "the retailer") becomes an alias of the one entity
    /// that earned it; a phrase two entities earned names neither.
    mutating func giveUnclaimed(_ claims: [String: Set<String>]) {
        for (phrase, owners) in claims.sorted(by: { $0.key < $1.key }) where owners.count == 1 {
            if let owner = owners.first, let index = idIndex[owner] { entities[index].addAlias(phrase) }
        }
    }

    /// After "a" or "an" at `start` (or one before it): the described words up to a stop word or
    /// comma, the head noun (the last of them) and the stop word's index.
    func description(_ s: SentenceWords, from start: Int) -> (words: [Int], head: Int, stop: Int?)? {
        var i = start
        guard i < s.tokens.count, ["a", "an"].contains(s.tokens[i].text) else { return nil }
        i += 1
        var words: [Int] = []
        var stop: Int?
        while i < s.tokens.count, words.count < 5 {
            let t = s.tokens[i]
            if Self.descriptionStops.contains(t.text) { stop = i; break }
            if GeneralLexicon.functionWords.contains(t.text) || t.quoted { return nil }
            words.append(i)
            if t.trailingPunctuation != nil { break }
            i += 1
        }
        guard let head = words.last, !s.tokens[head].capitalized, s.tokens[head].trailingPunctuation == nil
                || s.tokens[head].trailingPunctuation == "," else { return nil }
        // Numbers and past participles are no kind of thing.
        if s.tokens[head].text.first?.isNumber == true { return nil }
        return (words, head, stop)
    }

    /// "the retailer", "the online retailer", "the Dutch online retailer", "the Dutch retailer".
    func descriptionAliases(_ s: SentenceWords, words: [Int], head: Int) -> [String] {
        var result: [String] = []
        for from in words.indices {
            result.append("the " + words[from...].map { s.original($0) }.joined(separator: " "))
        }
        if let national = words.first(where: { country(named: s.original($0)) != nil }), national != head {
            result.append("the " + s.original(national) + " " + s.original(head))
        }
        return result
    }

    /// The country a nationality among the described words names ("a Dutch online retailer").
    mutating func nationality(_ s: SentenceWords, words: [Int]) -> String? {
        for w in words where s.tokens[w].capitalized {
            if let c = country(named: s.original(w)) { return entities[countryEntity(c)].id }
        }
        return nil
    }

    /// "Sarmitia's parliament, the Folkrad,": a body named after what its owner calls it gets
    /// that as an alias ("Sarmitia's parliament"), when no other entity claims it.
    mutating func findOwnedNames() {
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for (si, s) in sentences.enumerated() {
            for m in (bySentence[si] ?? []) {
                guard let e = entityByID(m.entity), e.type == .organisation || e.type == .group else { continue }
                var before = m.tokens.lowerBound - 1
                if before >= 0, s.tokens[before].text == "the" { before -= 1 }
                guard before >= 1, s.tokens[before].trailingPunctuation == "," else { continue }
                // One or two lower-case words after the owner: "parliament", "upper house".
                guard let owner = ((before - 2)..<before).reversed().first(where: { $0 >= 0 && s.tokens[$0].possessive }),
                      ((owner + 1)...before).allSatisfy({ !s.tokens[$0].capitalized && WordNet.canBe("n", s.tokens[$0].text) }) else { continue }
                // The owner ends at the possessive: "Sarmitia's", "the Dairy Board's".
                let named = stride(from: max(0, owner - 3), through: owner, by: 1).contains { from in
                    guard let o = known(s.text(tokens: from..<(owner + 1))) else { return false }
                    return entities[o].id != m.entity && entities[o].type != .person
                }
                guard named else { continue }
                let alias = s.text(tokens: owner..<(before + 1))
                if !isClaimed(alias), let index = idIndex[m.entity] { entities[index].addAlias(alias) }
            }
        }
    }

    /// "The authority's chairman, Pieter van Lier," and "..., whose lead researcher, Dr Ingrid
    /// Solheim,": a position whose owner is named by a possessive or is what "whose" refers to.
    mutating func findOwnedRoles() {
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for (si, s) in sentences.enumerated() {
            let here = (bySentence[si] ?? []).sorted { $0.start < $1.start }
            for m in here {
                guard let e = entityByID(m.entity), e.type == .person, m.role == nil else { continue }
                if positions.contains(where: { $0.sentence == si && $0.person == m.entity }) { continue }
                let first = m.tokens.lowerBound
                // Skip a courtesy title written before the name ("Dr Ingrid Solheim").
                var before = first - 1
                if before >= 0, DraftWords.honorifics[s.tokens[before].text] != nil, s.tokens[before].capitalized { before -= 1 }
                guard before >= 1, s.tokens[before].trailingPunctuation == "," else { continue }
                // The role: up to three words before the comma, the last a word for a person.
                var roleStart = before
                while roleStart > 0, before - roleStart < 2, !s.tokens[roleStart - 1].possessive,
                      s.tokens[roleStart - 1].text != "whose", s.tokens[roleStart - 1].trailingPunctuation == nil,
                      !GeneralLexicon.functionWords.contains(s.tokens[roleStart - 1].text) {
                    roleStart -= 1
                }
                guard roleStart > 0, Self.isPersonNoun(s.tokens[before].text) else { continue }
                let role = s.text(tokens: roleStart..<(before + 1)).lowercased()
                var owner: String?
                var evidenceStart = s.tokens[roleStart].start
                let marker = roleStart - 1
                if s.tokens[marker].text == "whose" {
                    owner = here.last { o in
                        o.tokens.upperBound <= marker && entityByID(o.entity).map { $0.type == .organisation || $0.type == .group } == true
                    }?.entity
                } else if s.tokens[marker].possessive {
                    var k = marker
                    if k > 0, s.tokens[k - 1].text == "the" { k -= 1 }
                    for from in stride(from: max(0, marker - 3), through: marker, by: 1) {
                        if let o = known(s.text(tokens: from..<(marker + 1))), entities[o].type != .person {
                            owner = entities[o].id
                            evidenceStart = s.tokens[min(from, k)].start
                            break
                        }
                    }
                }
                guard let owner else { continue }
                positions.append((si, evidenceStart, m.end, m.entity, role, owner))
                if let index = idIndex[m.entity], entities[index].represents == nil,
                   entityByID(owner)?.type == .organisation { entities[index].represents = owner }
            }
        }
    }
}
