using System.ComponentModel;
using MusicRecommender.Web.Playlists;

namespace MusicRecommender.Web.Api;

/// <summary>What became of the playlist's rows.</summary>
internal sealed record PlaylistSummaryResponse(
    [property: Description("The rows read (songs; the header is not a row).")] int Tracks,
    [property: Description("The songs used (a song listed twice counts once).")] int Matched,
    [property: Description("The rows that could not be used, with the reason.")] IReadOnlyList<UnmatchedRowResponse> Unmatched)
{
    public static PlaylistSummaryResponse From(PlaylistSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Tracks, summary.Matched, [.. summary.Unmatched.Select(u => new UnmatchedRowResponse(u.Row, u.Title, u.Artists, u.Reason))]);
    }
}
