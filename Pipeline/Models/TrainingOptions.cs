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

    /// <summary>Explained-variance target for PCA (0 &lt; v ≤ 1), or null for none.</summary>
    [Range(0.01, 1.0)]
    public double? Pca { get; set; }

    /// <summary>The quality gate: a model is activated only when its silhouette reaches this.</summary>
    [Range(-1.0, 1.0)]
    public double MinSilhouette { get; set; } = 0.2;

    /// <summary>Artists whose rows are left out of training (noisy genre labels, see SOURCES.md).</summary>
    public List<string> ExcludedArtists { get; set; } = [];
}
