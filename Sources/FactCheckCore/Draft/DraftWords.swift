/// Word lists the bank drafter uses to read names and clauses. General English only: nothing
/// here belongs to one article.
enum DraftWords {
    /// Titles and offices that stand before a name ("Mayor", "Chief Executive", "Judge"), on top
    /// of the checker's own title words.
    static let titles: Set<String> = GeneralLexicon.titleWords.union([
        "executive", "officer", "ceo", "cfo", "coo", "cto", "professor", "prof", "judge", "justice", "coach",
        "captain", "manager", "inspector", "superintendent", "sergeant", "detective", "commander", "chairwoman",
        "chairperson", "founder", "co-founder", "principal", "dean", "bishop", "editor", "prosecutor", "attorney",
        "lawyer", "doctor", "dr", "councilor", "councilwoman", "councilman", "alderman", "sheriff", "constable",
        "marshal", "admiral", "colonel", "major", "lieutenant", "rabbi", "imam", "father", "reverend", "mp",
        "congressman", "congresswoman", "lord", "lady", "sir", "dame", "prince", "princess", "emperor", "president",
        "vice-president", "treasurer", "controller", "auditor", "ombudsman", "registrar", "chancellor", "provost",
        "researcher", "scientist", "economist", "analyst", "spokesman", "spokeswoman", "spokesperson", "striker",
        "goalkeeper", "midfielder", "defender", "forward", "winger", "referee", "chair", "leader", "head",
        "co-leader", "co-chair", "co-chairman", "co-chairwoman", "chief",
    ])

    /// Words for a person by what they do, besides titles: "the German player" is someone named
    /// before, "the German manufacturer" is not.
    static let personNouns: Set<String> = [
        "player", "athlete", "teenager", "student", "teacher", "nurse", "worker", "employee", "veteran", "runner",
        "cyclist", "swimmer", "rider", "driver", "skier", "boxer", "wrestler", "politician", "lawmaker", "legislator",
        "diplomat", "activist", "campaigner", "novelist", "author", "writer", "actor", "actress", "singer", "musician",
        "artist", "businessman", "businesswoman", "entrepreneur", "investor", "banker", "official", "officer", "pilot",
        "soldier", "farmer", "fisherman", "journalist", "reporter", "photographer", "surgeon", "physician", "patient",
        "victim", "survivor", "witness", "suspect", "defendant", "plaintiff", "prisoner", "climber", "sailor", "man", "woman",
    ]

    /// Words that make a title more precise and belong to it ("Foreign Minister", "Deputy Mayor").
    static let portfolio: Set<String> = [
        "foreign", "finance", "defence", "defense", "health", "interior", "home", "trade", "transport", "environment",
        "education", "energy", "economy", "agriculture", "culture", "sports", "sport", "justice", "labour", "labor",
        "state", "prime", "vice", "deputy", "chief", "executive", "general", "attorney", "managing", "senior",
        "junior", "assistant", "associate", "lead", "head", "opposition", "district", "high", "supreme", "public",
        "science", "technology", "housing", "treasury", "planning", "operating", "financial", "technical",
        "medical", "research", "interim", "acting", "former", "team", "club", "party", "union", "city", "county",
        "co", "joint",
    ]

    /// Courtesy titles, with the sex they tell when they tell one.
    static let honorifics: [String: Character?] = [
        "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": nil, "prof": nil, "professor": nil, "sir": "m",
        "dame": "f", "lord": "m", "lady": "f", "mx": nil,
    ]

    /// Words for a relative, with the sex they tell when they tell one: "his daughter Sigrid",
    /// "two sons, Jon and Erik", "her husband, Tomas".
    static let kinship: [String: Character?] = [
        "daughter": "f", "daughters": "f", "son": "m", "sons": "m", "wife": "f", "husband": "m", "widow": "f",
        "widower": "m", "mother": "f", "father": "m", "brother": "m", "brothers": "m", "sister": "f", "sisters": "f",
        "granddaughter": "f", "granddaughters": "f", "grandson": "m", "grandsons": "m", "grandmother": "f",
        "grandfather": "m", "niece": "f", "nephew": "m", "aunt": "f", "uncle": "m", "stepson": "m",
        "stepdaughter": "f", "stepmother": "f", "stepfather": "m", "partner": nil, "child": nil, "children": nil,
        "cousin": nil, "grandchild": nil, "grandchildren": nil, "spouse": nil, "sibling": nil, "siblings": nil,
    ]

