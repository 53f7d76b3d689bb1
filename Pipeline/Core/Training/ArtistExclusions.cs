namespace MusicRecommender.Pipeline.Training;

/// <summary>
/// Artists whose rows in the multi-genre dataset's genre slices are not what the slice claims
/// (shared/data/SOURCES.md, "label_suspect"). Names as Spotify spells them; "Car, the garden" is
/// one artist, which is why artists are split on ';' only.
/// </summary>
public static class ArtistExclusions
{
    /// <summary>The <c>k-pop</c> slice: mostly Indian film music and US rap, 541 of its 1,000 rows.</summary>
    public static IReadOnlyList<string> NotKpop { get; } =
    [
        "Yuvan Shankar Raja", "Jack Harlow", "Alka Yagnik", "Jubin Nautiyal", "Anuradha Paudwal", "Jagjit Singh",
        "Anupam Roy", "Ilaiyaraaja", "Dhanush", "Vijay Antony", "Vidyasagar", "Raghu Dixit", "Charan Raj",
        "Kamal Haasan", "All Ok", "Tech N9ne", "RADWIMPS", "Izzamuzzic", "Madhusree", "Sangeetha Rajeev", "Prem",
        "Adhvik", "Bharan", "Shachina Heggar", "Siddhi Ture", "EST Gee", "Tanir", "T. M. Soundararajan",
        "ONE OK ROCK", "Car, the garden",
    ];

    /// <summary>The <c>anime</c> slice: ENHYPEN is a K-pop group.</summary>
    public static IReadOnlyList<string> NotAnime { get; } = ["ENHYPEN"];

    /// <summary>The <c>pop</c> slice used as western reference: Latin, Indian and K-pop artists.</summary>
    public static IReadOnlyList<string> NotWestern { get; } =
    [
        "Feid", "Arijit Singh", "Darshan Raval", "BTS", "Diljit Dosanjh", "Sidhu Moose Wala", "BLACKPINK",
        "Yuvan Shankar Raja", "Jung Kook", "LISA", "JENNIE", "Jubin Nautiyal", "Alka Yagnik",
    ];
}
