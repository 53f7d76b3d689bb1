namespace MusicRecommender.Domain.Recommendation;

/// <summary>One shown item as the measure sees it: its song, the keys of its credited artists, what was shown as its artist.</summary>
public sealed record QualityItem(int TrackId, int SongId, IReadOnlyList<string> ArtistKeys, bool EmptyArtist, bool SlugArtist);