    /// Last words that make a name an award or a work rather than a person ("Lindqvist Award",
    /// "Ninth Symphony"): an event of the bank.
    static let workHeads: Set<String> = [
        "award", "awards", "prize", "prizes", "medal", "trophy", "symphony", "concerto", "sonata", "requiem",
        "overture", "oratorio",
    ]

    /// Last words that make a name an organisation ("Halden Rail Group", "Civic Alliance").
    static let organisationHeads: Set<String> = [
        "group", "council", "committee", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "gmbh", "ag",
        "sa", "bank", "university", "institute", "agency", "authority", "ministry", "department", "party",
        "alliance", "union", "association", "federation", "league", "club", "fund", "court", "commission", "board",
        "foundation", "network", "trust", "society", "service", "services", "office", "administration", "government",
        "parliament", "assembly", "senate", "congress", "police", "hospital", "school", "college", "airlines",
        "airways", "motors", "systems", "technologies", "labs", "laboratories", "pharmaceuticals", "holdings",
        "partners", "fc", "united", "rovers", "wanderers", "athletic", "city", "times", "post", "news", "journal",
        "review", "press", "media", "television", "radio", "studios", "industries", "energy", "power", "water",
        "utilities", "railways", "rail", "transit", "cooperative", "co-op", "coalition", "front", "movement",
        "organisation", "organization", "centre", "center", "programme", "program", "observatory", "museum",
        "library", "tribunal", "panel", "bureau", "directorate", "secretariat", "council's", "team", "group's",
        "nature", "science", "lancet", "cell", "magazine", "gazette", "herald", "tribune", "telegraph", "guardian",
        "orchestra", "philharmonic", "choir", "ensemble",
    ]

    /// Lower-case words for a kind of organisation that, right before a name, make it one:
    /// "the clothing company Nordkapp Gear", "the shipping line Halvorsen".
    static let organisationKinds: Set<String> = [
        "company", "firm", "group", "airline", "carrier", "retailer", "operator", "maker", "manufacturer", "charity",
        "bank", "lender", "insurer", "brand", "startup", "start-up", "publisher", "broadcaster", "developer",
        "contractor", "supplier", "producer", "chain", "consultancy", "agency", "club", "union", "association",
        "newspaper", "broadsheet", "tabloid", "magazine", "network", "utility", "conglomerate", "subsidiary", "rival",
    ]

    /// Last words that make a name a place ("Central Station", "Carrow Bridge", "Lake Orin").
    static let placeHeads: Set<String> = [
        "street", "road", "avenue", "lane", "boulevard", "bridge", "station", "park", "square", "river", "lake",
        "mountain", "mountains", "mount", "valley", "bay", "island", "islands", "district", "county", "province",
        "region", "state", "coast", "beach", "forest", "glacier", "reef", "sea", "ocean", "gulf", "harbour",
        "harbor", "port", "airport", "stadium", "arena", "hall", "plaza", "heights", "hill", "hills", "field",
        "fields", "village", "town", "peninsula", "desert", "canyon", "falls", "springs", "estate", "quarter",
        "crossing", "junction", "terminal", "dam", "canal", "strait", "channel", "delta", "basin", "plateau",
        "ground", "grounds", "court's", "pass", "point", "cape", "peak", "summit", "ridge", "massif", "volcano",
        "icefield", "fjord",
    ]

    /// Words before a name that make it a place ("in Northgate", "to Carrow Bridge").
    static let placePrepositions: Set<String> = [
        "in", "at", "from", "to", "near", "across", "outside", "around", "into", "towards", "toward", "throughout",
        "inside", "within", "via", "between",
    ]

