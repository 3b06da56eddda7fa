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
        "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
    ]

    /// Units of the calendar, whose length varies: a figure converted from or to one of them is
    /// only ever about right ("three months" for "12 weeks").
    public static let calendar: Set<String> = ["month", "year", "decade", "century"]

    /// Units of time, for telling a duration from a count.
    public static let time: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
    /// Units of money.
    public static let money: Set<String> = [
        "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "cent", "penny", "krone", "krona", "zloty", "rouble", "peso", "lira",
    ]

    /// Units of length, weight, volume, area and speed.
    public static let physical: Set<String> = [
        "kilometre", "metre", "centimetre", "millimetre", "mile", "foot", "inch", "yard", "kilogram", "gram", "milligram",
        "tonne", "pound-weight", "litre", "millilitre", "gallon", "hectare", "acre", "square", "degree", "kilowatt",
        "megawatt", "gigawatt", "volt", "knot",
    ]

    static let lengths: Set<String> = ["kilometre", "metre", "centimetre", "millimetre", "mile", "foot", "inch", "yard"]
    static let weights: Set<String> = ["kilogram", "gram", "milligram", "tonne", "pound-weight"]
    static let areas: Set<String> = ["hectare", "acre"]
    static let volumes: Set<String> = ["litre", "millilitre", "gallon"]

    /// What a unit measures, for units that can stand for one another in a slot: money, time,
    /// length, weight, area, volume. Nil for a count or a unit of its own.
    public static func dimension(of unit: String) -> String? {
        if money.contains(unit) { return "money" }
        if time.contains(unit) { return "time" }
        if lengths.contains(unit) { return "length" }
        if weights.contains(unit) { return "weight" }
        if areas.contains(unit) { return "area" }
        if volumes.contains(unit) { return "volume" }
        return nil
    }

    /// How many of the dimension's base unit (metre, kilogram, square metre, litre, second) one
    /// unit is, for comparing "6 miles" with "9.5 kilometres" or "48 hours" with "two days". Nil
    /// for money and counts, which are never converted.
    public static func baseFactor(of unit: String) -> Double? {
        switch unit {
        case "kilometre": return 1000
        case "metre": return 1
        case "centimetre": return 0.01
        case "millimetre": return 0.001
        case "mile": return 1609.344
        case "foot": return 0.3048
        case "inch": return 0.0254
        case "yard": return 0.9144
        case "kilogram": return 1
        case "gram": return 0.001
        case "milligram": return 0.000001
        case "tonne": return 1000
        case "pound-weight": return 0.45359237
        case "hectare": return 10000
        case "acre": return 4046.8564224
        case "litre": return 1
        case "millilitre": return 0.001
        case "gallon": return 3.785411784
        case "second": return 1
        case "minute": return 60
        case "hour": return 3600
        case "day": return 86400
        case "week": return 604800
        case "month": return 2629800
        case "year": return 31557600
        case "decade": return 315576000
        case "century": return 3155760000
        default: return nil
        }
    }

    /// Whether a unit measures (money, time, percent, length ...) rather than counts things.
    public static func isMeasure(_ unit: String) -> Bool {
        unit == "percent" || unit == "point" || money.contains(unit) || time.contains(unit) || physical.contains(unit)
    }

    /// The canonical singular name of a unit word or phrase.
    public static func canonical(_ unit: String) -> String {
        let u = unit.lowercased()
        if let known = aliases[u] { return known }
        if let lemma = WordNet.lemma(ofIrregular: u) { return lemma }
        if u.hasSuffix("ies"), u.count > 4 { return String(u.dropLast(3)) + "y" }
        if u.hasSuffix("ches") || u.hasSuffix("shes") || u.hasSuffix("sses") || u.hasSuffix("xes") { return String(u.dropLast(2)) }
        if u.hasSuffix("s"), !u.hasSuffix("ss"), !u.hasSuffix("us"), !u.hasSuffix("is"), u.count > 3 { return String(u.dropLast()) }
        return u
    }
}
