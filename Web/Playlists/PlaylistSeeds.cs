using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Playlists;
using MusicRecommender.Infrastructure.Spotify;
using MusicRecommender.Web.Recommendations;

namespace MusicRecommender.Web.Playlists;

/// <summary>
/// A playlist a listener brings (file, pasted text, JSON ids, or a Spotify playlist link when the site
/// has Spotify keys) made into a seed: its songs' features (<see cref="PlaylistMatcher"/>), their mean as
/// the profile, each song's features to spread the picks over, and its catalog tracks left out of them.
/// The page and the API both come through here.
/// </summary>
public sealed class PlaylistSeeds(PlaylistMatcher matcher, SpotifyClient spotify, IOptions<PlaylistOptions> options, ILogger<PlaylistSeeds> logger)
{
    public async Task<PlaylistSeed> BuildAsync(ReadOnlyMemory<byte> body, string? contentType, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var file = PlaylistReader.Read(body.Span, contentType, limits.MaxRows);
        if (file.Problem is { } problem) return PlaylistSeed.Refused(problem);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(limits.LookupBudget);
        try
        {
            var rows = file.Rows;
            if (file.PlaylistId is { } playlistId)
            {
                var read = await ReadLinkAsync(playlistId, limits.MaxRows, budget.Token);
                if (read.Problem is not null) return PlaylistSeed.Refused(read.Problem);
                rows = read.Rows;
            }
            var match = await matcher.MatchAsync(rows, limits.MaxLiveLookups, budget.Token);
            var summary = new PlaylistSummary(match.Tracks, match.Matched.Count, match.Unmatched);
            if (match.Matched.Count == 0)
                return new PlaylistSeed(null, summary, "None of the playlist's songs could be used: we found no audio features for them.", Unreadable: false);
            var members = match.Matched.Select(m => m.Features).ToList();
            var seed = new ResolvedSong(null, null, "Your playlist", "", FeatureProfile.Mean(members), "playlist")
            {
                Kind = SeedKind.Playlist,
                Members = members,
                OwnTracks = match.Matched.Select(m => m.TrackId).OfType<int>().ToHashSet(),
            };
            return new PlaylistSeed(seed, summary, null, Unreadable: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Looking up a playlist's songs ran out of its {Budget} s budget", limits.LookupBudget.TotalSeconds);
            return new PlaylistSeed(null, null, $"Looking up the playlist's songs took longer than {limits.LookupBudget.TotalSeconds:0} s, so we stopped. Try a smaller playlist.", Unreadable: false);
        }
    }

    private async Task<PlaylistFile> ReadLinkAsync(string playlistId, int maxRows, CancellationToken cancellationToken)
    {
        if (!spotify.IsEnabled)
        {
            return PlaylistFile.Refused("This site cannot read playlists from Spotify links. Export the playlist with Exportify (exportify.net) "
                + "and upload the CSV file, or paste the songs' Spotify links one per line.");
        }
        var read = await spotify.GetPlaylistTracksAsync(playlistId, maxRows + 1, cancellationToken);
        if (!read.Succeeded) return PlaylistFile.Refused($"Spotify could not give us that playlist (it may be private). {read.Message}");
        if (read.Value.Count > maxRows) return PlaylistFile.Refused($"The playlist has more than {maxRows} songs. Split it into smaller playlists and try one of them.");
        if (read.Value.Count == 0) return PlaylistFile.Refused("That playlist has no songs.");
        return new PlaylistFile([.. read.Value.Select((t, i) => new PlaylistRow(i + 1, t.Id, t.Title, t.ArtistNames))], null);
    }
}
