using MusicRecommender.Infrastructure.Enrichment;

namespace MusicRecommender.Infrastructure.Tests.Enrichment;

public sealed class EnrichmentCandidateTests
{
    [Fact]
    public void Fill_WhenTheTrackHasValues_KeepsThemAndTakesOnlyWhatIsMissing()
    {
        var track = new EnrichmentCandidate { SpotifyId = "x", Artists = "LiSA", Album = "LEO-NiNE", Popularity = 70 };

        track.Fill(["Somebody Else"], "Another Album", "2020-10-14", 12, "JPU901900123", 238_000);

        Assert.Equal(("LiSA", "LEO-NiNE", 70), (track.Artists, track.Album, track.Popularity));
        Assert.Equal(("2020-10-14", "JPU901900123", 238_000), (track.ReleaseDate, track.Isrc, track.DurationMs));
        Assert.True(track.Changed);
    }

    [Fact]
    public void Fill_WhenTheNameWasOnlyLearnedFromASlug_TakesTheProvidersCreditButNeverBlanksIt()
    {
        var learned = new EnrichmentCandidate { SpotifyId = "x", Artists = "Taylor Swift", ArtistsFromSlug = true };
        var blank = new EnrichmentCandidate { SpotifyId = "y", Artists = "Taylor Swift", ArtistsFromSlug = true };

        learned.Fill(["Taylor Swift", "Ed Sheeran"], null, null, null, null, null);
        blank.Fill([], null, null, null, null, null);

        Assert.Equal(("Taylor Swift, Ed Sheeran", false), (learned.Artists, learned.ArtistsFromSlug));
        Assert.Equal(("Taylor Swift", true, false), (blank.Artists, blank.ArtistsFromSlug, blank.Changed));
    }
}
