using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Data;

namespace MusicRecommender.Infrastructure.Enrichment;

/// <summary>How many tracks still lack each field (a name only learned from a slug counts as a guess), with examples.</summary>
public sealed record MissingMetadata(int Tracks, int NoArtist, int ArtistFromSlugOnly, int NoAlbum, int NoReleaseDate, int NoPopularity, IReadOnlyList<string> NoArtistExamples)
{
    public static async Task<MissingMetadata> CountAsync(AppDbContext db, Catalogs scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tracks = db.Tracks.AsNoTracking().Where(t => scope == Catalogs.None || (t.Catalogs & scope) != 0);
        var counts = await tracks.GroupBy(_ => 1).Select(g => new
        {
            Tracks = g.Count(),
            NoArtist = g.Count(t => t.Artists == ""),
            FromSlug = g.Count(t => t.ArtistsFromSlug),
            NoAlbum = g.Count(t => t.Album == null),
            NoReleaseDate = g.Count(t => t.ReleaseDate == null),
            NoPopularity = g.Count(t => t.Popularity == null),
        }).FirstOrDefaultAsync(cancellationToken);
        var examples = await tracks.Where(t => t.Artists == "").OrderBy(t => t.Id).Take(10)
            .Select(t => t.Title + " (" + t.SpotifyId + ")").ToListAsync(cancellationToken);
        return counts is null
            ? new MissingMetadata(0, 0, 0, 0, 0, 0, [])
            : new MissingMetadata(counts.Tracks, counts.NoArtist, counts.FromSlug, counts.NoAlbum, counts.NoReleaseDate, counts.NoPopularity, examples);
    }
}
