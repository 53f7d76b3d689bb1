using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>What the identity step will write, worked out from an <see cref="IdentityState"/> without touching the database.</summary>
internal sealed class IdentityPlan
{
    private static readonly string[] ArtistColumns = ["Key", "Name"];
    private static readonly string[] CreditColumns = ["TrackId", "Position", "ArtistKey"];

    private readonly List<IdentityTrack> _renamed = [];
    private readonly List<(IdentityTrack Track, string SearchText)> _searchText = [];
    private readonly List<(int TrackId, List<string> Keys)> _credits = [];
    private readonly Dictionary<string, string> _newArtists = new(StringComparer.Ordinal);
    private readonly List<(int TrackId, int SongId)> _songs = [];

    public required IdentitySummary Summary { get; init; }

    public bool IsEmpty => _renamed.Count + _searchText.Count + _credits.Count + _songs.Count == 0;

    public static IdentityPlan Make(IdentityState state, IReadOnlyDictionary<string, IReadOnlyList<string>>? hints)
    {
        var names = SlugNames.Learn(state.Sightings);
        var renamed = new List<IdentityTrack>();
        foreach (var track in state.Tracks)
        {
            if (track.ArtistSlug is not { } slug || (track.Artists.Length > 0 && !track.ArtistsFromSlug)) continue;
            // Never blank a name: a slug whose evidence is gone keeps the name it was given.
            if (names.Find(slug) is not { } name || name == track.Artists) continue;
            track.Artists = name;
            track.ArtistsFromSlug = true;
            renamed.Add(track);
        }

        var credits = new List<(int, List<string>)>();
        var newArtists = new Dictionary<string, string>(StringComparer.Ordinal);
        var searchText = new List<(IdentityTrack, string)>();
        foreach (var track in state.Tracks)
        {
            var stored = state.Credits.GetValueOrDefault(track.Id) ?? [];
            var storedNames = string.Join(", ", stored.Select(k => state.Artists.GetValueOrDefault(k) ?? newArtists.GetValueOrDefault(k) ?? k));
            // The compact fold ignores the joining punctuation, so "Earth, Wind & Fire" kept as one artist stays so.
            if (TextFold.Compact(storedNames) != TextFold.Compact(track.Artists))
            {
                var keys = new List<string>();
                foreach (var name in NamesOf(track, hints))
                {
                    var key = KeyOf(name);
                    if (key.Length == 0 || keys.Contains(key)) continue;
                    keys.Add(key);
                    if (!state.Artists.ContainsKey(key)) newArtists.TryAdd(key, name.Length > Artist.NameMaxLength ? name[..Artist.NameMaxLength] : name);
                }
                credits.Add((track.Id, keys));
                state.Credits[track.Id] = keys;
            }
            var text = TrackSearchText(track.Title, track.Artists, track.Album);
            if (text != track.SearchText) searchText.Add((track, text));
        }

        var songs = new List<(int, int)>();
        var songCount = 0;
        if (state.Groupable is { } groupable)
        {
            var grouper = new SongGrouper(names);
            foreach (var track in groupable)
            {
                var primary = state.Credits.GetValueOrDefault(track.Id) is [var first, ..] ? first : null;
                var artists = primary ?? track.ArtistSlug ?? "";
                grouper.Add(new SongTrack(track.Id, track.Title, artists, track.Album, track.Isrc, track.DurationMs, track.Features, primary is null && track.ArtistSlug is not null));
            }
            var ids = grouper.SongIds();
            songCount = ids.Values.Distinct().Count();
            songs.AddRange(groupable.Where(t => t.SongId != ids[t.Id]).Select(t => (t.Id, ids[t.Id])));
        }

        var plan = new IdentityPlan
        {
            Summary = new IdentitySummary(names.Count, renamed.Count, credits.Count, newArtists.Count, songs.Count, songCount),
        };
        plan._renamed.AddRange(renamed);
        plan._credits.AddRange(credits);
        plan._searchText.AddRange(searchText);
        plan._songs.AddRange(songs);
        foreach (var (key, name) in newArtists) plan._newArtists[key] = name;
        return plan;
    }

    public async Task WriteAsync(RowWriter writer, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var track in _renamed)
        {
            await writer.ExecuteAsync("""UPDATE "Tracks" SET "Artists" = @p0, "ArtistsFromSlug" = @p1, "UpdatedAt" = @p2 WHERE "Id" = @p3""",
                [track.Artists, track.ArtistsFromSlug, now, track.Id], cancellationToken);
        }
        foreach (var (track, text) in _searchText)
            await writer.ExecuteAsync("""UPDATE "Tracks" SET "SearchText" = @p0, "UpdatedAt" = @p1 WHERE "Id" = @p2""", [text, now, track.Id], cancellationToken);

        foreach (var (key, name) in _newArtists)
            await writer.InsertAsync("Artists", ArtistColumns, [key, name], cancellationToken, """ON CONFLICT ("Key") DO NOTHING""");
        await writer.FlushAsync(cancellationToken);
        foreach (var (trackId, keys) in _credits)
        {
            await writer.ExecuteAsync("""DELETE FROM "TrackArtists" WHERE "TrackId" = @p0""", [trackId], cancellationToken);
            for (var position = 0; position < keys.Count; position++)
                await writer.InsertAsync("TrackArtists", CreditColumns, [trackId, position, keys[position]], cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);

        foreach (var (trackId, songId) in _songs)
            await writer.ExecuteAsync("""UPDATE "Tracks" SET "SongId" = @p0, "UpdatedAt" = @p1 WHERE "Id" = @p2""", [songId, now, trackId], cancellationToken);
    }

    /// <summary>The artist's key; a name of symbols only ("!!!") keeps its own lower-case text, so it is still one artist.</summary>
    private static string KeyOf(string name)
    {
        var key = ArtistCredit.Key(name);
        if (key.Length == 0) key = name.Trim().ToLowerInvariant();
        return key.Length <= Artist.KeyMaxLength ? key : key[..Artist.KeyMaxLength];
    }

    /// <summary>The search text of a track, as the importer and the live lookup store it.</summary>
    public static string TrackSearchText(string title, string? artists, string? album)
    {
        var text = SearchTextNormalizer.ForTrack(title, artists, album);
        return text.Length <= Track.SearchTextMaxLength ? text : text[..(Track.SearchTextMaxLength - 1)] + "…";
    }

    /// <summary>The credit name by name: as its file listed it, else the learned name whole, else the stored text split.</summary>
    private static IEnumerable<string> NamesOf(IdentityTrack track, IReadOnlyDictionary<string, IReadOnlyList<string>>? hints)
    {
        if (track.Artists.Length == 0) return [];
        if (hints?.GetValueOrDefault(track.SpotifyId) is { Count: > 0 } listed && string.Join(", ", listed) == track.Artists) return listed;
        return track.ArtistsFromSlug ? [track.Artists] : ArtistCredit.Split(track.Artists);
    }
}
