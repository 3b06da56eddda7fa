/// General English knowledge the checker needs for any article: synonyms and antonyms of
/// common predicates, negation, dates, function words. Words of one article live in its bank.
/// How a statement's number relates to the true value: exactly, as a lower or upper bound, or roughly.
/// How a number bounds the true one. `upTo` is a cap ("could be fined up to 4 percent"): two
/// caps agree only when they are the same.
public enum QuantityQualifier: String, Sendable { case exact, atLeast, atMost, about, upTo }

public enum GeneralLexicon {
    /// Each group names one concept; the first entry is its name. Entries may be phrases.
    public static let synonyms: [[String]] = [
        ["after", "since", "following", "in the wake of", "subsequent to"],
        // Offices and their usual short forms.
        ["chief executive", "ceo", "chief executive officer"],
        ["chief financial officer", "cfo", "finance chief", "finance director"],
        ["chief operating officer", "coo"],
        ["meet", "meeting", "held talks with", "hold talks with", "holds talks with", "holding talks with",
         "talks with", "sat down with", "sit down with", "sits down with", "sitting down with", "conferred with",
         "confer with", "met up with", "huddled with", "summit", "talks", "get together with", "got together with",
         "face to face", "in person", "meet with", "rendezvous"],
        ["say", "state", "tell", "claim", "assert", "declare", "add", "note", "remark", "insist", "stress",
         "argue", "comment", "explain", "maintain that", "affirm", "according to", "put it", "mention", "speak"],
        ["warn", "warning", "caution", "admonish", "alert", "threaten", "threat", "cautionary"],
        ["assist", "assistance", "help", "aid", "support", "backing", "supply", "arm", "arming", "succour", "succor",
         "lend a hand", "material support", "military aid"],
        ["provide", "give", "supply", "offer", "furnish", "extend", "lend", "send", "deliver", "provision"],
        ["concern", "worry", "worried", "alarm", "alarmed", "unease", "uneasy", "disquiet", "anxious", "anxiety",
         "troubled by", "misgiving", "fear", "apprehension", "raise concern", "criticise", "criticize", "criticism",
         "object", "objection", "disapprove", "disapproval", "oppose", "be against"],
        ["defend", "justify", "uphold", "stand by", "stood by", "champion", "vindicate", "stick up for", "defense",
         "defence", "rationalise", "rationalize"],
        // ("appeal to" and "appeal for" only: "appeal the fine" is a challenge in court.)
        ["urge", "call on", "call upon", "press", "push", "ask", "request", "demand", "implore", "appeal to", "appealed to",
         "appeals to", "appealing to", "appeal for", "appealed for", "appeals for", "exhort",
         "pressure", "lean on", "prod", "encourage", "advise", "recommend", "call for", "plead"],
        ["reconsider", "rethink", "revisit", "review", "re-examine", "reexamine", "reassess", "reevaluate",
         "re-evaluate", "change", "revise", "adjust", "alter", "modify", "rework", "think again", "overhaul", "shift"],
        // (With the light verbs that make a deal: "reached a deal", "struck a deal".)
        ["agree", "consent", "concur", "commit to", "pledge", "promise", "decide", "resolve to", "vow",
         "undertake", "accept", "settle on", "reach agreement", "reach a deal", "reach an agreement", "reach a settlement",
         "strike a deal", "struck a deal", "strikes a deal", "striking a deal", "strike an agreement", "struck an agreement",
         "clinch a deal", "seal a deal", "cut a deal"],
        ["discuss", "discussion", "talk about", "cover", "address", "touch on", "touched on", "debate", "explore",
         "go over", "deliberate", "canvass", "exchange views", "raise", "tackle", "examine", "consider"],
        ["continue", "keep", "maintain", "carry on", "sustain", "persist", "go on", "remain", "stay"],
        ["communicate", "communication", "talk", "dialogue", "dialog", "stay in touch", "keep in touch",
         "contact", "engage in dialogue", "correspond", "converse", "conversation", "channel"],
        ["cooperate", "cooperation", "co-operate", "co-operation", "collaborate", "collaboration", "work together",
         "partner", "partnership", "join forces", "team up", "coordinate", "coordination"],
        ["confront", "confrontation", "conflict", "clash", "showdown", "face off", "standoff", "stand-off",
         "hostility", "antagonize", "antagonise"],
        ["relation", "relationship", "tie", "link", "bond", "connection", "dealing", "bilateral"],
        ["strain", "tense", "tension", "troubled", "rocky", "difficult", "frosty", "fraught", "poor", "bad",
         "sour", "soured", "icy", "chilly", "turbulent", "rocky", "hostile", "deteriorating", "fractious", "uneasy"],
        ["undermine", "weaken", "hamper", "hinder", "sabotage", "undercut", "derail", "thwart", "jeopardize",
         "jeopardise", "erode", "compromise", "impair", "frustrate", "blunt", "hurt", "harm", "damage", "set back"],
        ["impose", "levy", "slap", "apply", "enforce", "place"],
        ["effort", "attempt", "bid", "campaign", "initiative", "drive", "endeavour", "endeavor", "move"],
        ["report", "account", "intelligence", "information", "indication", "claim", "allegation"],
        ["see", "notice", "observe", "receive", "read", "detect", "view", "regard", "consider as", "perceive"],
        ["treat", "treatment", "handling", "handle", "persecution", "persecute", "mistreatment", "abuse"],
        ["involve", "involvement", "role", "part", "participation", "participate", "complicity", "hand in",
         "responsible", "responsibility", "behind", "engagement in", "conduct of", "take part", "took part", "taking part",
         "takes part", "taken part"],
        ["stance", "position", "posture", "attitude", "approach", "view", "line", "standpoint", "stand"],
        ["policy", "policies", "measure", "approach", "rule", "regulation", "restriction", "strategy"],
        // (Not "import" and "export": opposites, which one concept would make each other's.)
        ["trade", "commerce", "commercial", "tariff"],
        ["technology", "tech", "technological"],
        ["security", "defense", "defence", "military", "safety"],
        ["issue", "matter", "topic", "subject", "question", "area", "problem", "affair", "front", "field"],
        ["progress", "headway", "advance", "breakthrough", "stride", "step forward", "improvement"],
        ["resolve", "settle", "solve", "end", "fix", "sort out", "work out", "resolution", "settlement"],
        ["dispute", "disagreement", "difference", "quarrel", "row", "friction", "spat", "feud", "rift", "divergence"],
        ["consecutive", "in a row", "successive", "straight", "running"],
        ["take office", "took office", "take power", "took power", "assume office", "assumed office",
         "be inaugurate", "inaugurate", "inauguration", "sworn in", "be sworn in", "enter office",
         "entered office", "come to power", "came to power", "start his term", "began his term", "become president",
         "became president", "in office", "presidency"],
        ["sign", "signal", "indication", "indicator", "symbol", "mark", "demonstration", "show", "evidence"],
        ["commit", "commitment", "dedication", "determination", "resolve", "willingness", "intention", "pledge"],
        ["engage", "engagement", "deal with", "work with", "interact", "interaction", "reach out", "outreach"],
        ["hope", "wish", "expect", "anticipate", "optimism", "optimistic", "hopeful", "aspiration", "hopefully"],
        ["find", "reach", "achieve", "attain", "arrive at", "locate", "establish", "identify", "discover",
         "forge", "build"],
        ["consensus", "common ground", "agreement", "accord", "understanding", "compromise", "middle ground",
         "shared ground", "deal"],
        ["range", "variety", "number of", "host of", "array", "series", "lot of", "many", "several", "multiple", "a few",
         "a handful of",
         "various", "numerous", "plenty", "list", "spectrum", "slew", "raft"],
        ["fight", "battle", "combat", "struggle", "response", "war on", "tackling", "containment", "contain",
         "efforts against"],
        ["pandemic", "outbreak", "epidemic", "virus", "health crisis"],
        ["global", "international", "worldwide", "world", "transnational"],
        ["current", "present", "existing", "ongoing", "today", "now"],
        ["state", "condition", "situation", "status", "health"],
        ["potential", "possibility", "prospect", "chance", "scope", "opportunity", "possible", "room for"],
        ["interest", "benefit", "concern to", "importance"],
        ["seek", "look for", "looking for", "pursue", "aim", "desire", "intend", "intention", "plan", "strive",
         "want to", "want", "try", "attempt to", "mean", "designed", "look to", "effort", "hope to", "wish to"],
        ["form", "create", "establish", "build", "set up", "found", "forge", "assemble", "organise", "organize"],
        ["small", "little", "tiny", "narrow", "exclusive", "closed"],
        ["group", "bloc", "alliance", "coalition", "clique", "camp", "axis", "club", "circle", "faction", "block"],
        ["counter", "counteract", "offset", "challenge", "contain", "resist", "oppose", "thwart", "rival",
         "balance against", "push back against"],
        ["action", "activity", "behaviour", "behavior", "conduct", "deed", "operation", "actions"],
        ["further", "advance", "promote", "fuel", "enable", "facilitate", "bolster", "boost", "aid in", "support"],
        ["use", "employ", "utilize", "utilise", "exploit", "harness", "put to use"],
        ["make sure", "ensure", "guarantee", "see to it", "assure", "certain", "prevent"],
        ["kind", "type", "sort", "form of", "manner"],
        ["human right", "human rights", "civil liberties", "rights", "rights abuses", "freedoms"],
        ["economic", "economy", "economics", "financial", "fiscal"],
        ["climate change", "climate", "global warming", "climate crisis", "warming", "emissions", "environment",
         "environmental"],
        ["meaningful", "significant", "substantial", "real", "genuine", "concrete", "tangible", "serious",
         "substantive", "material"],
        ["despite", "notwithstanding", "in spite of", "regardless of", "although", "even though", "though"],
        ["amid", "amidst", "against the backdrop of", "at a time of", "in the midst of", "during a period of",
         "in a climate of", "against a background of"],
        ["come", "arrive", "unfold"],
        // Words that only say that something happened: they need no backing of their own.
        ["_", "take place", "took place", "taking place", "takes place", "occur", "happen", "be held", "was held",
         "take effect", "takes effect", "took effect", "come into force", "comes into force", "came into force",
         "come into effect", "comes into effect", "came into effect", "kick in", "kicks in", "kicked in",
         "were held", "was played", "were played", "be played", "is played", "are played", "been played",
         "be mentioned", "was mentioned", "in connection with", "go ahead", "went ahead",
         "serve as", "serves as", "served as", "serving as", "act as", "acts as", "work as", "works as",
         "hold the post of", "holds the post of", "relate to", "relates to", "related to", "relating to",
         "linked to", "link to", "links to", "tied to", "connected to", "connected with", "associated with",
         "one reason", "the reason", "a reason", "reason for", "reasons for", "because of", "on account of",
         "due to", "owing to", "thanks to", "as a result of",
         // ... and words that only set a comparison up, as "than" does.
         "compared with", "compared to", "in comparison with", "in comparison to"],
        ["deliver", "issue", "give", "make", "sound", "send", "voice", "express", "raise", "convey"],
        ["stern", "strong", "firm", "harsh", "tough", "blunt", "strict", "severe", "strongly worded", "sharp",
         "pointed", "forceful", "clear", "serious"],
        ["diplomat", "envoy", "official", "emissary", "representative"],
        ["opposition", "dissident", "critic", "opponent", "activist"],
        ["leader", "figure", "head", "chief"],
        ["sanction", "penalty", "punish", "punishment", "embargo", "restriction", "measure against"],
        ["country", "nation", "state", "power", "government", "side"],
        ["time will tell", "remains to be seen", "remain to be seen", "unclear", "uncertain", "open question",
         "not yet clear", "yet to be seen"],
        ["mutual", "shared", "common", "joint", "both"],
        ["high", "senior", "top"],
        ["level", "rank", "tier"],
        // Decisions of a body: adopting a proposal, and turning it down.
        ["approve", "approval", "pass", "adopt", "ratify", "endorse", "back", "green-light", "greenlight", "sign off on",
         "vote for", "voted for", "votes for", "vote in favour of", "voted in favour of", "vote in favor of",
         "voted in favor of", "accept", "okay", "uphold"],
        ["reject", "rejection", "turn down", "turned down", "turns down", "vote down", "voted down", "vote against",
         "voted against", "votes against", "throw out", "threw out", "veto", "defeat", "refuse", "decline", "scrap",
         "overturn", "overrule", "quash", "strike down", "struck down", "strikes down"],
        ["include", "involve", "comprise", "contain", "encompass", "incorporate", "feature", "consist of",
         "consisted of", "consists of", "made up of"],
        ["result", "finding", "outcome", "conclusion"],
        // An age: "64 years old" is "aged 64".
        ["_", "years old", "year old", "years of age", "aged"],
        // Changes of an amount.
        ["increase", "raise", "rise", "go up", "went up", "gone up", "goes up", "grow", "climb", "hike", "boost",
         "lift", "jump", "soar", "surge", "mount", "expand", "expansion", "higher", "gain"],
        ["decrease", "reduce", "reduction", "cut", "lower", "fall", "drop", "decline", "go down", "went down",
         "gone down", "slash", "shrink", "diminish", "lessen", "trim", "lower", "fewer"],
        // Naming and valuing: "the vaccine is called NV-218", "a contract worth 640 million euros",
        // "the fine equals 7 percent of its budget".
        ["_", "called", "named", "dubbed", "termed", "described", "known as", "worth", "valued at", "totalling", "totaling",
         "amounting to", "in total", "numbered", "numbering", "equal", "equals", "equalled", "equaled", "equivalent to"],
        // Common news paraphrases WordNet's frequent senses do not join.
        ["praise", "commend", "applaud", "laud", "hail", "compliment"],
        ["penalty", "penalise", "penalize"],
        ["file", "lodge", "submit"],
        // Results of a game or a match.
        ["draw", "ended in a draw", "end in a draw", "ends in a draw", "finished in a draw", "finish in a draw",
         "ended level", "finished level", "ended all square"],
        ["end", "finish", "conclude"],
        ["retain", "keep", "hold on to", "held on to", "holds on to", "hang on to", "hung on to", "hangs on to"],
        ["based", "headquartered", "headquarters", "head office"],
        ["fly", "airlift"],
        ["walk", "trek", "hike"],
        ["resume", "restart", "reopen", "start again"],
        ["abandon", "give up", "call off", "quit"],
        ["donate", "gift", "give", "hand over", "present"],
        ["deliver", "hand down", "issue"],
        ["complain", "complaint", "criticise", "criticize", "object"],
        ["delay", "postpone", "defer", "put off", "push back"],
        ["publish", "appear", "come out", "came out", "comes out", "coming out"],
        ["choose", "pick", "select", "opt for", "opted for", "opts for"],
        ["launch", "lift off", "lifted off", "lifts off", "lifting off", "lift-off", "liftoff", "blast off", "blasted off",
         "blast-off"],
        ["reach", "hit", "attain"],
        ["run", "conduct"],
        ["win", "receive", "secure", "garner", "obtain", "take home", "took home", "takes home", "taking home", "taken home"],
    ]

