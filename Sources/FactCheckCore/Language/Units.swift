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
        "chf": "franc", "inr": "rupee", "cent": "cent", "p": "penny", "pence": "penny",
        "km": "kilometre", "kilometer": "kilometre", "kms": "kilometre", "m": "metre", "meter": "metre", "cm": "centimetre",
        "centimeter": "centimetre", "mm": "millimetre", "millimeter": "millimetre", "mi": "mile", "ft": "foot", "feet": "foot",
        "kg": "kilogram", "kilo": "kilogram", "g": "gram", "lb": "pound-weight", "lbs": "pound-weight", "t": "tonne", "ton": "tonne",
        "mg": "milligram", "ml": "millilitre", "l": "litre", "liter": "litre", "milliliter": "millilitre",
        "yr": "year", "yrs": "year", "mo": "month", "mos": "month", "wk": "week", "wks": "week", "hr": "hour", "hrs": "hour",
        "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
        "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
    ]

    /// Units of time, for telling a duration from a count.
    public static let time: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
    /// Units of money.
    public static let money: Set<String> = ["dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "cent", "penny"]

    /// Units of length, weight, volume, area and speed.
    public static let physical: Set<String> = [
        "kilometre", "metre", "centimetre", "millimetre", "mile", "foot", "inch", "yard", "kilogram", "gram", "milligram",
        "tonne", "pound-weight", "litre", "millilitre", "gallon", "hectare", "acre", "square", "degree", "kilowatt",
        "megawatt", "gigawatt", "volt", "knot",
    ]

    static let lengths: Set<String> = ["kilometre", "metre", "centimetre", "millimetre", "mile", "foot", "inch", "yard"]
    static let weights: Set<String> = ["kilogram", "gram", "milligram", "tonne", "pound-weight"]

    /// What a unit measures, for units that can stand for one another in a slot: money, time,
    /// length, weight. Nil for a count or a unit of its own.
    public static func dimension(of unit: String) -> String? {
        if money.contains(unit) { return "money" }
        if time.contains(unit) { return "time" }
        if lengths.contains(unit) { return "length" }
        if weights.contains(unit) { return "weight" }
        return nil
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
