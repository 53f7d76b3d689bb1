using MusicRecommender.Domain.Recommendation;

namespace MusicRecommender.Pipeline.Quality;

/// <summary>Every catalog and arm, and all lists together (<see cref="All"/>), against a cap of <see cref="MaxPerArtist"/>.</summary>
public sealed record QualityResult(IReadOnlyList<QualityRow> Rows, QualityFigures All, int MaxPerArtist)
{
    /// <summary>The table the quality command prints.</summary>
    public IEnumerable<string> Describe()
    {
        yield return $"{"catalog",-8} {"arm",-7} {"lists",5} {"repeat",7} {"extra/list",10} {">" + MaxPerArtist + "/artist",10} {"no artist",9} {"slug",6} {"tracks",6} {"Gini",6}";
        foreach (var row in Rows) yield return Line(row.Catalog, row.Arm, row.Figures);
        yield return Line("all", "", All);
    }

    private static string Line(string catalog, string arm, QualityFigures f) => FormattableString.Invariant(
        $"{catalog,-8} {arm,-7} {f.Lists,5} {f.RepeatingSong,7:P0} {f.ExtraCopiesPerList,10:F2} {f.OverArtistCap,10:P0} {f.WithEmptyArtist,9:P0} {f.WithSlugArtist,6:P0} {f.DistinctTracks,6} {f.ExposureGini,6:F3}");
}