    /// Pairs (word, opposite): the opposite reads as the word's concept with its polarity flipped.
    public static let antonyms: [(String, String)] = [
        ("after", "before"), ("after", "prior to"), ("after", "ahead of"),
        ("approve", "reject"), ("reject", "approve"), ("east", "west"), ("west", "east"), ("north", "south"),
        ("south", "north"), ("eastern", "western"), ("western", "eastern"), ("northern", "southern"),
        ("southern", "northern"), ("shorten", "lengthen"), ("lengthen", "shorten"), ("increase", "decrease"), ("decrease", "increase"),
        ("include", "exclude"), ("exclude", "include"), ("win", "lose"), ("lose", "win"), ("retain", "lose"), ("open", "close"),
        ("close", "open"), ("start", "finish"), ("finish", "start"), ("permit", "forbid"), ("forbid", "permit"),
        ("concern", "praise"), ("concern", "welcome"), ("concern", "applaud"), ("concern", "commend"),
        ("concern", "laud"), ("concern", "endorse"), ("concern", "celebrate"), ("concern", "hail"),
        ("concern", "approve"), ("concern", "approval"), ("concern", "approving"),
        ("concern", "satisfaction"), ("concern", "pleased"), ("concern", "happy"), ("concern", "glad"),
        ("concern", "content"), ("concern", "comfortable"), ("concern", "unconcerned"), ("concern", "dismiss"),
        ("concern", "relief"), ("concern", "relieved"), ("concern", "reassured"), ("concern", "grateful"),
        ("defend", "criticize"), ("defend", "criticise"), ("defend", "condemn"), ("defend", "attack"),
        ("defend", "denounce"), ("defend", "disown"), ("defend", "abandon"), ("defend", "blame"),
        ("defend", "apologize for"), ("defend", "apologise for"), ("defend", "question"), ("defend", "distance"),
        ("defend", "repudiate"), ("defend", "reject"), ("defend", "renounce"), ("defend", "regret"), ("defend", "fault"),
        ("defend", "slam"), ("defend", "rebuke"), ("defend", "castigate"), ("defend", "admit"),
        ("deny", "admit"), ("deny", "confess"), ("deny", "acknowledge"),
        ("warn", "encourage"), ("warn", "invite"), ("warn", "welcome"), ("warn", "reassure"),
        ("warn", "praise"), ("warn", "congratulate"), ("warn", "thank"), ("warn", "endorse"), ("warn", "approve"),
        ("warn", "encouragement"),
        // Approving words read against disapproving ones, both ways (the "concern" pairs above
        // read only one way: "praised" against the article's "expressed concern").
        ("welcome", "criticise"), ("welcome", "criticize"), ("welcome", "condemn"), ("welcome", "denounce"),
        ("welcome", "reject"), ("welcome", "oppose"),
        ("praise", "criticise"), ("praise", "criticize"), ("praise", "condemn"), ("praise", "blame"),
        ("create", "cut"), ("create", "eliminate"), ("create", "destroy"), ("create", "shed"),
        ("beat", "miss"), ("miss", "beat"), ("agree", "refuse"),
        ("agree", "disagree"), ("agree", "reject"), ("agree", "decline"), ("agree", "oppose"),
        ("agree", "rule out"), ("agree", "veto"), ("agree", "dispute"), ("approve", "dispute"), ("dispute", "approve"),
        ("continue", "stop"), ("continue", "halt"), ("continue", "cease"), ("continue", "end"),
        ("continue", "suspend"), ("continue", "discontinue"), ("continue", "break off"), ("continue", "cut off"),
        ("continue", "abandon"), ("continue", "freeze"), ("continue", "sever"), ("continue", "pause"),
        ("cooperate", "compete"), ("cooperate", "competition"), ("cooperate", "rivalry"),
        ("cooperate", "confront"), ("cooperate", "isolate"),
        ("strain", "cordial"), ("strain", "warm"), ("strain", "friendly"), ("strain", "good"),
        ("strain", "excellent"), ("strain", "harmonious"), ("strain", "close"), ("strain", "amicable"),
        ("strain", "positive"), ("strain", "improving"), ("strain", "strong"), ("strain", "healthy"),
        ("strain", "relaxed"), ("strain", "calm"), ("strain", "stable"), ("strain", "smooth"), ("strain", "great"),
        ("strain", "cozy"), ("strain", "cosy"), ("strain", "easy"), ("strain", "thriving"), ("strain", "improved"),
        ("many", "few"), ("many", "handful"),
        ("further", "curb"), ("further", "restrain"), ("further", "rein in"), ("further", "hinder"),
        ("undermine", "strengthen"), ("undermine", "bolster"), ("undermine", "reinforce"), ("undermine", "boost"),
        ("undermine", "enhance"), ("undermine", "help"), ("undermine", "assist"), ("undermine", "aid"),
        ("undermine", "support"), ("undermine", "complement"), ("undermine", "advance"),
        ("provide", "withhold"), ("provide", "deny"), ("provide", "withdraw"), ("provide", "refuse"),
        ("provide", "cut"), ("provide", "stop"), ("provide", "block"),
        ("confront", "reconcile"), ("confront", "befriend"), ("confront", "appease"), ("confront", "embrace"),
        ("engage", "disengage"), ("engage", "isolate"), ("engage", "shun"), ("engage", "ignore"),
        ("engage", "avoid"), ("engage", "snub"), ("engage", "boycott"), ("engage", "sideline"),
        ("commit", "reluctance"), ("commit", "unwillingness"), ("commit", "refusal"), ("commit", "reluctant"),
        ("commit", "unwilling"), ("commit", "hesitant"), ("commit", "hesitancy"),
        ("urge", "discourage"), ("urge", "dissuade"), ("urge", "deter"), ("urge", "warn against"),
        ("hope", "fear"), ("hope", "doubt"), ("hope", "pessimism"), ("hope", "pessimistic"), ("hope", "expect not"),
        ("progress", "setback"), ("progress", "regress"), ("progress", "stalemate"), ("progress", "deadlock"),
        ("consensus", "disagreement"), ("consensus", "deadlock"), ("consensus", "impasse"),
        ("stern", "mild"), ("stern", "gentle"), ("stern", "soft"), ("stern", "friendly"), ("stern", "weak"),
        ("stern", "lenient"), ("stern", "muted"), ("stern", "veiled"), ("stern", "vague"), ("stern", "polite"),
        ("small", "large"), ("small", "big"), ("small", "broad"), ("small", "wide"), ("small", "huge"),
        ("meaningful", "symbolic"), ("meaningful", "token"), ("meaningful", "superficial"), ("meaningful", "cosmetic"),
        ("reconsider", "keep"), ("reconsider", "maintain"), ("reconsider", "retain"), ("reconsider", "preserve"),
        ("reconsider", "stick with"), ("reconsider", "stick to"), ("reconsider", "double down on"),
        ("reconsider", "continue"), ("reconsider", "expand"), ("reconsider", "strengthen"),
        ("reconsider", "tighten"), ("reconsider", "defend"), ("reconsider", "uphold"), ("reconsider", "praise"),
        ("reconsider", "applaud"), ("reconsider", "welcome"), ("reconsider", "endorse"), ("reconsider", "commend"),
        ("first", "only"),
        ("mutual", "separate"), ("mutual", "opposing"), ("mutual", "conflicting"), ("mutual", "competing"),
        ("despite", "because of"), ("despite", "thanks to"), ("despite", "due to"),
        ("global", "local"), ("global", "domestic"), ("global", "regional"), ("global", "bilateral"),
        ("high", "low"), ("high", "junior"),
        ("destabilize", "stabilize"), ("destabilize", "stabilise"), ("destabilize", "peaceful"),
        ("destabilize", "constructive"),
        ("ideological", "pragmatic"),
        ("potential", "impossibility"),
    ]

