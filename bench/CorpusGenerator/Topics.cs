namespace Archive.Bench.Corpus;

/// <summary>A subject area: its name as a taxonomy term, headline patterns, and body sentences full of its keywords.</summary>
public sealed record Topic(string Name, string[] Titles, string[] Sentences);

/// <summary>The topics the corpus writes about. Patterns use the slots that <see cref="Slots"/> fills.</summary>
public static class Topics
{
    public static readonly Topic[] All =
    [
        new("Diplomacy",
            [
                "Chinese embassy marks {ordinal} anniversary of signing of China-{short} friendship treaty",
                "{official} meets {country} counterpart in {place}", "{country} and {country2} pledge closer bilateral ties",
                "Envoy says {country} ready to deepen cooperation with {country2}", "Summit in {place} ends with joint statement",
                "Ambassador presents credentials in {place}",
            ],
            [
                "The embassy held a reception on {weekday} attended by more than {n} diplomats and guests.",
                "The two sides exchanged views on bilateral relations and regional issues of common concern.",
                "The {official} said the treaty had laid a solid foundation for friendship between the two peoples.",
                "Both countries agreed to strengthen high-level exchanges and deepen practical cooperation.",
                "The ambassador expressed the hope that the summit would open a new chapter in relations.",
                "Diplomats from {n} countries attended the ceremony in {place}.",
                "The foreign minister said {country} was willing to work with {country2} to implement the consensus reached.",
                "Observers described the talks as frank, constructive and fruitful.",
            ]),
        new("Economy",
            [
                "{country}'s economy grows {pct} percent in {period}", "Central bank of {country} holds rates as inflation eases",
                "Investment in {place} hits record {big} million dollars", "Markets rally as {country} reports strong exports",
                "{country} unveils measures to stabilize economic growth", "Consumer spending lifts {place} economy",
            ],
            [
                "GDP rose {pct} percent year on year, beating market expectations.",
                "Inflation slowed to {pct} percent, the lowest level in {n} months.",
                "Foreign direct investment reached {big} million dollars in the first half of the year.",
                "Exports climbed {pct} percent while imports fell slightly, widening the trade surplus.",
                "The central bank said it would keep monetary policy prudent and flexible to support the economy.",
                "Stock markets in {place} closed higher, led by technology and consumer shares.",
                "Economists expect the economic recovery to gain momentum in the coming quarters.",
                "Retail sales, a key gauge of consumption, increased {pct} percent from a year earlier.",
            ]),
        new("Trade",
            [
                "{country} and {country2} sign trade agreement", "Trade between {country} and {country2} tops {big} million dollars",
                "Expo in {place} draws {n} exhibitors", "Port of {place} handles record cargo volumes",
                "{country} cuts tariffs on {n} goods", "Cross-border e-commerce booms in {place}",
            ],
            [
                "Bilateral trade reached {big} million dollars last year, up {pct} percent.",
                "The free trade agreement will remove tariffs on more than {n} products.",
                "Exporters said new rail freight routes had cut delivery times by nearly half.",
                "The expo attracted {n} exhibitors from {n2} countries and regions.",
                "Officials said the port handled {big} thousand containers in the first quarter.",
                "Trade in services grew faster than trade in goods for the {ordinal} consecutive month.",
            ]),
        new("Sport",
            [
                "{country} wins gold at world championship in {place}", "Football: {place} side clinches title in final match",
                "Olympic champion sets new record in {place}", "{place} to host {year} tournament",
                "Athletes from {n} countries compete in {place} marathon", "Table tennis team beats {country} in semi-final",
            ],
            [
                "The championship brought together more than {n} athletes from {n2} countries.",
                "The home side won the match 3-1 in front of a crowd of {big} thousand.",
                "The Olympic champion finished in a record time, {pct} seconds ahead of the field.",
                "Organizers said the tournament would be held in {place} next year.",
                "The football club has now won {n2} titles in the past decade.",
                "Coaches praised the young athletes for their discipline and teamwork.",
            ]),
        new("Health",
            [
                "{country} launches vaccine campaign for children", "New hospital opens in {place}",
                "Health officials report decline in {disease} cases", "{place} doctors perform rare surgery",
                "WHO praises {country}'s efforts against {disease}", "Epidemic control measures eased in {place}",
            ],
            [
                "The hospital has {n} beds and will serve about {big} thousand residents.",
                "Health authorities reported {n} new cases of {disease} last week, down {pct} percent.",
                "More than {big} thousand children have received the vaccine since the campaign began.",
                "Doctors said the patients were in stable condition after the surgery.",
                "The World Health Organization said the epidemic had been brought under control.",
                "The ministry of health urged the public to keep up good hygiene habits.",
            ]),
        new("Science and Technology",
            [
                "{country} launches new satellite", "Scientists in {place} make breakthrough in quantum research",
                "Spacecraft completes {ordinal} mission", "Research team develops new battery technology",
                "{place} laboratory unveils supercomputer", "Robot makers gather in {place} for technology fair",
            ],
            [
                "The satellite was launched from a space center at {time} Beijing time and entered its planned orbit.",
                "Scientists said the research could lead to faster and cheaper computing.",
                "The spacecraft has travelled more than {big} thousand km since its launch.",
                "The laboratory employs {n} researchers working on artificial intelligence and new materials.",
                "The technology is expected to be applied in transport, medicine and agriculture.",
                "The research findings were published in the journal Nature on {weekday}.",
            ]),
        new("Environment",
            [
                "{country} sets target to cut emissions", "Wildlife returns to wetlands near {place}",
                "Air pollution in {place} falls to record low", "Climate talks open in {place}",
                "Volunteers plant {big} thousand trees in {place}", "Rare birds spotted in {place} nature reserve",
            ],
            [
                "Carbon emissions per unit of GDP fell {pct} percent compared with the previous year.",
                "The nature reserve is home to {n} species of wildlife, including several endangered birds.",
                "Concentrations of fine particulate matter dropped {pct} percent, officials said.",
                "Delegates at the climate conference called for more funding for developing countries.",
                "Protecting biodiversity is essential for sustainable development, the report said.",
                "Local authorities have closed {n} polluting factories since the campaign began.",
            ]),
        new("Conflict",
            [
                "Ceasefire holds in border region", "UN calls for restraint after clashes near {place}",
                "Talks to end fighting resume in {place}", "Thousands flee violence in {country}",
                "Peacekeepers deployed to {place}", "Security council meets on {country} crisis",
            ],
            [
                "At least {n} people were killed and dozens injured in the clashes, local officials said.",
                "The UN Security Council called on all parties to exercise restraint and return to dialogue.",
                "Humanitarian agencies said about {big} thousand people had been displaced by the fighting.",
                "The ceasefire, brokered last month, has largely held despite sporadic violations.",
                "Peacekeepers from {n2} countries are stationed in the region.",
                "Negotiators said progress had been made but differences remained.",
            ]),
        new("Culture",
            [
                "Museum in {place} opens exhibition of ancient relics", "Film festival opens in {place}",
                "{ordinal} {place} art festival draws big crowds", "Heritage site in {country} restored",
                "Folk musicians from {country} perform in {place}", "Book fair in {place} features {n} publishers",
            ],
            [
                "The exhibition features more than {n} relics, some dating back {big} years.",
                "The film festival will screen {n} films from {n2} countries over ten days.",
                "Visitors queued for hours to see the art exhibition, organizers said.",
                "The heritage site was listed by UNESCO in {year} and attracts {big} thousand visitors a year.",
                "The festival aims to promote cultural exchanges and mutual understanding.",
                "The museum's collection includes bronze ware, porcelain and calligraphy.",
            ]),
    ];

    /// <summary>Sentences that fit any story, so bodies are not all keywords.</summary>
    public static readonly string[] Filler =
    [
        "The event was held in {place} on {weekday}.",
        "{official} {person} told reporters that the measures would be implemented step by step.",
        "The figures were released by the national statistics bureau on {weekday}.",
        "Local residents welcomed the move, saying it would improve their daily lives.",
        "The plan covers the period until {year} and will be reviewed every two years.",
        "More details are expected to be announced later this month.",
        "The project, which cost about {big} million yuan, was completed ahead of schedule.",
        "Experts said the development reflected broader changes in the region.",
        "A total of {n} representatives from government, business and academia took part.",
        "The agreement was signed in the presence of senior officials from both sides.",
    ];
}