    /// Lower-case words after a name that make the whole an organisation: "Vellmouth city council".
    static let organisationTails: Set<String> = [
        "council", "government", "administration", "police", "authority", "authorities", "ministry", "court",
        "parliament", "assembly", "committee", "officials", "board", "club", "team", "company", "firm",
    ]

    /// Titles that only a company's officers hold: without an owner, they are of the company
    /// the article is about.
    static let companyOfficers: Set<String> = [
        "chief executive", "chief executive officer", "chief financial officer", "chief operating officer",
        "chief technology officer", "finance director", "managing director", "ceo", "cfo", "coo",
    ]

    /// A generic name for an organisation of a kind, for aliases ("the company" for "Halden Rail Group").
    static let genericNames: [String: [String]] = [
        "group": ["the company", "the group"], "company": ["the company", "the firm"],
        "council": ["the council", "councillors", "the councillors", "council members"], "corporation": ["the company"],
        "corp": ["the company"], "inc": ["the company"], "ltd": ["the company"], "plc": ["the company"],
        "holdings": ["the company"], "committee": ["the committee"],
        "court": ["the court"], "foods": ["the company"], "brands": ["the company"], "ministry": ["the ministry"], "agency": ["the agency"], "authority": ["the authority"],
        "university": ["the university"], "party": ["the party"], "government": ["the government"],
        "club": ["the club"], "fc": ["the club"], "bank": ["the bank"], "institute": ["the institute"],
        "commission": ["the commission"], "board": ["the board"], "police": ["the police"],
        "hospital": ["the hospital"], "union": ["the union"], "alliance": ["the alliance"], "fund": ["the fund"],
        "foundation": ["the foundation"], "department": ["the department"], "administration": ["the administration"],
        "tribunal": ["the tribunal"], "airlines": ["the airline"], "network": ["the network"],
        "association": ["the association"], "society": ["the society"], "federation": ["the federation"],
        "trust": ["the trust"], "league": ["the league"], "museum": ["the museum"], "airline": ["the airline"],
        "airport": ["the airport"], "school": ["the school"], "college": ["the college"], "energy": ["the company"],
        "orchestra": ["the orchestra"], "philharmonic": ["the orchestra"], "choir": ["the choir"], "ensemble": ["the ensemble"],
    ]

    /// Verbs that report speech; a quote or a reported clause is attributed through them.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "declared", "insisted", "explained", "noted", "argued", "wrote",
        "warned", "asked", "replied", "answered", "claimed", "announced", "acknowledged", "admitted", "conceded",
        "confirmed", "stressed", "emphasised", "emphasized", "remarked", "observed", "continued", "recalled",
        "suggested", "predicted", "commented",
    ]

    /// Pronouns that can stand for a person, by sex.
    static let malePronouns: Set<String> = ["he", "his", "him", "himself"]
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]

    /// Words of a clause that make what it says a plan, a forecast, a hope or an open question.
    static let plannedCues: [String] = ["is due to", "are due to", "was due to", "is scheduled to", "are scheduled to",
                                        "is planned", "are planned", "is set to", "are set to", "plans to", "plan to",
                                        "planned to", "will", "would"]
    static let expectedCues: [String] = ["is expected to", "are expected to", "was expected to", "were expected to",
                                         "is likely to", "are likely to", "is forecast to", "are forecast to",
                                         "is projected to", "are projected to", "expects", "expect"]
    static let hopedCues: [String] = ["hopes to", "hope to", "hoped to", "hopes that", "hoped that", "hope that",
                                      "it is hoped", "aims to", "aim to", "wants to", "seeks to", "would like to"]
    static let uncertainCues: [String] = ["whether", "it is unclear", "it was unclear", "it remains unclear",
                                          "remains to be seen", "it is not known", "only time will tell"]

    /// Words that open a subordinate clause: a fact's evidence may start there.
    static let clauseOpeners: Set<String> = ["who", "which", "that", "after", "before", "while", "because", "since",
                                             "although", "though", "when", "where", "until", "as", "whereas"]
}