    /// Words that flip the polarity of what follows them in the same clause.
    public static let negationCues: Set<String> = Set([
        "not", "no", "never", "neither", "nor", "without", "none", "nothing", "nobody", "cannot",
        "refuse", "refused", "refuses", "refusing", "deny", "denied", "denies", "denying", "fail", "failed",
        "fails", "failing", "declined", "decline", "declines", "hardly", "barely", "rarely", "nowhere", "lack",
        "lacked", "lacking", "instead of", "rather than", "far from", "absent", "avoided", "avoid", "free of",
        "it is not true that", "it is false that", "it is untrue that", "it is not the case that",
        "it was not true that", "it is wrong that",
    ]).union(denialPhrases)

    /// Rejecting what others say is denying it: "rejected claims that the aid was linked" says
    /// what "denied that the aid was linked" says.
    public static let denialPhrases: Set<String> = Set(
        ["denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss"].flatMap { verb in
            ["claims", "suggestions", "allegations", "reports", "accusations"].map { "\(verb) \($0) that" }
        })

    /// Words before a noun that never pick out one known thing ("another player", "no club"):
    /// an alias given as "the player" does not name its entity after them.
    public static let nonSpecificDeterminers: Set<String> = ["another", "any", "every", "each", "no"]
    /// Words before a noun that pick out a known thing unless a denial comes before them: "will
    /// shut a Polish plant" names the plant, "had not signed a player since 1998" names no one.
    public static let indefiniteArticles: Set<String> = ["a", "an", "one", "some"]

