using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Pipeline.Cli.Datasets;

/// <summary>
/// Section "Datasets": the three seed datasets' public homes and checksums for <c>data fetch</c>.
/// The defaults, and how each checksum was obtained, are in docs/data.md; every value can be
/// overridden (e.g. <c>Datasets__MultiGenre__Url</c>) when a file moves.
/// </summary>
public sealed class DatasetOptions : IValidatableObject
{
    public const string Section = "Datasets";

    /// <summary>
    /// The Kaggle "Spotify Tracks Dataset" (Pandya, 2022) as published: its <c>dataset.csv</c>, here from
    /// the author's Hugging Face mirror (Kaggle needs a sign-in). The checksum is that of the upstream
    /// file rebuilt from the per-genre copy in ../shared/data (docs/data.md says how).
    /// </summary>
    public DatasetSource MultiGenre { get; set; } = DatasetSource.Of(
        "spotify_tracks_dataset.csv",
        "https://huggingface.co/datasets/maharshipandya/spotify-tracks-dataset/resolve/main/dataset.csv",
        "b202fa49909b2d5cef71a04b1d21243cfeb36414535f2ca9272aa646721177bd");

    /// <summary>The popular anime songs list (Zhu, 2022) at the commit ../shared/data/SOURCES.md names.</summary>
    public DatasetSource AnimeSongs { get; set; } = DatasetSource.Of(
        "anime_tracks_popular_spotify.csv",
        "https://raw.githubusercontent.com/simonzhu97/2022-Spotify-Anime-music-Recommender/76061a27d28cf8203aaa50469d3f2f9b20961bd3/data/raw/anime_songs.csv",
        "5a4a603017b5bbcb69f184c59677b580ab168bced2137e6911c30d8b39db1bf3");

    /// <summary>The K-pop/western songs list (Wu, 2021) at the commit ../shared/data/SOURCES.md names.</summary>
    public DatasetSource KpopWestern { get; set; } = DatasetSource.Of(
        "kpop_western_tracks.csv",
        "https://raw.githubusercontent.com/MSIA/2021-msia423-Wu-Qiaozhen-project/e599e3c906ab5830ea3dca9c19c36efbc1e619ca/data/sample/final_train_s3.csv",
        "b17785710741d1c8b6fb76adbad2e29d9cfeb43e6c3e292e4e9b0e867cd97981");

    /// <summary>A download that receives nothing for this long is treated as cut off (and resumed).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The datasets by their configuration key, in import order (richest metadata first).</summary>
    public IReadOnlyList<(string Key, DatasetSource Source)> All =>
        [(nameof(MultiGenre), MultiGenre), (nameof(AnimeSongs), AnimeSongs), (nameof(KpopWestern), KpopWestern)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (key, source) in All)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(source, new ValidationContext(source), results, validateAllProperties: true);
            foreach (var result in results)
                yield return new ValidationResult($"{Section}:{key}: {result.ErrorMessage}", [.. result.MemberNames.Select(m => $"{key}.{m}")]);
        }
        if (All.Select(d => d.Source.FileName).Distinct(StringComparer.OrdinalIgnoreCase).Count() != All.Count)
            yield return new ValidationResult($"{Section}: every dataset needs its own FileName.");
    }
}
