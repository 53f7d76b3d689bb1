using System.ComponentModel.DataAnnotations;

namespace MusicRecommender.Infrastructure.Listing;

/// <summary>Section "Recommendations": what every list obeys, in both arms of the experiment.</summary>
public sealed class ListOptions : IValidatableObject
{
    public const string Section = "Recommendations";

    /// <summary>At most this many picks per artist in one list; the next best candidates fill the rest.</summary>
    [Range(1, 100)]
    public int MaxPerArtist { get; set; } = 2;

    [Required]
    public MusicOnlyOptions MusicOnly { get; set; } = new();

    /// <summary>DataAnnotations do not look into nested sections; this does for <see cref="MusicOnly"/>.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(MusicOnly, new ValidationContext(MusicOnly), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"MusicOnly: {r.ErrorMessage}", r.MemberNames.Select(m => $"MusicOnly:{m}").ToArray()));
    }
}
