namespace Archive.Taxonomy;

/// <summary>U.S. states as AP datelines abbreviate them (<c>Pa.</c>, <c>Calif.</c>), and their full names.</summary>
internal static class UsStates
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase);
    // Postal codes only in capitals: "IN", "OR", "ME" are words otherwise.
    private static readonly Dictionary<string, string> ByPostalCode = new(StringComparer.Ordinal);

    static UsStates() => Build();

    public static bool TryFind(string text, out string state)
    {
        var trimmed = text.Trim();
        if (ByName.TryGetValue(trimmed, out var found) || ByName.TryGetValue(trimmed.TrimEnd('.'), out found) ||
            ByPostalCode.TryGetValue(trimmed, out found))
        {
            state = found;
            return true;
        }
        state = "";
        return false;
    }

    private static void Build()
    {
        (string Name, string Ap, string Postal)[] states =
        [
            ("Alabama", "Ala.", "AL"), ("Alaska", "Alaska", "AK"), ("Arizona", "Ariz.", "AZ"), ("Arkansas", "Ark.", "AR"),
            ("California", "Calif.", "CA"), ("Colorado", "Colo.", "CO"), ("Connecticut", "Conn.", "CT"), ("Delaware", "Del.", "DE"),
            ("Florida", "Fla.", "FL"), ("Georgia", "Ga.", "GA"), ("Hawaii", "Hawaii", "HI"), ("Idaho", "Idaho", "ID"),
            ("Illinois", "Ill.", "IL"), ("Indiana", "Ind.", "IN"), ("Iowa", "Iowa", "IA"), ("Kansas", "Kan.", "KS"),
            ("Kentucky", "Ky.", "KY"), ("Louisiana", "La.", "LA"), ("Maine", "Maine", "ME"), ("Maryland", "Md.", "MD"),
            ("Massachusetts", "Mass.", "MA"), ("Michigan", "Mich.", "MI"), ("Minnesota", "Minn.", "MN"), ("Mississippi", "Miss.", "MS"),
            ("Missouri", "Mo.", "MO"), ("Montana", "Mont.", "MT"), ("Nebraska", "Neb.", "NE"), ("Nevada", "Nev.", "NV"),
            ("New Hampshire", "N.H.", "NH"), ("New Jersey", "N.J.", "NJ"), ("New Mexico", "N.M.", "NM"), ("New York", "N.Y.", "NY"),
            ("North Carolina", "N.C.", "NC"), ("North Dakota", "N.D.", "ND"), ("Ohio", "Ohio", "OH"), ("Oklahoma", "Okla.", "OK"),
            ("Oregon", "Ore.", "OR"), ("Pennsylvania", "Pa.", "PA"), ("Rhode Island", "R.I.", "RI"), ("South Carolina", "S.C.", "SC"),
            ("South Dakota", "S.D.", "SD"), ("Tennessee", "Tenn.", "TN"), ("Texas", "Texas", "TX"), ("Utah", "Utah", "UT"),
            ("Vermont", "Vt.", "VT"), ("Virginia", "Va.", "VA"), ("Washington", "Wash.", "WA"), ("West Virginia", "W.Va.", "WV"),
            ("Wisconsin", "Wis.", "WI"), ("Wyoming", "Wyo.", "WY"), ("District of Columbia", "D.C.", "DC"),
        ];
        foreach (var (name, ap, postal) in states)
        {
            ByName[name] = name;
            ByName[ap] = name;
            ByName[ap.TrimEnd('.')] = name;
            ByPostalCode[postal] = name;
        }
        ByName["Penn."] = "Pennsylvania";
        ByName["Cal."] = "California";
        ByName["Tex."] = "Texas";
    }
}
