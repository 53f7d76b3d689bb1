namespace MusicRecommender.Infrastructure.Listing;

/// <summary>The music-only rules' lists when configuration gives none (configured lists replace them whole).</summary>
public static class MusicOnlyDefaults
{
    public static IReadOnlyList<string> TalkTitles { get; } =
        [@"^(mc|ment|talk|vcr|speech|greeting|announcement|crowd|applause|audience|opening ment|ending ment)( \d+)?$"];

    /// <summary>
    /// The multi-genre file's anime slice holds lo-fi, cover, piano and tribute acts and anime-inspired rap
    /// (SOURCES.md names Kato, Samuel Kim, Kijugo, Raimu, Rustage "and others": these are the others found by
    /// reading its artist list), and ENHYPEN, a K-pop group.
    /// </summary>
    public static IReadOnlyList<string> NotAnime { get; } =
    [
        "Kato", "Samuel Kim", "Kijugo", "Raimu", "Rustage", "Khantrast", "Otaku", "Shwabadi", "Connor Quest!", "Keyblade",
        "MegaR", "Adrian Barba", "Daddyphatsnaps", "Doblecero", "Feora", "YAIBA", "DizzyEight", "Musicality", "Ricardo Silva",
        "Zarcort", "Kupla", "Fery", "LoFi Waiter", "McGwire", "frad", "Bastiancortesxv", "Fabvl", "Kballero Rap",
        "BigRicePiano", "PE$O PETE", "Lex Bratcher", "Animelmack", "GameboyJones", "None Like Joshua", "Kiro Akiyama",
        "ACN Music.", "Shofu", "PianoDeuss", "Eddie Rath", "Bynmc", "Adlomusic", "kobasolo", "kurochuu.", "Shao Dow",
        "Nattalia Sarria", "Cidergirl", "Kodama Boy", "ENHYPEN",
    ];

    /// <summary>The multi-genre k-pop slice's Indian film music and US rap (SOURCES.md, label_suspect).</summary>
    public static IReadOnlyList<string> NotKpop { get; } =
    [
        "Yuvan Shankar Raja", "Jack Harlow", "Alka Yagnik", "Jubin Nautiyal", "Anuradha Paudwal", "Jagjit Singh",
        "Anupam Roy", "Ilaiyaraaja", "Dhanush", "Vijay Antony", "Vidyasagar", "Raghu Dixit", "Charan Raj",
        "Kamal Haasan", "All Ok", "Tech N9ne", "RADWIMPS", "Izzamuzzic", "Madhusree", "Sangeetha Rajeev", "Prem",
        "Adhvik", "Bharan", "Shachina Heggar", "Siddhi Ture", "EST Gee", "Tanir", "T. M. Soundararajan",
        "ONE OK ROCK", "Car, the garden",
    ];
}
