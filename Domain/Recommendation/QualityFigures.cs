namespace MusicRecommender.Domain.Recommendation;

/// <summary>The figures of <see cref="ListQuality.Measure"/>; shares are 0–1.</summary>
public sealed record QualityFigures(
    int Lists,
    double RepeatingSong,
    double ExtraCopiesPerList,
    double OverArtistCap,
    double WithEmptyArtist,
    double EmptyArtistItems,
    double WithSlugArtist,
    double SlugArtistItems,
    int DistinctTracks,
    double ExposureGini);
