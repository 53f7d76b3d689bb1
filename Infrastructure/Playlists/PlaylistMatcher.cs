using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Features;
using MusicRecommender.Infrastructure.Lookup;
using MusicRecommender.Infrastructure.Spotify;

namespace MusicRecommender.Infrastructure.Playlists;

/// <summary>
/// Features for a playlist's songs: from the file first (Exportify's feature columns), then the catalog,
/// then live (Spotify's audio-features when it gives them, then ReccoBeats). Songs found live are stored
/// as reference tracks, named by the file or by ReccoBeats, so the next upload finds them locally.
/// </summary>
public sealed class PlaylistMatcher(
    IDbContextFactory<AppDbContext> dbFactory, SongLookupService lookup, ReccoBeatsClient reccoBeats, TimeProvider time, ILogger<PlaylistMatcher> logger)
{
    public async Task<PlaylistMatch> MatchAsync(IReadOnlyList<PlaylistRow> rows, int maxLiveLookups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var unmatched = rows.Where(r => r.SpotifyId is null).Select(r => new UnmatchedRow(r.Row, r.Title, r.Artists, r.Problem ?? "not a Spotify track")).ToList();
        // A song listed twice counts once.
        var usable = rows.Where(r => r.SpotifyId is not null).DistinctBy(r => r.SpotifyId, StringComparer.Ordinal).ToList();
        var ids = usable.Select(r => r.SpotifyId!).ToList();
        Dictionary<string, Data.Entities.Track> stored;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            stored = await db.Tracks.AsNoTracking().Where(t => ids.Contains(t.SpotifyId)).ToDictionaryAsync(t => t.SpotifyId, StringComparer.Ordinal, cancellationToken);
        }

        var matched = new List<PlaylistTrack>();
        var live = new List<PlaylistRow>();
        foreach (var row in usable)
        {
            var id = row.SpotifyId!;
            var local = stored.GetValueOrDefault(id);
            var named = row with { Title = Or(row.Title, local?.Title), Artists = Or(row.Artists, local?.Artists) };
            if (row.Features is { } fromFile) matched.Add(new(row.Row, id, local?.Id, named.Title, named.Artists, fromFile, "file"));
            else if (local is not null) matched.Add(new(row.Row, id, local.Id, named.Title, named.Artists, local.Features, "local"));
            else live.Add(named);
        }
        foreach (var row in live.Skip(maxLiveLookups))
            unmatched.Add(new(row.Row, row.Title, row.Artists, $"not looked up: at most {maxLiveLookups} songs of one playlist are looked up online"));
        var asked = live.Take(maxLiveLookups).ToList();
        var notes = new List<string>();
        if (asked.Count > 0) matched.AddRange(await LookUpAsync(asked, unmatched, notes, cancellationToken));
        return new PlaylistMatch(rows.Count, [.. matched.OrderBy(m => m.Row)], [.. unmatched.OrderBy(u => u.Row)], notes);
    }

    private async Task<List<PlaylistTrack>> LookUpAsync(List<PlaylistRow> asked, List<UnmatchedRow> unmatched, List<string> notes, CancellationToken cancellationToken)
    {
        if (!lookup.CanLookUpLive)
        {
            unmatched.AddRange(asked.Select(r => new UnmatchedRow(r.Row, r.Title, r.Artists, "not in our catalog, and this site cannot look songs up online")));
            return [];
        }
        var features = await lookup.GetFeaturesBatchAsync(asked.Select(r => r.SpotifyId!), cancellationToken: cancellationToken);
        notes.AddRange(features.Notes);
        var nameless = asked.Where(r => r.Title.Length == 0 && features.Found.ContainsKey(r.SpotifyId!)).Select(r => r.SpotifyId!).ToList();
        var names = nameless.Count == 0 ? null : (await reccoBeats.GetTracksAsync(nameless, cancellationToken)).Value;
        var why = features.Notes.Count == 0 ? "no audio features found" : $"could not be looked up: {features.Notes[0]}";

        var found = new List<PlaylistTrack>();
        var rows = new List<Data.Entities.Track>();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in asked)
        {
            var id = row.SpotifyId!;
            if (!features.Found.TryGetValue(id, out var sourced))
            {
                unmatched.Add(new UnmatchedRow(row.Row, row.Title, row.Artists, why));
                continue;
            }
            var name = names?.GetValueOrDefault(id);
            var title = Or(row.Title, name?.Title);
            var artists = Or(row.Artists, name?.ArtistNames);
            var source = sourced.Source == FeatureSource.Spotify ? SongLookupService.SourceSpotify : SongLookupService.SourceReccoBeats;
            found.Add(new PlaylistTrack(row.Row, id, null, title, artists, sourced.Features.Features, source));
            // A song no one could name is used for this list but not stored: the catalog shows titles.
            if (title.Length == 0) continue;
            var track = new SpotifyTrack(id, title, ArtistCredit.Split(artists), null, null, name?.Popularity, null, name?.DurationMs, null);
            rows.Add(TrackRows.Create(track, sourced.Features, sourced.Source, Catalogs.Reference, now));
        }
        var storedIds = await FoundTracks.StoreAsync(dbFactory, rows, logger, cancellationToken);
        return [.. found.Select(f => storedIds.TryGetValue(f.SpotifyId, out var trackId) ? f with { TrackId = trackId } : f)];
    }

    private static string Or(string value, string? fallback) => value.Length > 0 ? value : fallback ?? "";
}
