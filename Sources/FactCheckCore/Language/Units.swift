/// Units of measure and counting as the checker compares them: one canonical singular word
/// per unit ("per cent", "%" and "percent" are "percent"; "km" is "kilometre"; "dollars" is
/// "dollar"). General English only; what an article counts ("stops", "homes") is taken as
/// written, in the singular.
public enum Units {
    /// Other spellings and abbreviations of a unit -> its canonical name.
    static let aliases: [String: String] = [
        "%": "percent", "per cent": "percent", "pct": "percent", "percentage point": "point", "percentage points": "point",
        "$": "dollar", "usd": "dollar", "us$": "dollar", "buck": "dollar", "€": "euro", "eur": "euro", "£": "pound",
        "gbp": "pound", "sterling": "pound", "¥": "yen", "jpy": "yen", "yuan": "yuan", "rmb": "yuan", "renminbi": "yuan",
        "chf": "franc", "inr": "rupee", "kroner": "krone", "kronor": "krona", "dkk": "krone", "nok": "krone", "sek": "krona",
        "isk": "krona", "zlotys": "zloty", "pln": "zloty", "roubles": "rouble", "rubles": "rouble", "ruble": "rouble", "cent": "cent", "p": "penny", "pence": "penny",
        "km": "kilometre", "kilometer": "kilometre", "kms": "kilometre", "m": "metre", "meter": "metre", "cm": "centimetre",
        "centimeter": "centimetre", "mm": "millimetre", "millimeter": "millimetre", "mi": "mile", "ft": "foot", "feet": "foot",
        "kg": "kilogram", "kilo": "kilogram", "g": "gram", "lb": "pound-weight", "lbs": "pound-weight", "t": "tonne", "ton": "tonne",
        "mg": "milligram", "ml": "millilitre", "l": "litre", "liter": "litre", "milliliter": "millilitre",
        "yr": "year", "yrs": "year", "mo": "month", "mos": "month", "wk": "week", "wks": "week", "hr": "hour", "hrs": "hour",
        "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
        "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt-hour", "mwh": "megawatt-hour",
        "gwh": "gigawatt-hour", "twh": "terawatt-hour", "m2": "square metre", "m²": "square metre",
        "km2": "square kilometre", "km²": "square kilometre", "sq ft": "square foot", "square feet": "square foot",
        "square meter": "square metre", "square kilometer": "square kilometre",
        "mph": "mile-per-hour", "kph": "kilometre-per-hour", "kmh": "kilometre-per-hour", "km/h": "kilometre-per-hour",
        "knots": "knot", "kt": "knot",
        "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
    ]

    /// The unit of a time of day ("7:30 a.m."), counted in minutes since midnight.
    public static let clock = "time of day"

    /// Units of the calendar, whose length varies: a figure converted from or to one of them is
    /// only ever about right ("three months" for "12 weeks").
    public static let calendar: Set<String> = ["month", "year", "decade", "century"]

    /// Units of time, for telling a duration from a count.
    public static let time: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
    /// Units of money.
    public static let money: Set<String> = [
        "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "cent", "penny", "krone", "krona", "zloty", "rouble", "peso", "lira",
        "crown", "shilling", "dinar", "dirham", "rand", "forint", "koruna", "ringgit", "baht", "rupiah", "naira", "florin",
        "guilder", "thaler", "ducat", "riyal", "kwacha", "cedi", "lempira", "leu", "lev", "hryvnia", "lari", "tenge",
    ]

    /// Units of length, weight, volume, area and speed.
    public static let physical: Set<String> = [
        "kilometre", "metre", "centimetre", "millimetre", "mile", "foot", "inch", "yard", "kilogram", "gram", "milligram",
        "tonne", "pound-weight", "litre", "millilitre", "gallon", "hectare", "acre", "square", "degree", "kilowatt",
        "megawatt", "gigawatt", "volt", "knot", "watt", "terawatt", "kilowatt-hour", "megawatt-hour", "gigawatt-hour",
        "terawatt-hour", "square metre", "square kilometre", "square mile", "square foot", "square yard",
        "kilometre-per-hour", "mile-per-hour", "metre-per-second",
    ]