    /// Pronouns that stand as the subject of a clause ("he said", "they voted").
    public static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you"]

    /// Words of advice that "against" + a verb in "-ing" turns into advice not to do it
    /// ("advised residents against using bottled water" is "advised them not to use it"), in
    /// every form, so that a noun in the article ("a warning against providing") reads the same.
    public static let adviceWords: Set<String> = warningWords.union([
        "advise", "advised", "advises", "advising", "advice", "urge", "urged", "urges", "urging",
        "counsel", "counselled", "counseled", "recommend", "recommended", "recommends", "recommendation",
        "decide", "decided", "decides", "decision",
    ])
    /// Those of them that warn, which "about" and "of" + a verb in "-ing" turn the same way
    /// ("warned China about providing aid").
    public static let warningWords: Set<String> = [
        "warn", "warned", "warns", "warning", "warnings", "caution", "cautioned", "cautions", "cautioning",
    ]

    /// Verbs that deny what others claim, and the nouns for those claims, with words between them
    /// ("denied claims by the union that ...", "rejected union claims that ...").
    public static let denyingVerbs: Set<String> = ["denied", "denies", "deny", "rejected", "rejects", "reject",
                                                   "dismissed", "dismisses", "dismiss"]
    public static let claimNouns: Set<String> = ["claims", "claim", "suggestions", "suggestion", "allegations",
                                                 "allegation", "reports", "report", "accusations", "accusation"]
    /// Verbs that report a claim: what follows them is what their subject claims.
    public static let claimingVerbs: Set<String> = ["claim", "claims", "claimed", "claiming", "allege", "alleges",
                                                    "alleged", "alleging", "say", "says", "said", "insist", "insists",
                                                    "insisted", "argue", "argues", "argued", "maintain", "maintained"]

