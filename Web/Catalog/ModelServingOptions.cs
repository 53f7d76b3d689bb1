using Microsoft.Extensions.Options;
using MusicRecommender.Infrastructure.Serving;

namespace MusicRecommender.Web.Catalog;

/// <summary>Section "Models".</summary>
public sealed class ModelServingOptions
{
    public const string Section = "Models";

    /// <summary>How often to check the database for a newly activated model (another process may activate one).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int RefreshSeconds { get; set; } = 10;
}