    /// Each convertible unit: what it measures and how many of that dimension's base unit
    /// (metre, kilogram, square metre, litre, second) it is. One table gives both.
    static let convertible: [String: (dimension: String, factor: Double)] = [
        "kilometre": ("length", 1000), "metre": ("length", 1), "centimetre": ("length", 0.01),
        "millimetre": ("length", 0.001), "mile": ("length", 1609.344), "foot": ("length", 0.3048),
        "inch": ("length", 0.0254), "yard": ("length", 0.9144),
        "kilogram": ("weight", 1), "gram": ("weight", 0.001), "milligram": ("weight", 0.000001),
        "tonne": ("weight", 1000), "pound-weight": ("weight", 0.45359237),
        "hectare": ("area", 10000), "acre": ("area", 4046.8564224), "square metre": ("area", 1),
        "square kilometre": ("area", 1_000_000), "square mile": ("area", 2_589_988.110336),
        "square foot": ("area", 0.09290304), "square yard": ("area", 0.83612736),
        "watt": ("power", 1), "kilowatt": ("power", 1e3), "megawatt": ("power", 1e6), "gigawatt": ("power", 1e9),
        "terawatt": ("power", 1e12), "kilowatt-hour": ("energy", 3.6e6), "megawatt-hour": ("energy", 3.6e9),
        "gigawatt-hour": ("energy", 3.6e12), "terawatt-hour": ("energy", 3.6e15),
        "litre": ("volume", 1), "millilitre": ("volume", 0.001), "gallon": ("volume", 3.785411784),
        "second": ("time", 1), "minute": ("time", 60), "hour": ("time", 3600), "day": ("time", 86400),
        "week": ("time", 604800), "month": ("time", 2629800), "year": ("time", 31557600),
        "decade": ("time", 315576000), "century": ("time", 3155760000),
        "metre-per-second": ("speed", 1), "kilometre-per-hour": ("speed", 1000.0 / 3600), "mile-per-hour": ("speed", 1609.344 / 3600),
        "knot": ("speed", 1852.0 / 3600),
    ]

    /// What a unit measures, for units that can stand for one another in a slot: money, time,
    /// length, weight, area, volume. Nil for a count or a unit of its own.
    public static func dimension(of unit: String) -> String? {
        if money.contains(unit) { return "money" }
        return convertible[unit]?.dimension
    }

    /// Currencies whose hundredth has a name of its own: "cent" for "euro" and "dollar", "penny"
    /// for "pound".
    static let hundredthOf: [String: Set<String>] = ["cent": ["euro", "dollar"], "penny": ["pound"]]

    /// How many `unit` one `other` is when one is the other's hundredth (100 for "cent" against
    /// "euro", 0.01 the other way round); nil otherwise.
    public static func hundredths(_ unit: String, _ other: String) -> Double? {
        if hundredthOf[unit]?.contains(other) == true { return 100 }
        if hundredthOf[other]?.contains(unit) == true { return 0.01 }
        return nil
    }

    /// How many of the dimension's base unit one unit is, for comparing "6 miles" with "9.5
    /// kilometres" or "48 hours" with "two days". Nil for money and counts, never converted.
    public static func baseFactor(of unit: String) -> Double? { convertible[unit]?.factor }

    /// A measure whose unit is a word of its own in the text ("five years", "9.5 miles"), unlike
    /// a percent sign or a currency.
    public static func hasUnitWord(_ unit: String) -> Bool {
        isMeasure(unit) && !money.contains(unit) && unit != "percent" && unit != "point" && unit != clock
    }

    /// Whether a unit measures (money, time, percent, length ...) rather than counts things.
    public static func isMeasure(_ unit: String) -> Bool {
        unit == "percent" || unit == "point" || unit == clock || money.contains(unit) || time.contains(unit) || physical.contains(unit)
    }

    /// Whether a bank may give `unit` as a quantity's unit: a word or short phrase without a
    /// digit ("4x100 metres" does not make "x100" a unit).
    public static func isWritable(_ unit: String) -> Bool {
        unit.count <= 40 && !unit.contains(where: { $0.isNumber })
    }

    /// The canonical singular name of a unit word or phrase.
    public static func canonical(_ unit: String) -> String {
        let u = unit.lowercased()
        if let known = aliases[u] { return known }
        if let lemma = WordNet.lemma(ofIrregular: u) { return lemma }
        if u.hasSuffix("ies"), u.count > 4 { return String(u.dropLast(3)) + "y" }
        if u.hasSuffix("ches") || u.hasSuffix("shes") || u.hasSuffix("sses") || u.hasSuffix("xes") { return String(u.dropLast(2)) }
        if u.hasSuffix("s"), !u.hasSuffix("ss"), !u.hasSuffix("us"), !u.hasSuffix("is"), u.count > 3 {
            let singular = String(u.dropLast())
            return aliases[singular] ?? singular
        }
        return u
    }
}
