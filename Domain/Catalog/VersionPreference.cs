namespace MusicRecommender.Domain.Catalog;

/// <summary>Which version of a song to show first: the original, then re-issues and edits, cuts last.</summary>
public static class VersionPreference
{
    private static readonly (VersionTags Tag, int Rank)[] Ranks =
    [
        (VersionTags.Remaster, 1),
        (VersionTags.Edit, 2),
        (VersionTags.Extended, 3),
        (VersionTags.Language, 4),
        (VersionTags.OtherVersion, 5),
        (VersionTags.Acoustic, 6),
        (VersionTags.Remix, 7),
        (VersionTags.Live, 8),
        (VersionTags.Altered, 9),
        (VersionTags.Demo, 10),
        (VersionTags.TvSize, 11),
        (VersionTags.Instrumental, 12),
        (VersionTags.Skit, 20),
        (VersionTags.Commentary, 20),
    ];

    /// <summary>0 for the original; otherwise the rank of the least wanted tag (lower is better).</summary>
    public static int Rank(VersionTags tags)
    {
        var rank = 0;
        foreach (var (tag, value) in Ranks)
        {
            if ((tags & tag) != 0) rank = Math.Max(rank, value);
        }
        return rank;
    }

    /// <summary>Talk rather than a song (commentary, skit): a "not a song" candidate on its own.</summary>
    public static bool IsSpoken(VersionTags tags) => (tags & (VersionTags.Commentary | VersionTags.Skit)) != 0;

    /// <summary>A broadcast cut: a "not a song" candidate when its group holds a full version.</summary>
    public static bool IsCut(VersionTags tags) => (tags & VersionTags.TvSize) != 0;
}
