import Testing
@testable import FactCheckCore

/// What a statement pieced together from two sentences may not take from the second: a place
/// where the sentence of the event gives another, the object of a verb whose own sentence gives
/// another, the same entity twice. And figures, ranks and names kept with their own words: a
/// figure's words after it ("the 165 million euros caused by"), a rank's noun ("first stage"
/// where the article has "upper stage"), a naming that is a claim ("named the bidder", "was named a collector"), "took
/// home" for won, a sentence's capitalised first word that is no name ("Roughly"); "more
/// performances" against "190 performances, fewer than this year".
@Suite struct PiecesAndFiguresTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: pieces, title: Pieces, text: "A landscape by Ifor Vale sold for 9 million pounds at Perrin's in London, setting a new auction record for the artist. Vale's previous auction record was 4 million pounds, paid in 2019 at Hollis & Dunn in New York. The dissenting judge, Mara Quill, backed Winter Orchard. Ada Fenn won the prize for her novel The Salt Ledger. Nordfell Gear sponsored the expedition. Solvang plans to return to the mountain in 2027. The insurers estimated the damage at 310 million euros, nearly double the 165 million euros caused by the 2009 flood. The first attempt was called off, and the second was halted when engineers detected a leak in the rocket's upper stage. Perrin's refused to identify the buyer. The judges read 212 entries before naming a shortlist of six. About 300 guests attended the dinner. Fenn won 40,000 pounds. Perrin's said the bidder was a collector. The festival plans about 190 performances next year, fewer than this year."}
        entities:
          - {id: vale, type: person, name: Ifor Vale, aliases: [Vale, Ifor Vale, the artist]}
          - {id: perrins, type: organisation, name: "Perrin's", aliases: ["Perrin's", the auction house]}
          - {id: bidder, type: person, name: the bidder, aliases: [the bidder, the winning bidder]}
          - {id: hollis, type: organisation, name: Hollis & Dunn, aliases: [Hollis & Dunn]}
          - {id: london, type: place, name: London, aliases: [London]}
          - {id: new-york, type: place, name: New York, aliases: [New York]}
          - {id: quill, type: person, name: Mara Quill, aliases: [Quill, Mara Quill, the dissenting judge]}
          - {id: fenn, type: person, name: Ada Fenn, aliases: [Fenn, Ada Fenn]}
          - {id: nordfell, type: organisation, name: Nordfell Gear, aliases: [Nordfell Gear, Nordfell, the sponsor]}
          - {id: solvang, type: person, name: Erik Solvang, aliases: [Solvang]}
          - {id: insurers, type: organisation, name: the insurers, aliases: [the insurers]}
          - {id: flood-2009, type: event, name: the 2009 flood, aliases: [the 2009 flood]}
          - {id: engineers, type: group, name: engineers, aliases: [engineers, the engineers]}
          - {id: judges, type: group, name: the judges, aliases: [the judges]}
          - {id: festival, type: event, name: the festival, aliases: [the festival]}
        facts:
          - {id: sale, category: event, predicate: sell, what: a landscape by Ifor Vale, quantity: {value: 9000000, unit: pound}, place: london,
             evidence: "A landscape by Ifor Vale sold for 9 million pounds at Perrin's in London", statement: "A landscape by Ifor Vale sold for 9 million pounds at Perrin's in London."}
          - {id: record, category: event, subject: vale, predicate: set, what: a new auction record for the artist,
             evidence: setting a new auction record for the artist, statement: The landscape set a new auction record for the artist.}
          - {id: previous, category: event, subject: vale, predicate: be, what: previous auction record, quantity: {value: 4000000, unit: pound}, when: {year: 2019}, place: new-york,
             evidence: "Vale's previous auction record was 4 million pounds, paid in 2019 at Hollis & Dunn in New York", statement: "Vale's previous auction record was 4 million pounds, paid in 2019 at Hollis & Dunn in New York."}
          - {id: quill-backed, category: stance, subject: quill, predicate: back, what: Winter Orchard,
             evidence: backed Winter Orchard, statement: Quill backed Winter Orchard.}
          - {id: fenn-won, category: event, subject: fenn, predicate: win, what: the prize for her novel The Salt Ledger,
             evidence: Ada Fenn won the prize for her novel The Salt Ledger, statement: Ada Fenn won the prize for her novel The Salt Ledger.}
          - {id: sponsored, category: event, subject: nordfell, predicate: sponsor, what: the expedition,
             evidence: Nordfell Gear sponsored the expedition, statement: Nordfell Gear sponsored the expedition.}
          - {id: return, category: event, subject: solvang, predicate: return, what: to the mountain, when: {year: 2027}, certainty: planned,
             evidence: Solvang plans to return to the mountain in 2027, statement: Solvang plans to return to the mountain in 2027.}
          - {id: estimate, category: event, subject: insurers, predicate: estimate, what: the damage, quantity: {value: 310000000, unit: euro},
             evidence: The insurers estimated the damage at 310 million euros, statement: The insurers estimated the damage at 310 million euros.}
          - {id: flood-damage, category: event, subject: flood-2009, predicate: cause, what: damage, quantity: {value: 165000000, unit: euro},
             evidence: the 165 million euros caused by the 2009 flood, statement: The 2009 flood caused 165 million euros of damage.}
          - {id: leak, category: event, subject: engineers, predicate: detect, what: a leak in the rocket's upper stage,
             evidence: "engineers detected a leak in the rocket's upper stage", statement: "Engineers detected a leak in the rocket's upper stage."}
          - {id: buyer, category: event, subject: perrins, predicate: identify, what: the buyer, polarity: negative,
             evidence: "Perrin's refused to identify the buyer", statement: "Perrin's refused to identify the buyer."}
          - {id: shortlist, category: event, subject: judges, predicate: name, what: a shortlist of six,
             evidence: naming a shortlist of six, statement: The judges named a shortlist of six.}
          - {id: guests, category: event, predicate: attend, what: the dinner, quantity: {value: 300, unit: guest},
             evidence: About 300 guests attended the dinner, statement: About 300 guests attended the dinner.}
          - {id: fenn-money, category: event, subject: fenn, predicate: win, quantity: {value: 40000, unit: pound},
             evidence: "Fenn won 40,000 pounds", statement: "Fenn won 40,000 pounds."}
          - {id: collector, category: topic, subject: bidder, predicate: be, what: a collector,
             evidence: "Perrin's said the bidder was a collector", statement: "Perrin's said the bidder was a collector."}
          - {id: performances, category: event, subject: festival, predicate: plan, what: "about 190 performances next year, fewer than this year",
             quantity: {value: 190, unit: performance}, certainty: planned,
             evidence: "The festival plans about 190 performances next year, fewer than this year",
             statement: "The festival plans about 190 performances next year, fewer than this year."}
        """

    @Test(arguments: [
        ("Vale's previous record was set at Hollis & Dunn in London.", Verdict.refuted),
        ("Vale's previous record was set in 2019.", .supported),
        ("Mara Quill backed The Salt Ledger.", .notMentioned),
        ("Quill backed Winter Orchard.", .supported),
        ("Nordfell Gear plans to sponsor Solvang's return to the mountain in 2027.", .notMentioned),
        ("Solvang plans to return to the mountain in 2027.", .supported),
        ("The 2009 flood caused 310 million euros of damage.", .refuted),
        ("The 2009 flood caused 165 million euros of damage.", .supported),
        ("Engineers detected a leak in the rocket's first stage.", .refuted),
        ("Engineers detected a leak in the rocket's upper stage.", .supported),
        ("The auction house named the winning bidder.", .notMentioned),
        // The passive naming is a claim too: the article only reports what the bidder was.
        ("The bidder was named a collector.", .notMentioned),
        ("The shortlist was named by the judges.", .supported),
        ("The judges named a shortlist of six.", .supported),
        ("Roughly 300 guests attended the dinner.", .supported),
        ("Fenn took home 40,000 euros.", .refuted),
        ("Fenn took home 40,000 pounds.", .supported),
        ("The festival plans more performances next year than this year.", .refuted),
        ("The festival plans fewer performances next year than this year.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "pieces.yaml")
    }
}