    /// Words that say how many of a group a statement is about ("all members", "no one", "most
    /// councillors"). A name that holds one ("all members" as an alias) hides it from the checker.
    public static let quantifiers: Set<String> = [
        "all", "every", "each", "any", "some", "most", "many", "few", "several", "none", "no", "nobody",
        "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "no one",
    ]

    /// Words that make a statement a hope, a possibility or a question rather than a claim
    /// that something is so: such a statement may be backed by an article that only hopes.
    public static let hedgeCues: Set<String> = [
        "hope", "hoped", "hopes", "hoping", "hopeful", "hopefully", "whether", "if", "could", "can", "may", "might",
        "would", "should", "possibly", "possible", "perhaps", "maybe", "potentially", "potential", "expect", "expected",
        "expects", "likely", "unlikely", "unclear", "uncertain", "unknown", "aim", "aims", "aimed", "seek", "seeks",
        "wish", "wishes", "want", "wants", "try", "tries", "chance", "prospect", "prospects", "tell", "remains", "yet",
        "report", "reports", "reported", "reportedly", "allegedly", "alleged", "supposedly", "probably", "suggest", "suggests",
    ]

    /// Words before an article's verb that make it a possibility, not a fact: "potentially providing".
    /// Words that put a statement in the future or speak of a plan or a forecast: what the
    /// article plans or expects backs them ("will open", "is due to open", "plans to").
    public static let futureCues: Set<String> = [
        "will", "would", "shall", "plan", "plans", "planned", "planning", "scheduled", "schedule", "due", "expect",
        "expects", "expected", "expecting", "intend", "intends", "intended", "aim", "aims", "set", "slated", "projected",
        "forecast", "forecasts", "going", "proposed",
    ]

    /// Verbs of planning that take what is planned after "to" ("plans to appeal").
    public static let planningWords: Set<String> = [
        "plan", "plans", "planning", "intend", "intends", "intending", "aim", "aims", "aiming",
    ]

    /// Words that say something is set for a time or a place; any of them backs the others
    /// ("scheduled for Friday" where the article has "planned for Friday").
    public static let scheduleWords: Set<String> = [
        "planned", "scheduled", "due", "slated", "set", "timetabled", "pencilled", "penciled",
    ]

    /// Verbs that follow "due to" as a schedule, not a cause: "due to start", "due to open".
    public static let scheduledVerbs: Set<String> = [
        "be", "start", "begin", "open", "reopen", "close", "take", "end", "finish", "resume", "arrive", "launch",
        "meet", "sign", "vote", "report", "publish", "expire", "return", "enter", "complete", "go", "come", "hold",
    ]

