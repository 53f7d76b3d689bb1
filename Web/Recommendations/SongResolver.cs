using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MusicRecommender.Domain.Catalog;
using MusicRecommender.Infrastructure.Catalog;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Infrastructure.Lookup;

namespace MusicRecommender.Web.Recommendations;

/// <summary>
/// Finds the song a listener means and its features: the local catalog first; a Spotify id, a
/// pasted link, or text the catalog does not match goes to the live lookup (Spotify search → top
/// match → features chain). Outside failures end as honest messages, never as exceptions.
/// </summary>
public sealed class SongResolver(
    AppDbContext db, TrackSearch search, SongLookupService lookup, IOptions<LiveLookupOptions> options, ILogger<SongResolver> logger)
{
    private const string LiveLookupOff = "Live Spotify lookup is off on this site, so Spotify was not searched.";

    public async Task<SongResolution> ResolveAsync(SongQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Features is { } features) return SongResolution.Found(new ResolvedSong(null, null, "Your features", "", features, "features"));
        if (query.TrackId is { } trackId) return await LocalAsync(t => t.Id == trackId, cancellationToken);
        if (query.SpotifyId is { } spotifyId) return await LiveAsync(ct => LookUpAsync(spotifyId, ct), CouldNotLookUp, cancellationToken);
        if (query.Text is not { } text) return SongResolution.NotFound("Name a song to start from.");
        if (SpotifyLink.TryParseTrackLink(text, out var linked)) return await LiveAsync(ct => LookUpAsync(linked, ct), CouldNotLookUp, cancellationToken);

        var matches = await search.SearchAsync(text, 1, cancellationToken);
        if (matches.Count > 0)
        {
            var bestId = matches[0].Id;
            return await LocalAsync(t => t.Id == bestId, cancellationToken);
        }
        return await LiveAsync(ct => SearchLiveAsync(text, ct), why => SongResolution.NotFound($"No song in our catalog matches \"{text}\". {why}"), cancellationToken);
    }

    /// <summary>
    /// Local songs to offer instead of one we cannot use: the same artist first (likely alike),
    /// then any one of the title's longer words.
    /// </summary>
    public async Task<IReadOnlyList<TrackMatch>> SimilarLocalAsync(string? title, string? artists, int limit, CancellationToken cancellationToken = default)
    {
        var firstArtist = artists?.Split(", ", StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var words = SearchTextNormalizer.Terms(title ?? "").Where(w => w.Length >= 3).OrderByDescending(w => w.Length).Take(3);
        foreach (var attempt in new[] { firstArtist }.Concat(words).OfType<string>())
        {
            var matches = await search.SearchAsync(attempt, limit, cancellationToken);
            if (matches.Count > 0) return matches;
        }
        return [];
    }

    private async Task<SongResolution> LocalAsync(Expression<Func<Track, bool>> which, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.AsNoTracking().Where(which).FirstOrDefaultAsync(cancellationToken);
        return track is null
            ? SongResolution.NotFound("That song is not in our catalog.")
            : SongResolution.Found(new ResolvedSong(track.Id, track.SpotifyId, track.Title, track.Artists, track.Features, "local"));
    }

    private async Task<SongResolution> SearchLiveAsync(string text, CancellationToken cancellationToken)
    {
        var notInCatalog = $"No song in our catalog matches \"{text}\".";
        if (SearchTextNormalizer.Terms(text).Length == 0) return SongResolution.NotFound($"{notInCatalog} Type a title or an artist.");
        if (!lookup.IsLiveLookupEnabled)
            return SongResolution.NotFound($"{notInCatalog} Check the spelling, try fewer words, or add the artist's name. {LiveLookupOff}");

        var found = await lookup.SearchLiveAsync(text, 1, cancellationToken);
        if (!found.Succeeded) return SongResolution.NotFound($"{notInCatalog} Spotify could not be searched just now: {found.Message}");
        if (found.Value.Count == 0)
            return SongResolution.NotFound($"No song in our catalog or on Spotify matches \"{text}\". Check the spelling, or add the artist's name.");
        return await LookUpAsync(found.Value[0].SpotifyId, cancellationToken);
    }

    private async Task<SongResolution> LookUpAsync(string spotifyId, CancellationToken cancellationToken)
    {
        var result = await lookup.GetFeaturesAsync(spotifyId, cancellationToken);
        if (result.HasFeatures)
        {
            var title = result.Song?.Title ?? $"Spotify track {result.SpotifyId}";
            var song = new ResolvedSong(result.TrackId, result.SpotifyId, title, result.Song?.Artists ?? "", result.Features, result.SourceName);
            return SongResolution.Found(song, result.Reason);
        }
        var message = result.Song is { } known
            ? $"We found \"{known.Title}\" by {(known.Artists.Length > 0 ? known.Artists : "an unknown artist")}, but its audio features are unavailable. {result.Reason}"
            : $"We could not look up this Spotify track. {result.Reason}";
        return SongResolution.Unavailable(result.Song, message.TrimEnd());
    }

    private static SongResolution CouldNotLookUp(string why) => SongResolution.Unavailable(null, $"We could not look up this Spotify track. {why}");

    /// <summary>
    /// Runs a live lookup within <see cref="LiveLookupOptions.Budget"/>. The clients turn outside
    /// failures into results; what is left here (the budget running out, or anything they did not
    /// foresee) still ends as a message, never as a 500.
    /// </summary>
    private async Task<SongResolution> LiveAsync(
        Func<CancellationToken, Task<SongResolution>> lookUp, Func<string, SongResolution> failed, CancellationToken cancellationToken)
    {
        var budget = options.Value.Budget;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(budget);
        try
        {
            return await lookUp(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The live lookup ran out of its {Budget} s budget", budget.TotalSeconds);
            return failed($"The live lookup took longer than {budget.TotalSeconds:0.#} s, so we stopped waiting.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "The live lookup failed unexpectedly");
            return failed("The live lookup failed unexpectedly.");
        }
    }
}
