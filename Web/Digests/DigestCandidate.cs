using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Web.Digests;

/// <summary>A pick for a digest, with the reason shown beside it.</summary>
public sealed record DigestCandidate(int TrackId, TargetCatalog Catalog, string SpotifyId, string Title, string Artists, string Reason)
{
    public string SpotifyUrl => Domain.Catalog.SpotifyLink.TrackUrl(SpotifyId);
}
