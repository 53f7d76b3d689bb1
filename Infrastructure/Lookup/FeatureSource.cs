namespace MusicRecommender.Infrastructure.Lookup;

/// <summary>Where a song's audio features came from, in the order they are tried.</summary>
public enum FeatureSource
{
    Unavailable = 0,
    Local,
    Spotify,
    ReccoBeats,
}
