using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Pipeline.Cli.Datasets;

/// <summary>One seed dataset's public home: where to download it, what to call it, and its SHA-256.</summary>
public sealed class DatasetSource
{
    /// <summary>The file name in the seed folder (a plain name, no folders).</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$", ErrorMessage = "FileName must be a plain *.csv name without folders.")]
    public string FileName { get; set; } = "";

    [Required]
    [Url]
    public string Url { get; set; } = "";

    /// <summary>The SHA-256 of the file as published, 64 hex digits; a download that differs is refused.</summary>
    [Required]
    [RegularExpression("^[0-9A-Fa-f]{64}$", ErrorMessage = "Sha256 must be 64 hexadecimal digits.")]
    public string Sha256 { get; set; } = "";

    public static DatasetSource Of(string fileName, string url, string sha256) => new() { FileName = fileName, Url = url, Sha256 = sha256 };
}
