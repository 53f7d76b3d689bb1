using System.Diagnostics;
using MusicRecommender.Domain.Catalog;
using Xunit.Abstractions;

namespace MusicRecommender.Domain.Tests.Catalog;

/// <summary>The grouping rule on the real files in ../shared/data, with slug names learned from them.</summary>
public sealed class SongGroupingOnRealDataTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyDictionary<int, int>> Songs = new(() =>
        SongGrouper.Group(RealCatalog.Value.Tracks, SlugNames.Learn(RealCatalog.Value.Sightings)));

    // The versions issue 10 names: each stored under several Spotify ids, one list showed them side by side.
    [Theory]
    [InlineData("Jamais Vu", "7cgWWkpUaS94xoWI8lMGiI", "0PpNBEXkjalflGCMMsBV5B", "7jZub0BqJicmH89lx3GgxC")]
    [InlineData("Butter", "6jjYDGxVJsWS0a5wlVF5vS", "1mWdTewIgB3gtBM3TOSFhB", "1hciAV5LrrTkRV0g0StZ6h", "474VqnPDr0251lsQBB8sQB")]
    [InlineData("DNA", "3uRLwBjI2TahxslcMTvpFs", "2ngmiq1KoYn3x25VOmvd8F", "2Ygw4CPjg1lg4zxTITYY2V", "5SE57ljOIUJ1ybL9U6CuBH", "4Bkh5uDlP14vneIoRG0umC")]
    [InlineData("Dynamite", "5QDLhrAOJJdNAmCTJ8xMyW", "72wqLtMtkrB0qUw6jSqM0Z", "1hIuSG6xV4RDgD8bDVKP7N", "58fPSA7uhyxl0cb8v6Ob7K")]
    [InlineData("Koko de Iki wo Shite", "7LVsLHXVLscS5xY7q50TLT", "7cPYSzsrl6imQkzeO1HZ9b", "1P1PgGMrzIVMju7TOqMGBy")]
    [InlineData("Butterfly (BTS, Japanese versions)", "3bjg5cbmuwDoS7e2dAWyRG", "0Xa0TzlI4HCtqcmIrOHPkT", "5jTNR1Mqi0wLYniACLTmMo", "3f0t8cRg3hz7nyP9W1k9FD")]
    [InlineData("Telepathy / 잠시", "6Fnvi5QnVkTskSzeRvvQds", "5fsaGiSOOpGY8QHS5aeJFg", "2FVpOsjT1iquZ3SpCjZ9Ne")]
    [InlineData("Staying Power (remaster)", "7a3CORGB8AOQxzBcojmESJ", "3S1RgaEOY4JxjIIS0kt5Nu")]
    [InlineData("Dynamite (Sean Paul)", "58yspqPHi2W7bPfyuQ8HsP", "0fQfJFfngYfG26560HLMLN", "0LcLOyu9n5qRTeax5IdewO")]
    public void Group_WhenOneSongIsStoredUnderSeveralIds_GivesThemOneSongId(string song, params string[] spotifyIds)
    {
        var ids = spotifyIds.Select(SongOf).Distinct().ToArray();

        Assert.True(ids.Length == 1, $"{song}: {string.Join(", ", spotifyIds.Select(Describe))}");
    }

    // Different songs that share a title (or differ by a number or a word): each keeps its own song.
    [Theory]
    [InlineData("Flowers by four artists", "5OukrdIKKvAbIBrSurnLuy", "2CxEKD9cDmUdSkh4bMrQ0w", "4WCpgL2vHyx2vusJ5mbBnF", "6Z165JvPnS8PYvGW8oLGLc")]
    [InlineData("Stay by eight artists", "6uBhi9gBXWjanegOb2Phh0", "3tP6QKbXvtrxiDI7QwKyUf", "0TdWVbcerMAcvljXrl9gpG", "4H7WNRErSbONkM06blBoGc", "78vpAeb6a3bD03scfv71Z8", "0Uon5NsSAkBDx69XYOaQ5P", "1fTAs4YpBA7R21i0iB4j54", "5HCyWlXZPP0y6Gqq8TgA20")]
    [InlineData("Intro by seven artists", "31Mf3aGYOpabMv9Nl6bLPn", "7w0FV6ViNDZFy9Mu90sQzl", "2usrT8QIbIk9y0NEtQwS4j", "0M7ai1yfYyb4OlyRgdmtTK", "2PJ2ojJW47MmoVRTxCCbm4", "7LoWAhcGbxSkT6trTqXQR6", "3X8Nrq4TvSd54ymTiXYcD6")]
    [InlineData("DNA by four artists", "3uRLwBjI2TahxslcMTvpFs", "0Rpqo36TnUZplojq6qqI4J", "2duPzlSXewDS6NVZcH20KU", "1C1OBpwB6tRViTiWE2ZgNR")]
    [InlineData("BTS: Butter, Butterfly, Intro: Singularity, Intro: Serendipity, Intro : Persona", "6jjYDGxVJsWS0a5wlVF5vS", "3bjg5cbmuwDoS7e2dAWyRG", "5rNZsITjXf23iFkRA924FV", "61RvEx7GLYRHQhG7ldjJo1", "2GXWzWPsYlTZcvVW8JIu69")]
    [InlineData("Calvin Harris: Stay With Me, Stay With Me (Part 2)", "6clzeGvi1CFioMOolbAOlX", "6S8hzeDFZmsJbQCO3w97Zz")]
    [InlineData("Craig David: DNA, DNA (Part 2)", "0Rpqo36TnUZplojq6qqI4J", "7zbNyCtgNRmJ1BdiaMsqEy")]
    [InlineData("Zedd: Stay, Stay The Night", "6uBhi9gBXWjanegOb2Phh0", "0U5Zq7fyxNUdTG731F4Vzw")]
    [InlineData("Marconi Union: Weightless Part 1, Part 2", "2UZZtkoLOg7IHxeTAdPFvd", "7b2dMRCVDx7OGekIVjCrs1")]
    [InlineData("DaBaby: Intro on two albums", "6RFUt8KPVnrJSLn7bGxiOb", "3AVmY4fwvoUAiWrDy2Ga8D")]
    [InlineData("Vaundy: life hack, 怪獣の花唄 (one album, 1.6 s apart)", "0NlM3asfhPzhDwm5frXquS", "10zz9RZt9DnqcxNWksRNrx")]
    public void Group_WhenSongsOnlyShareATitleOrDifferByAWord_KeepsThemApart(string songs, params string[] spotifyIds)
    {
        Assert.True(spotifyIds.Select(SongOf).Distinct().Count() == spotifyIds.Length, $"{songs}: {string.Join(", ", spotifyIds.Select(Describe))}");
    }

    [Fact]
    public void Group_WhenTracksComeInAnotherOrder_GivesTheSameSongs()
    {
        var tracks = RealCatalog.Value.Tracks;
        var shuffled = tracks.OrderBy(t => (t.Id * 2654435761u) % 1_000_003).ToArray();

        var again = SongGrouper.Group(shuffled, SlugNames.Learn(RealCatalog.Value.Sightings));

        Assert.Equal(Songs.Value.OrderBy(p => p.Key), again.OrderBy(p => p.Key));
    }

    [Fact]
    public void Group_OnTheRealFiles_NamesEverySongByItsSmallestTrackAndReportsTheFigures()
    {
        var tracks = RealCatalog.Value.Tracks;
        var watch = Stopwatch.StartNew();
        var songs = SongGrouper.Group(tracks, SlugNames.Learn(RealCatalog.Value.Sightings));
        watch.Stop();

        var groups = songs.GroupBy(p => p.Value, p => p.Key).ToArray();
        Assert.All(groups, g => Assert.Equal(g.Min(), g.Key));
        Assert.InRange(groups.Length, tracks.Count * 8 / 10, tracks.Count - 1);

        var shared = groups.Where(g => g.Count() > 1).ToArray();
        output.WriteLine($"{tracks.Count} tracks, {groups.Length} songs, {shared.Length} with more than one track ({shared.Sum(g => g.Count())} tracks), grouped in {watch.ElapsedMilliseconds} ms");
        foreach (var group in shared.OrderByDescending(g => g.Count()).Take(8))
        {
            var first = tracks[group.Key - 1];
            output.WriteLine($"  {group.Count()} × {first.Title} — {first.Artists}");
        }
    }

    private static int SongOf(string spotifyId) => Songs.Value[RealCatalog.Value.IdsBySpotifyId[spotifyId]];

    private static string Describe(string spotifyId)
    {
        var track = RealCatalog.Value.ById(spotifyId);
        return $"{track.Title} / {track.Artists} / {track.Album} → song {SongOf(spotifyId)}";
    }
}
