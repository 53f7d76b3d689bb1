using System.Globalization;
using System.Text;

namespace MusicRecommender.Pipeline.Bench;

/// <summary>
/// A seeded reference catalog in the multi-genre file's layout (Kaggle's 1.2M-track set has the same
/// columns), for the scale bench: western genres only, so it grows the search corpus and the seeds, not
/// the anime and K-pop catalogs the models are trained on. Titles and artists are drawn from word lists,
/// so searches hit a realistic few hundred rows; one track in 50 repeats an earlier id (as the real file
/// lists a track under several genres), a few titles carry quotes and commas.
/// </summary>
internal static class ScaleCatalogFile
{
    public const string Header =
        "track_id,artists,album_name,track_name,popularity,duration_ms,explicit,danceability,energy,key,loudness,mode," +
        "speechiness,acousticness,instrumentalness,liveness,valence,tempo,time_signature,track_genre";

    private const string IdAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly string[] Genres =
    [
        "acoustic", "alt-rock", "blues", "chill", "country", "dance", "disco", "edm", "folk", "funk", "garage", "gospel",
        "grunge", "hard-rock", "hip-hop", "house", "indie", "indie-pop", "jazz", "metal", "pop", "punk", "r-n-b", "reggae",
        "rock", "singer-songwriter", "soul", "synth-pop", "techno", "trip-hop",
    ];

    private static readonly string[] Words =
    [
        "love", "night", "heart", "fire", "summer", "dream", "blue", "light", "river", "gold", "rain", "home", "wild",
        "city", "midnight", "dance", "stars", "ocean", "shadow", "echo", "paper", "silver", "highway", "thunder",
        "sugar", "ghost", "velvet", "neon", "storm", "honey", "broken", "forever", "young", "electric", "crystal",
        "desert", "winter", "golden", "lonely", "moon", "sun", "sky", "road", "kiss", "tears", "smoke", "glass",
        "diamond", "angel", "devil", "heaven", "wave", "flower", "garden", "mirror", "letter", "train", "bridge",
        "secret", "promise", "morning", "evening", "fever", "magic", "rose", "stone", "wolf", "tiger", "butterfly",
        "rocket", "satellite", "radio", "cherry", "lemon", "coffee", "candle", "window", "island", "mountain",
    ];

    private static readonly string[] Names =
    [
        "Alex", "Sam", "Jordan", "Taylor", "Casey", "Riley", "Morgan", "Jamie", "Avery", "Quinn", "Harper", "Rowan",
        "Elliot", "Sage", "Remy", "Noel", "Jules", "Milo", "Ivy", "Luna", "Nova", "Theo", "Iris", "Felix", "Hazel",
    ];

    private static readonly string[] Surnames =
    [
        "Carter", "Reed", "Hayes", "Brooks", "Stone", "Wells", "Lane", "Fox", "Gray", "Hart", "Knight", "Moss", "Price",
        "Shaw", "Vale", "West", "Young", "Frost", "Banks", "Cole", "Drake", "Ford", "Hale", "Marsh", "Nash",
    ];

    /// <summary>Writes <paramref name="rows"/> data rows (plus the header) to <paramref name="path"/>.</summary>
    public static void Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        var artists = Enumerable.Range(0, Math.Max(100, rows / 20)).Select(_ => ArtistName(random)).ToArray();
        var ids = new string[Math.Min(rows, 1 << 16)];
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.WriteLine(Header);
        var line = new StringBuilder(256);
        for (var i = 0; i < rows; i++)
        {
            // One row in 50 repeats a recent id under another genre, as the real file does.
            var repeat = i > 0 && random.Next(50) == 0;
            var id = repeat ? ids[random.Next(Math.Min(i, ids.Length))] : SpotifyId(random);
            ids[i % ids.Length] = id;
            var artist = artists[(int)(artists.Length * Math.Pow(random.NextDouble(), 2))];
            var title = Title(random);
            line.Clear()
                .Append(id).Append(',')
                .Append(Quote(random.Next(8) == 0 ? artist + ";" + artists[random.Next(artists.Length)] : artist)).Append(',')
                .Append(Quote(random.Next(3) == 0 ? title : Title(random))).Append(',')
                .Append(Quote(title)).Append(',')
                .Append(random.Next(0, 101)).Append(',')
                .Append(random.Next(90_000, 420_000)).Append(',')
                .Append(random.Next(10) == 0 ? "True" : "False").Append(',');
            Feature(line, random.NextDouble());                          // danceability
            Feature(line, random.NextDouble());                          // energy
            line.Append(random.Next(0, 12)).Append(',');                 // key
            Feature(line, -30 + 28 * random.NextDouble());               // loudness
            line.Append(random.Next(0, 2)).Append(',');                  // mode
            Feature(line, 0.5 * Math.Pow(random.NextDouble(), 3));       // speechiness
            Feature(line, Math.Pow(random.NextDouble(), 2));             // acousticness
            Feature(line, Math.Pow(random.NextDouble(), 6));             // instrumentalness
            Feature(line, 0.05 + 0.9 * Math.Pow(random.NextDouble(), 3)); // liveness
            Feature(line, random.NextDouble());                          // valence
            Feature(line, 60 + 140 * random.NextDouble());               // tempo
            line.Append(random.Next(3, 6)).Append(',')
                .Append(Genres[random.Next(Genres.Length)]);
            writer.WriteLine(line);
        }
    }

    private static void Feature(StringBuilder line, double value) =>
        line.Append(Math.Round(value, 4).ToString(CultureInfo.InvariantCulture)).Append(',');

    private static string SpotifyId(Random random) =>
        string.Create(22, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = IdAlphabet[r.Next(IdAlphabet.Length)];
        });

    private static string Title(Random random)
    {
        var words = random.Next(1, 5);
        var title = string.Join(' ', Enumerable.Range(0, words).Select(_ => Capitalise(Words[random.Next(Words.Length)])));
        return random.Next(40) switch
        {
            0 => title + " - Remastered 2011",
            1 => title + " (Live)",
            2 => "\"" + title + "\", Part 2",
            _ => title,
        };
    }

    private static string ArtistName(Random random) => random.Next(3) switch
    {
        0 => $"{Names[random.Next(Names.Length)]} {Surnames[random.Next(Surnames.Length)]}",
        1 => $"The {Capitalise(Words[random.Next(Words.Length)])} {Capitalise(Words[random.Next(Words.Length)])}s",
        _ => $"{Capitalise(Words[random.Next(Words.Length)])} {Surnames[random.Next(Surnames.Length)]}",
    };

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
