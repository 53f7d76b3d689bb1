namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// Groups tracks that are one song. Two tracks are the same song when
/// <list type="bullet">
/// <item>their primary artists share a key and their titles share a <see cref="SongTitle.Key"/> (for a generic
/// title such as "Intro", also the album);</item>
/// <item>they carry the same ISRC;</item>
/// <item>they are one recording: identical audio features and durations within 2 s (the popular-anime list's
/// "ここで息をして" is eill's "Koko de Iki wo Shite" with no artist or album);</item>
/// <item>they are a title pair in two scripts ("Telepathy" / "잠시") by one artist on one album, durations within
/// 2 s and the same audio: durations within 20 ms or audio features within <see cref="PairFeatureTolerance"/>. In
/// ../shared/data album and duration alone pair different songs ("life hack" / "怪獣の花唄", 1.6 s apart).</item>
/// </list>
/// The relation is closed transitively (union-find). A song's id is its smallest track id, so the result does
/// not depend on the order tracks are added; <see cref="Add"/> is also how a track imported later finds its
/// song (load the stored tracks, add the new ones, store the ids that changed). Every rule is a hash lookup,
/// so 100k tracks group in well under a second.
/// </summary>
public sealed class SongGrouper(SlugNames? slugNames = null)
{
    public const int DurationToleranceMs = 2000;

    /// <summary>Durations this close are one audio file filed twice (re-analysed features may differ).</summary>
    public const int SameAudioDurationMs = 20;

    /// <summary>Largest feature difference (on 0–1 scales; loudness / 60 dB, tempo / 250 BPM) for a title pair.</summary>
    public const double PairFeatureTolerance = 0.08;

    private readonly SlugNames _slugNames = slugNames ?? SlugNames.Empty;
    private readonly SongSets _sets = new();
    private readonly Dictionary<int, int> _slotOfTrack = [];
    private readonly List<int> _trackIds = [];
    private readonly List<int?> _durations = [];
    private readonly List<string> _titleKeys = [];
    private readonly List<AudioFeatures?> _features = [];
    private readonly Dictionary<(string Artist, string Title), int> _byTitle = [];
    private readonly Dictionary<string, int> _byIsrc = new(StringComparer.Ordinal);
    private readonly Dictionary<AudioFeatures, List<int>> _byRecording = [];
    private readonly Dictionary<(string Artist, string Album), List<int>> _byAlbum = [];

    /// <summary>Groups <paramref name="tracks"/>: track id → song id.</summary>
    public static IReadOnlyDictionary<int, int> Group(IEnumerable<SongTrack> tracks, SlugNames? slugNames = null)
    {
        var grouper = new SongGrouper(slugNames);
        foreach (var track in tracks) grouper.Add(track);
        return grouper.SongIds();
    }

    public int Count => _trackIds.Count;

    /// <summary>Adds a track, merging it into every song it matches; returns its song id.</summary>
    public int Add(SongTrack track)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (_slotOfTrack.ContainsKey(track.Id)) throw new ArgumentException($"Track {track.Id} was added already.", nameof(track));
        var slot = _sets.Add(track.Id);
        _slotOfTrack.Add(track.Id, slot);
        _trackIds.Add(track.Id);
        _durations.Add(track.DurationMs);

        var parsed = SongTitle.Parse(track.Title);
        var title = parsed.Key;
        _titleKeys.Add(title);
        var album = TextFold.Fold(track.Album);
        var features = track.Features is { } known && !IsUnknown(known) ? known : null;
        _features.Add(features);
        var artist = ArtistKeyOf(track);
        if (artist.Length > 0 && title.Length > 0) JoinFirst(_byTitle, (artist, parsed.IsGeneric ? $"{title}\n{album}" : title), slot);
        if (NormalizeIsrc(track.Isrc) is { } isrc) JoinFirst(_byIsrc, isrc, slot);
        if (features is not null && track.DurationMs is not null) JoinNear(_byRecording, features, slot, _ => true);
        if (artist.Length > 0 && album.Length > 0 && track.DurationMs is not null)
            JoinNear(_byAlbum, (artist, album), slot, other => IsTitlePair(slot, other));
        return _sets.SmallestId(slot);
    }

    /// <summary>The song id of a track added earlier.</summary>
    public int SongOf(int trackId) => _sets.SmallestId(_slotOfTrack[trackId]);

    /// <summary>How many tracks share the song of <paramref name="trackId"/> (itself included).</summary>
    public int VersionCount(int trackId) => _sets.Size(_slotOfTrack[trackId]);

    /// <summary>Every track added so far: track id → song id.</summary>
    public IReadOnlyDictionary<int, int> SongIds()
    {
        var ids = new Dictionary<int, int>(_trackIds.Count);
        for (var slot = 0; slot < _trackIds.Count; slot++) ids[_trackIds[slot]] = _sets.SmallestId(slot);
        return ids;
    }

    /// <summary>The primary artist's key, read through the slug names when the credit is a slug.</summary>
    public string ArtistKeyOf(SongTrack track)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (!track.ArtistIsSlug) return ArtistCredit.PrimaryKey(track.Artists);
        var slug = ArtistCredit.Primary(track.Artists);
        // An unnamed slug keeps its own key: "bts" and "straykids" still meet "BTS" and "Stray Kids".
        return ArtistCredit.Key(_slugNames.Find(slug) ?? slug);
    }

    private void JoinFirst<TKey>(Dictionary<TKey, int> index, TKey key, int slot) where TKey : notnull
    {
        if (index.TryGetValue(key, out var first)) _sets.Union(first, slot);
        else index.Add(key, slot);
    }

    private void JoinNear<TKey>(Dictionary<TKey, List<int>> index, TKey key, int slot, Func<int, bool> alsoRequired) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var slots)) index.Add(key, slots = []);
        var duration = _durations[slot]!.Value;
        foreach (var other in slots)
        {
            if (Math.Abs(_durations[other]!.Value - duration) <= DurationToleranceMs && alsoRequired(other)) _sets.Union(other, slot);
        }
        slots.Add(slot);
    }

    private bool IsTitlePair(int slot, int other)
    {
        if (HasNonLatinLetter(_titleKeys[slot]) == HasNonLatinLetter(_titleKeys[other])) return false;
        if (Math.Abs(_durations[slot]!.Value - _durations[other]!.Value) <= SameAudioDurationMs) return true;
        return _features[slot] is { } a && _features[other] is { } b && FeatureDistance(a, b) <= PairFeatureTolerance;
    }

    private static double FeatureDistance(AudioFeatures a, AudioFeatures b)
    {
        var distance = 0.0;
        for (var i = 0; i < AudioFeatures.Count; i++)
        {
            var scale = i switch { 2 => 60.0, 8 => 250.0, _ => 1.0 };
            distance = Math.Max(distance, Math.Abs(a[i] - b[i]) / scale);
        }
        return distance;
    }

    private static string? NormalizeIsrc(string? isrc)
    {
        if (string.IsNullOrWhiteSpace(isrc)) return null;
        var compact = new string(isrc.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return compact.Length == 12 ? compact : null;
    }

    private static bool IsUnknown(AudioFeatures features)
    {
        for (var i = 0; i < AudioFeatures.Count; i++)
        {
            if (features[i] != 0) return false;
        }
        return true;
    }

    private static bool HasNonLatinLetter(string key) => key.Any(c => c > '\u024F' && char.IsLetter(c));
}
