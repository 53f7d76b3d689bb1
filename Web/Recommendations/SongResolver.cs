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
/// What the listener means, decided in one place for the page and the API (docs/decisions/0011): a
/// Spotify track or artist link; an artist named exactly like the text (the band wins over a song titled
/// like it); "title artist"; a bare title — from the catalog first, then live (an exact artist on
/// ReccoBeats, Spotify's search when it has keys, then ReccoBeats' artist → tracks → title match).
/// Outside failures end as honest messages, never as exceptions.
/// </summary>
public sealed class SongResolver(
    AppDbContext db, TrackSearch search, SongLookupService lookup, ReccoBeatsSearch reccoBeats, ArtistResolver artists,
    IOptions<LiveLookupOptions> options, ILogger<SongResolver> logger)
{
    private const int CandidateCount = 8;

    // Longer texts are "title artist", not a name: no artist search for them on their own.
    private const int MaxArtistNameWords = 6;

    public async Task<SongResolution> ResolveAsync(SongQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Seed is { } seed) return SongResolution.Found(seed);
        if (query.Features is { } features)
            return SongResolution.Found(new ResolvedSong(null, null, "Your features", "", features, "features") { Kind = SeedKind.Features });
        if (query.TrackId is { } trackId) return await LocalAsync(t => t.Id == trackId, cancellationToken);
        if (query.SpotifyId is { } spotifyId) return await LiveAsync(ct => LookUpAsync(spotifyId, null, ct), CouldNotLookUp, cancellationToken);
        if (query.Artist is { } artist) return await ResolveArtistAsync(artist, cancellationToken);
        if (query.Text is not { } text) return SongResolution.NotFound("Name a song to start from.");
        return await ResolveTextAsync(text, cancellationToken);
    }

    /// <summary>The one rule for typed text (see the class summary).</summary>
    public async Task<SongResolution> ResolveTextAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SpotifyLink.TryParseTrackLink(text, out var linked)) return await LiveAsync(ct => LookUpAsync(linked, null, ct), CouldNotLookUp, cancellationToken);
        if (!SpotifyLink.IsSpotifyId(text.Trim()) && SpotifyLink.TryParseArtistId(text, out var artistId))
            return await LiveAsync(ct => ArtistLinkAsync(artistId, ct), why => SongResolution.NotFound($"We could not look up this Spotify artist. {why}"), cancellationToken);
        if (!SpotifyLink.IsSpotifyId(text.Trim()) && SpotifyLink.TryParsePlaylistId(text, out _))
            return SongResolution.NotFound("That is a link to a playlist: use \"Recommend for my playlist\" to start from a whole playlist.");
        var words = SearchTextNormalizer.Terms(text).Length;
        if (words == 0) return SongResolution.NotFound($"No song in our catalog matches \"{text}\". Type a title or an artist.");

        var matches = await search.SearchAsync(text, CandidateCount, cancellationToken);
        var best = matches.Count > 0 ? matches[0] : null;
        // The band wins over a song titled like it ("Coldplay"), unless the song is the better known ("Love").
        var titled = best is { Score: LocalChoices.ExactTitle } ? best.Popularity ?? 0 : -1;
        var localArtist = await artists.LocalTracksAsync(text, cancellationToken);
        if (localArtist.Count > 0 && localArtist.Max(t => t.Popularity ?? 0) >= titled)
        {
            if (artists.IsEnough(localArtist)) return ArtistResolver.FromLocal(text, localArtist);
            // A thin local profile: more of the artist's tracks live if we can, else what we have.
            var more = await LiveAsync(ct => LiveArtistAsync(text, ct), _ => null, cancellationToken);
            return more ?? ArtistResolver.FromLocal(text, localArtist);
        }

        if (best is { Score: LocalChoices.TitleAndArtist }) return await ChosenAsync(matches, cancellationToken);
        var attempt = new LiveAttempt();
        if (best is { Score: LocalChoices.ExactTitle })
        {
            if (localArtist.Count == 0 && words <= MaxArtistNameWords)
            {
                var band = await LiveAsync(ct => LiveArtistAsync(text, ct, atLeastPopularity: titled), _ => null, cancellationToken);
                if (band is not null) return band;
            }
            return await ChosenAsync(matches, cancellationToken);
        }

        var live = await LiveAsync(ct => FindLiveAsync(text, words <= MaxArtistNameWords, attempt, ct), attempt.Failed, cancellationToken);
        if (live is not null) return live;
        if (best is not null) return await ChosenAsync(matches, cancellationToken);
        return SongResolution.NotFound(attempt.NotFoundMessage(text, lookup.CanLookUpLive));
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

    private async Task<SongResolution> ResolveArtistAsync(string name, CancellationToken cancellationToken)
    {
        var local = await artists.LocalTracksAsync(name, cancellationToken);
        if (artists.IsEnough(local)) return ArtistResolver.FromLocal(name, local);
        var why = "";
        var live = await LiveAsync(ct => LiveArtistAsync(name, ct), failure => { why = " " + failure; return null; }, cancellationToken);
        if (live is not null) return live;
        if (local.Count > 0) return ArtistResolver.FromLocal(name, local);
        return SongResolution.NotFound($"We could not find an artist called \"{name.Trim()}\". Check the spelling, or start from one of their songs.{why}");
    }

    /// <summary>The artist named exactly like the text, live, with their profile; null when there is none.</summary>
    private async Task<SongResolution?> LiveArtistAsync(string name, CancellationToken cancellationToken, int atLeastPopularity = 0)
    {
        var probe = await artists.ProbeAsync(name, cancellationToken);
        if (!probe.Found || probe.TopPopularity < atLeastPopularity) return null;
        return await artists.LiveAsync(probe, cancellationToken);
    }

    private async Task<SongResolution> ArtistLinkAsync(string spotifyArtistId, CancellationToken cancellationToken)
    {
        var probe = await artists.ProbeBySpotifyIdAsync(spotifyArtistId, cancellationToken);
        if (probe.Artist is not { } artist) return SongResolution.NotFound($"We could not find this Spotify artist. {probe.Failure}".TrimEnd());
        var local = await artists.LocalTracksAsync(artist.Name, cancellationToken);
        if (artists.IsEnough(local)) return ArtistResolver.FromLocal(artist.Name, local);
        return await artists.LiveAsync(probe, cancellationToken)
            ?? (local.Count > 0 ? ArtistResolver.FromLocal(artist.Name, local) : SongResolution.NotFound($"We found {artist.Name}, but none of their songs has audio features."));
    }

    /// <summary>Text the catalog does not match well, live: an exact artist, Spotify's search, then ReccoBeats' artist → tracks.</summary>
    private async Task<SongResolution?> FindLiveAsync(string text, bool probeArtist, LiveAttempt attempt, CancellationToken cancellationToken)
    {
        if (probeArtist && reccoBeats.IsEnabled)
        {
            var probe = await artists.ProbeAsync(text, cancellationToken);
            if (probe.Failure is not null) attempt.Failures.Add($"We could not look it up online just now: {probe.Failure}");
            else if (probe.Found && await artists.LiveAsync(probe, cancellationToken) is { } artist) return artist;
        }
        if (lookup.IsLiveLookupEnabled)
        {
            var found = await lookup.SearchLiveAsync(text, 1, cancellationToken);
            if (!found.Succeeded) attempt.Failures.Add($"Spotify could not be searched just now: {found.Message}");
            else if (found.Value.Count > 0) return await LookUpAsync(found.Value[0].SpotifyId, null, cancellationToken);
            else attempt.SpotifyFoundNothing = true;
        }
        if (!reccoBeats.IsEnabled) return null;
        var song = await reccoBeats.FindSongAsync(text, cancellationToken);
        if (song.Track is { } track) return await LookUpAsync(track.SpotifyId, track.ToSpotifyTrack(), cancellationToken);
        if (song.Failure is not null && attempt.Failures.Count == 0) attempt.Failures.Add($"We could not look it up online just now: {song.Failure}");
        return null;
    }

    /// <summary>The best local match, with the other songs that match as well.</summary>
    private async Task<SongResolution> ChosenAsync(IReadOnlyList<TrackMatch> matches, CancellationToken cancellationToken)
    {
        var bestId = matches[0].Id;
        var alternatives = LocalChoices.Alternatives(matches);
        var found = await LocalAsync(t => t.Id == bestId, cancellationToken);
        return found with { Alternatives = alternatives, Ambiguous = LocalChoices.IsAmbiguous(matches, alternatives) };
    }

    private async Task<SongResolution> LocalAsync(Expression<Func<Track, bool>> which, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.AsNoTracking().Where(which).FirstOrDefaultAsync(cancellationToken);
        return track is null
            ? SongResolution.NotFound("That song is not in our catalog.")
            : SongResolution.Found(new ResolvedSong(track.Id, track.SpotifyId, track.Title, track.Artists, track.Features, "local"));
    }

    private async Task<SongResolution> LookUpAsync(string spotifyId, Infrastructure.Spotify.SpotifyTrack? known, CancellationToken cancellationToken)
    {
        var result = await lookup.GetFeaturesAsync(spotifyId, known, cancellationToken);
        if (result.HasFeatures)
        {
            var title = result.Song?.Title ?? $"Spotify track {result.SpotifyId}";
            var song = new ResolvedSong(result.TrackId, result.SpotifyId, title, result.Song?.Artists ?? "", result.Features, result.SourceName);
            return SongResolution.Found(song, result.Reason);
        }
        var message = result.Song is { } named
            ? $"We found \"{named.Title}\" by {(named.Artists.Length > 0 ? named.Artists : "an unknown artist")}, but its audio features are unavailable. {result.Reason}"
            : $"We could not look up this Spotify track. {result.Reason}";
        return SongResolution.Unavailable(result.Song, message.TrimEnd());
    }

    private static SongResolution CouldNotLookUp(string why) => SongResolution.Unavailable(null, $"We could not look up this Spotify track. {why}");

    /// <summary>
    /// Runs a live lookup within <see cref="LiveLookupOptions.Budget"/>. The clients turn outside
    /// failures into results; what is left here (the budget running out, or anything they did not
    /// foresee) still ends as a message, never as a 500.
    /// </summary>
    private async Task<T> LiveAsync<T>(Func<CancellationToken, Task<T>> lookUp, Func<string, T> failed, CancellationToken cancellationToken)
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
