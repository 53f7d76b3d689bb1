using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Pipeline.Models;

/// <summary>Section "Training": how the site and the command line train catalog models.</summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>"auto" or a number of clusters.</summary>
    [RegularExpression("^(auto|[0-9]{1,3})$")]
    public string K { get; set; } = "auto";

    [Range(2, 50)]
    public int KMax { get; set; } = 12;

    [Range(1, 100)]
    public int NInit { get; set; } = 10;

    public int Seed { get; set; } = 42;

    /// <summary>"standard", "robust", "minmax" or "auto".</summary>
    [RegularExpression("^(standard|robust|minmax|auto)$")]
    public string Scaler { get; set; } = "standard";

    /// <summary>Explained-variance target for PCA (0 &lt; v ≤ 1); 0 turns PCA off.</summary>
    [Range(0.0, 1.0)]
    public double Pca { get; set; } = 0.95;

    /// <summary>The quality gate: a model is activated only when its silhouette reaches this.</summary>
    [Range(-1.0, 1.0)]
    public double MinSilhouette { get; set; } = 0.2;

    /// <summary>
    /// Artists left out of the anime catalog's model (noisy genre labels, see SOURCES.md); null uses
    /// the built-in list, an empty list turns exclusion off. Left-out tracks are not recommended either.
    /// </summary>
    public List<string>? ExcludeFromAnime { get; set; }

    /// <summary>The same for the K-pop catalog (the multi-genre k-pop slice holds ~540 rows that are not K-pop).</summary>
    public List<string>? ExcludeFromKpop { get; set; }
}