    /// Words that speak of the future only when the clause's verb is not in the past tense: "the
    /// next meeting is on Wednesday" is a plan, "the committee held its next meeting" is not.
    public static let weakFutureCues: Set<String> = ["future", "next", "upcoming", "eventually", "soon", "later"]

    /// Past tenses of light verbs, which carry no claim of their own but still tell the tense:
    /// "held its meeting", "took the decision".
    public static let pastLightVerbs: Set<String> = ["held", "took", "made", "gave"]

    /// First words of the phrases that only say something happened, in the past tense: "took
    /// place", "was held", "came into force", "went ahead", "kicked in".
    public static let pastPhraseHeads: Set<String> = ["took", "was", "were", "came", "went", "kicked"]

    /// Words for the act of speaking, whatever was said.
    public static let speakingWords: Set<String> = [
        "say", "says", "said", "speak", "speaks", "spoke", "spoken", "talk", "talks", "talked", "comment", "comments",
        "commented", "announce", "announces", "announced", "statement", "speech", "address", "addressed", "remark", "remarks",
    ]

    /// Verbs that only carry a duration given right after them ("lasted eight weeks", "took
    /// three years"): with a length of time they say no more than the article's "a 12-week
    /// consultation" does, so they need no backing of their own.
    public static let durationVerbs: Set<String> = [
        "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking", "taken", "span", "spans", "spanned",
        "run", "runs", "ran", "running",
    ]

    /// Verbs of moving that only carry a distance given right after them ("travelled about 800
    /// metres", "ran for roughly 800 metres", "stretches 42 kilometres"): with a length they say
    /// no more than the length does.
    public static let distanceVerbs: Set<String> = [
        "travel", "travels", "travelled", "traveled", "travelling", "traveling", "run", "runs", "ran", "running",
        "move", "moves", "moved", "moving", "slide", "slides", "slid", "sliding", "sweep", "sweeps", "swept",
        "flow", "flows", "flowed", "drift", "drifts", "drifted", "stretch", "stretches", "stretched",
        "extend", "extends", "extended", "cover", "covers", "covered", "go", "goes", "went", "descend", "descended",
        "fall", "fell", "drop", "dropped", "climb", "climbed",
    ]

    /// Fields an office is responsible for: "the finance minister" is not "the transport
    /// minister", while "federal" or "deputy" only say which level or rank.
    public static let portfolioFields: Set<String> = [
        "foreign", "finance", "defence", "defense", "health", "interior", "home", "trade", "transport", "environment",
        "education", "energy", "economy", "economic", "agriculture", "culture", "cultural", "sport", "sports", "justice",
        "labour", "labor", "science", "technology", "housing", "treasury", "planning", "fisheries", "tourism", "employment",
        "infrastructure", "communications", "digital", "immigration", "security", "welfare", "industry", "arts", "heritage",
    ]

    /// The seasons, as a date's slot: a statement's "spring of 2028" is compared with the
    /// article's "autumn of 2028".
    public static let seasonNames = ["spring", "summer", "autumn", "winter"]
    public static let seasons: [String: Int] = [
        "spring": 1, "springtime": 1, "summer": 2, "summertime": 2, "autumn": 3, "fall": 3, "winter": 4, "wintertime": 4,
    ]

    /// Verbs that only carry a place or a figure right after them ("came second", "finished
    /// third", "came in 4 percent under budget"): the ordinal or the figure is the claim.
    public static let placingVerbs: Set<String> = [
        "come", "comes", "came", "coming", "finish", "finishes", "finished", "finishing", "place", "placed", "places",
        "end", "ended", "ends",
    ]

    /// Light verbs that make a deal with an agreement noun (`agreementNouns`): "the deal was
    /// struck", "reached its agreement" say that the sides agreed.
    public static let dealVerbs: Set<String> = ["reach", "reaches", "reached", "reaching", "strike", "strikes", "struck",
                                                "striking", "seal", "seals", "sealed", "sealing", "clinch", "clinches",
                                                "clinched", "clinching", "conclude", "concludes", "concluded", "concluding"]

    /// Nouns that name an agreement between sides, which the light verbs above make.
    public static let agreementNouns: Set<String> = ["deal", "deals", "agreement", "agreements", "accord", "accords", "pact",
                                                     "pacts", "settlement", "compromise", "treaty", "truce", "ceasefire",
                                                     "cease-fire", "bargain", "understanding", "consensus"]

    /// Verbs that only carry the figure after them ("sales reached 18,400 copies", "the cost came
    /// to 312 million", "topped 1,000", "weighs 1,850 kilograms").
    public static let reachingVerbs: Set<String> = ["reach", "reaches", "reached", "reaching", "come", "comes", "came",
                                                    "top", "tops", "topped", "total", "totals", "totalled", "totaled",
                                                    "weigh", "weighs", "weighed", "weighing"]

    /// Verbs that only say where something is, before the place or distance that says it ("the
    /// stops lie between X and Y", "the turbines will stand 32 kilometres off the coast").
    public static let locationVerbs: Set<String> = [
        "lie", "lies", "lay", "lying", "stand", "stands", "stood", "standing", "sit", "sits", "sat", "sitting",
        "located", "situated",
    ]
    /// Prepositions that place something.
    public static let locativePrepositions: Set<String> = [
        "in", "on", "at", "between", "near", "off", "along", "beside", "by", "inside", "outside", "within", "next",
        "north", "south", "east", "west", "above", "below", "under", "opposite", "across",
    ]

    /// Kinds of settlement before "of" and a place's name ("the fishing town of Tervik"): the
    /// name is a place.
    public static let settlementWords: Set<String> = ["town", "city", "village", "port", "county", "region", "province",
                                                      "district", "island", "hamlet", "suburb", "municipality"]

