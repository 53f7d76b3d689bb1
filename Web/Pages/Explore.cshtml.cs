using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Pages;

/// <summary>
/// Recommendations without a song: the listener starts from a mood or sets the nine features on
/// sliders (a plain GET form, so it works without script and its URL can be shared). Each list is
/// an impression like a search's, so its picks can be rated.
/// </summary>
public sealed class ExploreModel(ShownRecommendations recommendations) : PageModel
{
    /// <summary>A fairly danceable mid-tempo pop song: somewhere to start moving sliders from.</summary>
    private static readonly AudioFeatures Start = new(0.65, 0.65, -6, 0.05, 0.2, 0, 0.15, 0.5, 120);

    // Names match the recommendations API (danceability=...&catalog=...), not "Input.Danceability".
    [BindProperty(SupportsGet = true, Name = "")]
    public InputModel Input { get; set; } = new();

    /// <summary>Show this impression again (after a rating without JavaScript) instead of a new list.</summary>
    [BindProperty(SupportsGet = true, Name = "impression")]
    public Guid? ImpressionId { get; set; }

    public TargetCatalog Catalog { get; private set; } = TargetCatalog.Anime;

    public ShownImpression? Impression { get; private set; }

    /// <summary>What the sliders show: the values asked for, or a starting point.</summary>
    public AudioFeatures Shown { get; private set; } = Start;

    public RecommendationList? List { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (CatalogNames.TryParseTarget(Input.Catalog, out var catalog)) Catalog = catalog;
        var values = Input.Values();
        if (values.All(v => v is null)) return;
        Shown = AudioFeatures.FromArray(values.Select((v, i) => v is { } x && AudioFeatures.Definitions[i].Contains(x) ? x : Start[i]).ToArray());
        if (!ModelState.IsValid)
        {
            Message = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return;
        }
        var shown = await recommendations.ShowAsync(HttpContext, new SongQuery(Features: Shown), new RecommendationOptions(Catalog),
            ShownRecommendations.ExploreSource, ImpressionId, cancellationToken: cancellationToken);
        (List, Impression) = (shown.Outcome.List, shown.Impression);
        // Without an impression the list is still shown, its ratings paused (storage down, or too many lists waiting).
        Message = shown.Outcome.Message ?? shown.Notice ?? (shown.RetryAfter is null ? null : ShownRecommendations.RatingsPaused);
    }

    /// <summary>Where a slider sits: the value, kept inside the slider's range.</summary>
    public string SliderValue(ExploreScale scale, int index) =>
        Invariant(Math.Clamp(Shown[index], scale.Min, scale.Max));

    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public sealed class InputModel : IValidatableObject
    {
        public double? Danceability { get; set; }
        public double? Energy { get; set; }
        public double? Loudness { get; set; }
        public double? Speechiness { get; set; }
        public double? Acousticness { get; set; }
        public double? Instrumentalness { get; set; }
        public double? Liveness { get; set; }
        public double? Valence { get; set; }
        public double? Tempo { get; set; }

        public string? Catalog { get; set; }

        /// <summary>In <see cref="AudioFeatures.Names"/> order.</summary>
        public double?[] Values() => [Danceability, Energy, Loudness, Speechiness, Acousticness, Instrumentalness, Liveness, Valence, Tempo];

        // The ranges live in one place, AudioFeatures.Definitions, for the API, the sliders and this check.
        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var values = Values();
            if (values.Any(v => v is null) && values.Any(v => v is not null))
                yield return new ValidationResult("Set all nine features.");
            for (var i = 0; i < values.Length; i++)
            {
                var d = AudioFeatures.Definitions[i];
                if (values[i] is { } value && !d.Contains(value))
                    yield return new ValidationResult($"{d.Label} must be from {d.Min} to {d.Max}.", [d.Name]);
            }
        }
    }
}
