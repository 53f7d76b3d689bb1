namespace MusicRecommender.Domain.Recommendation;

/// <summary>
/// Fills one list from candidates offered best first (or in draw order): a song appears once, and an artist at
/// most <paramref name="maxPerArtist"/> times (each credited artist counts, so a duet uses a place of both). A
/// candidate that would break either rule is passed over and the next one gets its place.
/// </summary>
public sealed class ListCurator(int size, int maxPerArtist)
{
    private readonly HashSet<int> _songs = [];
    private readonly Dictionary<string, int> _perArtist = new(StringComparer.Ordinal);

    public int Count => _songs.Count;

    public bool IsFull => _songs.Count >= size;

    /// <summary>Takes the candidate when it fits; false when the list is full, has its song, or has its artist's quota.</summary>
    public bool Offer(int songId, IReadOnlyList<string> artistKeys)
    {
        ArgumentNullException.ThrowIfNull(artistKeys);
        if (IsFull || _songs.Contains(songId)) return false;
        foreach (var artist in artistKeys)
        {
            if (_perArtist.GetValueOrDefault(artist) >= maxPerArtist) return false;
        }
        _songs.Add(songId);
        foreach (var artist in artistKeys.Distinct(StringComparer.Ordinal)) _perArtist[artist] = _perArtist.GetValueOrDefault(artist) + 1;
        return true;
    }
}