    /// Words after a length that only say it is one ("42 miles long", "30 miles away"): the
    /// article's "the 42-kilometre line" says as much. Not "tall", "wide" or "deep": those name
    /// which length it is, and the article must say so too.
    public static let measureWords: Set<String> = ["long", "away", "in length"]

    /// Words that say something has already happened.
    public static let completionCues: Set<String> = ["already", "has", "have", "had", "did", "was", "were", "completed", "finished", "ago"]

    public static let hedgeModifiers: Set<String> = [
        "potentially", "possibly", "allegedly", "reportedly", "perhaps", "maybe", "supposedly", "probably", "likely",
    ]

    /// Phrases that only report that something was said and never change a verdict.
    public static let paddingPhrases: [String] = [
        "according to the article", "according to the report", "according to the story", "according to reports",
        "according to the text", "according to the news", "according to officials", "according to sources",
        "according to media reports", "according to this article", "according to the piece",
        "the article says that", "the article says", "the article said", "the article states that",
        "the article states", "the article reports that", "the article reports", "the report says",
        "the story says", "the text says", "the article notes that", "the article mentions that",
        "officials said", "officials say", "sources said", "sources say", "reports say", "reports said",
        "it was reported that", "it is reported that", "it has been reported that", "reportedly", "allegedly",
        "apparently", "in fact", "indeed", "notably", "as reported", "news reports said", "we are told that",
        "observers said", "analysts said", "diplomats said", "the reporter said", "it says that", "it said that",
        "in the article", "in this article", "the article", "as the article says", "as the article notes",
        "as the article reports", "as the article states", "as the article explains", "as the article mentions",
        "as noted in the article", "as reported in the article", "as the report says", "as the story says",
        "the article notes", "the article explains", "the article mentions",
        "officials confirmed", "a spokesperson said", "state media reported", "reporters noted",
        "according to the article's account", "in a report", "at the time", "at that time",
    ]

