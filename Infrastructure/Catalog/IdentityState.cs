using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Catalog;

/// <summary>A stored track as the identity step reads it; the plan changes its artists in place.</summary>
internal sealed class IdentityTrack
{
    public int Id { get; init; }

    public required string SpotifyId { get; init; }

    public required string Title { get; init; }

    public required string Artists { get; set; }

    public string? ArtistSlug { get; init; }

    public bool ArtistsFromSlug { get; set; }

    public string? Album { get; init; }

    public required string SearchText { get; init; }

    public Catalogs Catalogs { get; init; }
}

/// <summary>A target-catalog track as song grouping reads it.</summary>
internal sealed record GroupTrack(int Id, string Title, string Artists, string? ArtistSlug, string? Album, string? Isrc, int? DurationMs, AudioFeatures Features, int? SongId);

/// <summary>What the identity step reads: the tracks in scope, the stored credits and artists, slug evidence, the songs to regroup.</summary>
internal sealed class IdentityState
{
    private const Catalogs Targets = Catalogs.Anime | Catalogs.Kpop;

    public required IReadOnlyList<IdentityTrack> Tracks { get; init; }

    /// <summary>Track id → its credited artist keys, in order (tracks in scope and groupable tracks).</summary>
    public required Dictionary<int, List<string>> Credits { get; init; }

    /// <summary>Every artist: key → display name.</summary>
    public required Dictionary<string, string> Artists { get; init; }

    public required IReadOnlyList<SlugSighting> Sightings { get; init; }

    /// <summary>The target catalogs' tracks, when a track in scope belongs to one (else null: no regrouping).</summary>
    public required IReadOnlyList<GroupTrack>? Groupable { get; init; }

    public static async Task<IdentityState> LoadAsync(AppDbContext db, HashSet<int>? only, CancellationToken cancellationToken)
    {
        var scoped = db.Tracks.AsNoTracking();
        if (only is not null) scoped = scoped.Where(t => only.Contains(t.Id));
        var tracks = await scoped.OrderBy(t => t.Id)
            .Select(t => new IdentityTrack
            {
                Id = t.Id, SpotifyId = t.SpotifyId, Title = t.Title, Artists = t.Artists, ArtistSlug = t.ArtistSlug,
                ArtistsFromSlug = t.ArtistsFromSlug, Album = t.Album, SearchText = t.SearchText, Catalogs = t.Catalogs,
            })
            .ToListAsync(cancellationToken);
        var sightings = await db.Tracks.AsNoTracking()
            .Where(t => t.ArtistSlug != null && t.Artists != "" && !t.ArtistsFromSlug)
            .Select(t => new SlugSighting(t.ArtistSlug!, t.Artists))
            .ToListAsync(cancellationToken);

        List<GroupTrack>? groupable = null;
        if (only is null || tracks.Any(t => (t.Catalogs & Targets) != 0))
        {
            groupable = await db.Tracks.AsNoTracking()
                .Where(t => (t.Catalogs & Targets) != 0)
                .OrderBy(t => t.Id)
                .Select(t => new GroupTrack(t.Id, t.Title, t.Artists, t.ArtistSlug, t.Album, t.Isrc, t.DurationMs,
                    new AudioFeatures(t.Danceability, t.Energy, t.Loudness, t.Speechiness, t.Acousticness, t.Instrumentalness, t.Liveness, t.Valence, t.Tempo),
                    t.SongId))
                .ToListAsync(cancellationToken);
        }

        var creditRows = db.TrackArtists.AsNoTracking();
        if (only is not null)
        {
            var wanted = only.Concat(groupable?.Select(g => g.Id) ?? []).ToHashSet();
            creditRows = creditRows.Where(c => wanted.Contains(c.TrackId));
        }
        var credits = (await creditRows.Select(c => new { c.TrackId, c.Position, c.ArtistKey }).ToListAsync(cancellationToken))
            .GroupBy(c => c.TrackId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Position).Select(c => c.ArtistKey).ToList());
        var artists = await db.Artists.AsNoTracking().ToDictionaryAsync(a => a.Key, a => a.Name, StringComparer.Ordinal, cancellationToken);
        return new IdentityState { Tracks = tracks, Credits = credits, Artists = artists, Sightings = sightings, Groupable = groupable };
    }
}
