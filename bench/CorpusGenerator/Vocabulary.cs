namespace Archive.Bench.Corpus;

/// <summary>A dateline city: as the wire writes it, as a reader reads it, and its country.</summary>
public sealed record Place(string Dateline, string Name, string Country);

/// <summary>Names, places and small words that the article composer draws from.</summary>
public static class Vocabulary
{
    public static readonly Place[] Places =
    [
        new("BEIJING", "Beijing", "China"), new("SHANGHAI", "Shanghai", "China"), new("GUANGZHOU", "Guangzhou", "China"),
        new("WUHAN", "Wuhan", "China"), new("CHENGDU", "Chengdu", "China"), new("HONG KONG", "Hong Kong", "China"),
        new("PYONGYANG", "Pyongyang", "the DPRK"), new("SEOUL", "Seoul", "South Korea"), new("TOKYO", "Tokyo", "Japan"),
        new("WASHINGTON", "Washington", "the United States"), new("NEW YORK", "New York", "the United States"),
        new("LOS ANGELES", "Los Angeles", "the United States"), new("LONDON", "London", "Britain"), new("PARIS", "Paris", "France"),
        new("BERLIN", "Berlin", "Germany"), new("MOSCOW", "Moscow", "Russia"), new("GENEVA", "Geneva", "Switzerland"),
        new("BRUSSELS", "Brussels", "Belgium"), new("NEW DELHI", "New Delhi", "India"), new("ISLAMABAD", "Islamabad", "Pakistan"),
        new("JAKARTA", "Jakarta", "Indonesia"), new("HANOI", "Hanoi", "Vietnam"), new("BANGKOK", "Bangkok", "Thailand"),
        new("SINGAPORE", "Singapore", "Singapore"), new("CANBERRA", "Canberra", "Australia"), new("NAIROBI", "Nairobi", "Kenya"),
        new("ADDIS ABABA", "Addis Ababa", "Ethiopia"), new("CAIRO", "Cairo", "Egypt"), new("JOHANNESBURG", "Johannesburg", "South Africa"),
        new("BRASILIA", "Brasilia", "Brazil"), new("SAO PAULO", "Sao Paulo", "Brazil"), new("BUENOS AIRES", "Buenos Aires", "Argentina"),
        new("MEXICO CITY", "Mexico City", "Mexico"), new("OTTAWA", "Ottawa", "Canada"), new("ANKARA", "Ankara", "Turkey"),
        new("TEHRAN", "Tehran", "Iran"), new("RIYADH", "Riyadh", "Saudi Arabia"), new("KYIV", "Kyiv", "Ukraine"),
        new("ULAN BATOR", "Ulan Bator", "Mongolia"), new("ASTANA", "Astana", "Kazakhstan"), new("VIENTIANE", "Vientiane", "Laos"),
        new("UNITED NATIONS", "United Nations", "the United Nations"),
    ];

    public static readonly string[] Countries =
    [
        "China", "the DPRK", "Russia", "the United States", "Japan", "South Korea", "India", "Pakistan", "Brazil", "France",
        "Germany", "Britain", "Kenya", "Ethiopia", "Egypt", "Indonesia", "Vietnam", "Laos", "Cambodia", "Mongolia",
        "Kazakhstan", "Serbia", "Hungary", "Argentina", "Mexico", "Australia", "New Zealand", "Iran", "Turkey", "Nigeria",
    ];

    public static readonly string[] ChineseNames =
    [
        "Zhang Yi", "Li Wei", "Wang Fang", "Liu Yang", "Chen Jing", "Yang Xue", "Zhao Lei", "Huang Min", "Zhou Tao", "Wu Xia",
        "Xu Hui", "Sun Qiang", "Ma Lin", "Zhu Hong", "Hu Bin", "Guo Jie", "He Yan", "Gao Feng", "Lin Na", "Luo Ping",
        "Liang Jun", "Song Ying", "Zheng Hao", "Xie Huanchi", "Han Bing", "Tang Wen", "Feng Yu", "Deng Rui", "Cao Li", "Peng Bo",
    ];

    public static readonly string[] WesternNames =
    [
        "Jane Doe", "John Roe", "Emily Carter", "David Brooks", "Maria Gonzalez", "James Wilson", "Sarah Miller", "Michael Chen",
        "Laura Schmidt", "Peter Novak", "Anna Ivanova", "Tom Harris", "Rachel Green", "Ahmed Hassan", "Olivia Brown", "Ben Taylor",
    ];

    public static readonly string[] Officials =
    [
        "Foreign Minister", "Premier", "Vice Premier", "Ambassador", "spokesperson", "Minister of Commerce", "Health Minister",
        "Secretary-General", "Chairman", "Mayor", "Governor", "Deputy Director",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Connectives =
    [
        "Meanwhile,", "In addition,", "According to the statement,", "Earlier this year,", "Last month,", "However,",
        "Separately,", "As of the end of last year,",
    ];
}