    /// Words that carry no claim of their own.
    public static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "as", "into",
        "that", "this", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "them", "we",
        "our", "be", "have", "do", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
        "also", "and", "or", "but", "then", "than", "so", "very", "just", "such", "there", "here", "what",
        "which", "who", "whom", "whose", "while", "during", "between", "over",
        "upon", "onto", "i", "you", "your", "my", "him", "one", "s", "too", "well", "some", "any", "all",
        "each", "other", "another", "more", "most", "much", "really", "actually", "had", "yet",
        "if", "whether", "because", "when", "where", "how", "why", "own", "part", "for his part",
        "towards", "toward", "against", "among", "through", "across", "around", "via", "per", "up", "out",
        "off", "down", "even", "still", "already", "only", "himself", "itself", "themselves", "together",
        "meanwhile", "however", "moreover", "furthermore", "additionally", "thereby", "including", "include",
        "like", "get", "got", "am", "let", "way", "lot", "someone", "something", "thing", "things",
        "respectively", "both", "either", "every", "certain", "specifically", "particularly", "especially",
        "clearly", "directly", "openly", "publicly", "explicitly", "firmly", "strongly", "reportedly",
        "ever", "once", "being", "having", "said", "say", "took", "make", "made", "top", "discussion",
        "held", "mr", "ms", "mrs", "dr", "new", "recent", "recently", "latest", "last", "next",
        "original", "originally", "initial", "initially",
    ]

    public static let weekdays: [(name: String, forms: [String])] = [
        ("Monday", ["monday", "mon", "mondays"]), ("Tuesday", ["tuesday", "tue", "tues", "tuesdays"]),
        ("Wednesday", ["wednesday", "wed", "weds", "wednesdays"]),
        ("Thursday", ["thursday", "thu", "thur", "thurs", "thursdays"]),
        ("Friday", ["friday", "fri", "fridays"]), ("Saturday", ["saturday", "sat", "saturdays"]),
        ("Sunday", ["sunday", "sun", "sundays"]),
    ]

    public static let months: [(name: String, forms: [String])] = [
        ("January", ["january", "jan"]), ("February", ["february", "feb"]), ("March", ["march", "mar"]),
        ("April", ["april", "apr"]), ("May", ["may"]), ("June", ["june", "jun"]), ("July", ["july", "jul"]),
        ("August", ["august", "aug"]), ("September", ["september", "sep", "sept"]),
        ("October", ["october", "oct"]), ("November", ["november", "nov"]), ("December", ["december", "dec"]),
    ]

    /// Short forms that are also ordinary words; they count as dates only after "on", "in", "last", "next".
    public static let ambiguousDateForms: Set<String> = ["sat", "sun", "wed", "mar", "may", "dec", "jan", "mon", "sept"]

    public static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
        // "last", "latest" and "final" stand for the end of a series; "lasted" is no ordinal.
        "last": 99, "latest": 99, "final": 99,
        // "top scorer", "top of the table": the first place.
        "top": 1,
    ]

    /// The word for a rank ("second" for 2), or "no. N" past the words this lexicon has.
    public static func ordinalName(_ n: Int) -> String {
        ordinals.filter { $0.value == n && $0.key.first?.isLetter == true && $0.value != 99 }.keys.sorted().first ?? "no. \(n)"
    }

    public static let cardinals: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "dozen": 12, "twenty": 20, "hundred": 100,
    ]

    /// Words that multiply the number before them ("640 million"), and their short forms ("640m").
    public static let magnitudes: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
        "trillion": 1e12, "tn": 1e12,
    ]

    /// Words before a number that make it a bound or an estimate rather than an exact value.
    /// Words that say how often something took place ("repeatedly", "twice").
    public static let frequencyWords: Set<String> = ["once", "twice", "repeatedly", "often", "frequently", "regularly", "again", "sometimes"]
    /// Words that count the times before "times" ("several times", "many times").
    public static let frequencyCounts: Set<String> = ["several", "many", "multiple", "numerous", "countless", "few"]

    public static let quantityQualifiers: [String: QuantityQualifier] = [
        "more than": .atLeast, "over": .atLeast, "above": .atLeast, "at least": .atLeast, "upwards of": .atLeast,
        "exceeding": .atLeast, "less than": .atMost, "fewer than": .atMost, "under": .atMost, "below": .atMost,
        "at most": .atMost, "up to": .upTo, "no more than": .atMost, "about": .about, "around": .about,
        "roughly": .about, "nearly": .about, "almost": .about, "approximately": .about, "some": .about,
        "an estimated": .about, "close to": .about, "just over": .about, "just under": .about,
        // "as many as 25,000 jobs": a ceiling put high, as "up to" does.
        "as many as": .upTo, "as much as": .upTo, "as high as": .upTo,
    ]

    /// Unit words that belong to the number itself and are read with it ("12 percent", "640 million euros").
    public static let unitWords: Set<String> = [
        "percent", "per", "cent", "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "franc", "francs",
        "rupee", "rupees", "usd", "eur", "gbp", "krone", "kroner", "krona", "kronor", "zloty", "zlotys", "rouble", "roubles",
        "ruble", "rubles", "peso", "pesos", "lira",
    ]

    /// Words that put a title in the past ("a former foreign minister"): a position once held,
    /// which the one held now does not contradict.
    public static let pastTitleWords: Set<String> = ["former", "ex", "onetime", "one-time", "erstwhile", "retired", "previous"]

    /// Title words that name no office, only a kind of person in public life ("a veteran
    /// diplomat", "the Chinese leader"): an office of the article may be one of them.
    public static let genericTitleWords: Set<String> = ["leader", "head", "chief", "official", "diplomat", "general"]

    /// Words that, put next to a person, state a position ("Secretary", "Minister", ...).
    public static let titleWords: Set<String> = [
        "secretary", "minister", "president", "ambassador", "premier", "chancellor", "spokesman",
        "spokeswoman", "spokesperson", "envoy", "director", "senator", "governor", "general", "adviser",
        "advisor", "chairman", "chair", "leader", "diplomat", "prime", "vice", "deputy", "chief", "head",
        "king", "queen", "mayor", "representative", "commissioner", "councillor", "official", "aide",
    ]

    /// Relations that hold both ways: "A met B" is "B met A".
    public static let symmetricPredicates: [String] = ["meet", "communicate", "cooperate", "discuss", "agree", "confront",
                                                          "engage", "talk"]

    /// Stems of verbs of deciding that take what is decided after "to" ("voted to move", "agreed
    /// to pay", "ordered the company to replace"): the deciding is done, the deed is still to come.
    public static let decidingStems: Set<String> = Set([
        "vote", "agree", "decide", "order", "resolve", "opt", "elect", "choose", "chose", "promise", "pledge",
        "undertake", "undertook", "commit", "plan", "intend", "ask", "urge", "tell", "told", "instruct", "direct",
        "require", "authorise", "authorize", "allow", "permit", "move",
    ].map(Stemmer.stem))

    /// Verbs of asking before "for": what follows is asked for, not done ("applied for approval",
    /// "called for a ban", "appealed for calm").
    public static let requestVerbs: Set<String> = [
        "apply", "applies", "applied", "applying", "ask", "asks", "asked", "asking", "call", "calls", "called", "calling",
        "push", "pushes", "pushed", "pushing", "press", "pressed", "pressing", "lobby", "lobbied", "lobbying",
        "campaign", "campaigned", "campaigning", "appeal", "appeals", "appealed", "appealing", "plead", "pleaded",
        "bid", "bidding", "file", "filed", "filing", "wait", "waits", "waited", "waiting", "hope", "hoped", "hoping",
    ]

    /// Words that make something known by saying it; any of them backs the others ("announced
    /// the recall" where the article has "said it would recall", "told reporters"). Verbs only: "a
    /// joint statement" is a thing of its own, not any saying. "disclose" and "reveal" only one way
    /// (`disclosingWords`).
    public static let announcingWords: Set<String> = [
        "say", "says", "said", "saying", "announce", "announces", "announced", "announcing",
        "declare", "declares", "declared", "declaring", "stated", "told",
    ]

    /// Words that make something known, which in a statement the article's saying words back
    /// ("refused to reveal" where the article has "declined to say"), but not the other way: an
    /// article's "did not disclose the cause of death" denies no announcement of the death.
    public static let disclosingWords: Set<String> = [
        "reveal", "reveals", "revealed", "revealing", "disclose", "discloses", "disclosed", "disclosing",
    ]

    /// Words that name something: "called" in "a painting named Squall", but a claim of its own in
    /// "police named the victim", where it stands between a doer and a determiner.
    public static let namingVerbs: Set<String> = ["named", "names"]

    /// Past and finite verb forms that mark a clause, whatever the verb.
    /// The forms of `finiteVerbForms` that are not past tenses.
    public static let presentVerbForms: Set<String> = [
        "is", "are", "has", "have", "does", "will", "would", "can", "could", "should", "may", "might", "must", "meets",
        "says", "wants", "warns", "urges", "defends", "agrees", "discusses", "hopes", "remains", "seems",
    ]

    public static let finiteVerbForms: Set<String> = [
        "met", "said", "took", "held", "sat", "saw", "spoke", "gave", "made", "came", "found", "told", "was",
        "were", "is", "are", "has", "had", "have", "did", "does", "will", "would", "can", "could", "should",
        "may", "might", "must", "went", "sought", "brought", "thought", "kept", "stood", "became", "got",
        "meets", "says", "wants", "warns", "urges", "defends", "agrees", "discusses", "hopes", "remains", "seems",
        "upheld", "withheld", "left", "led", "won", "lost", "sent", "paid", "heard",
    ]
}
