using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class SongGrouperTests
{
    private static readonly AudioFeatures Sound = new(0.671, 0.76, -2.852, 0.057, 0.0639, 0, 0.124, 0.796, 107.007);
    private static readonly AudioFeatures OtherSound = new(0.5, 0.4, -8.1, 0.03, 0.4, 0, 0.1, 0.3, 92);

    [Fact]
    public void Group_WhenPrimaryArtistAndTitleKeyMatch_GivesOneSongNamedByItsSmallestTrackId()
    {
        var songs = SongGrouper.Group(
        [
            new(7, "Butter", "BTS"),
            new(3, "Butter - Megan Thee Stallion Remix", "BTS, Megan Thee Stallion"),
            new(5, "BUTTER (Hotter Remix)", "bts"),
            new(9, "Butter", "Stray Kids"),
        ]);

        Assert.Equal(3, songs[7]);
        Assert.Equal(3, songs[5]);
        Assert.Equal(9, songs[9]);
    }

    [Fact]
    public void Group_WhenIsrcsMatch_JoinsTitlesThatDiffer()
    {
        var songs = SongGrouper.Group([new(1, "Telepathy", "BTS", Isrc: "KR-A40-20-00062"), new(2, "잠시", "방탄소년단", Isrc: "kra402000062")]);

        Assert.Equal(songs[1], songs[2]);
    }

    [Fact]
    public void Group_WhenOneRecordingHasNoArtistOrAlbum_JoinsItByItsFeaturesAndDuration()
    {
        var songs = SongGrouper.Group(
        [
            new(1, "Koko de Iki wo Shite", "eill", "Koko de Iki wo Shite", DurationMs: 216672, Features: Sound),
            new(2, "ここで息をして", "", DurationMs: 216672, Features: Sound),
            new(3, "Another song", "", DurationMs: 216672, Features: OtherSound),
            new(4, "Silence", "", DurationMs: 216672, Features: AudioFeatures.FromArray(new double[9])),
            new(5, "Quiet", "", DurationMs: 216672, Features: AudioFeatures.FromArray(new double[9])),
        ]);

        Assert.Equal(1, songs[2]);
        Assert.Equal(3, songs[3]);
        Assert.Equal(4, songs[4]);
        Assert.Equal(5, songs[5]);
    }

    [Fact]
    public void Group_WhenATitlePairInTwoScriptsIsOneAudioOnOneAlbum_JoinsIt()
    {
        var songs = SongGrouper.Group(
        [
            new(1, "Fly To My Room", "BTS", "BE", DurationMs: 222242, Features: Sound),
            new(2, "내 방을 여행하는 법", "bts", "BE", DurationMs: 222243, Features: Sound with { Energy = 0.5 }),
            new(3, "Blue & Grey", "BTS", "BE", DurationMs: 230000, Features: OtherSound),
            new(4, "잠시", "BTS", "BE", DurationMs: 223500, Features: OtherSound),
            // 400 ms longer, re-analysed one BPM faster: still the same audio.
            new(5, "Telepathy", "BTS", "BE", DurationMs: 223900, Features: OtherSound with { Tempo = 93 }),
        ]);

        Assert.Equal(1, songs[2]);
        Assert.Equal(3, songs[3]);
        Assert.Equal(4, songs[5]);
    }

    [Fact]
    public void Group_WhenTitlesInOneScriptShareAlbumAndLength_KeepsThemApart()
    {
        var songs = SongGrouper.Group(
        [
            new(1, "life hack", "Vaundy", "strobo", DurationMs: 226443, Features: Sound),
            new(2, "怪獣の花唄", "Vaundy", "strobo", DurationMs: 224806, Features: OtherSound),
            new(3, "Rain", "BTS", "Dark & Wild", DurationMs: 218000, Features: Sound),
            new(4, "Look Here", "BTS", "Dark & Wild", DurationMs: 218000, Features: Sound with { Tempo = 150 }),
        ]);

        Assert.Equal(4, songs.Values.Distinct().Count());
    }

    [Fact]
    public void Group_WhenAGenericTitleRecursOnAnotherAlbum_KeepsThemApart()
    {
        var songs = SongGrouper.Group(
        [
            new(1, "Intro", "DaBaby", "Billion Dollar Baby"),
            new(2, "INTRO", "DaBaby", "KIRK"),
            new(3, "Intro", "DaBaby", "KIRK (Deluxe)"),
            new(4, "INTRO.", "DaBaby", "kirk"),
        ]);

        Assert.Equal([1, 2, 3, 2], [songs[1], songs[2], songs[3], songs[4]]);
    }

    [Fact]
    public void Group_WhenSlugHasADisplayName_ReadsTheSlugAsThatArtist()
    {
        SongTrack[] tracks = [new(1, "Anti-Hero", "Taylor Swift"), new(2, "Anti-Hero", "taylor", ArtistIsSlug: true), new(3, "Stay", "bts", ArtistIsSlug: true), new(4, "Stay", "BTS")];

        var without = SongGrouper.Group(tracks);
        var with = SongGrouper.Group(tracks, new SlugNames([KeyValuePair.Create("taylor", "Taylor Swift")]));

        Assert.NotEqual(without[1], without[2]);
        Assert.Equal(with[1], with[2]);
        // A slug spelt like its artist meets them even before a name is learned.
        Assert.Equal(without[3], without[4]);
    }

    [Fact]
    public void Group_WhenNoArtistIsKnown_DoesNotJoinByTitleAlone()
    {
        var songs = SongGrouper.Group([new(1, "Unravel", ""), new(2, "Unravel", "")]);

        Assert.NotEqual(songs[1], songs[2]);
    }

    [Fact]
    public void Add_WhenATrackArrivesLater_FindsTheExistingSongAndCanBridgeTwo()
    {
        var grouper = new SongGrouper();
        grouper.Add(new(10, "Telepathy", "BTS", Isrc: "KRA402000062"));
        grouper.Add(new(20, "잠시", "방탄소년단"));

        var joined = grouper.Add(new(30, "잠시 (Telepathy)", "방탄소년단", Isrc: "KRA402000062"));
        var bridge = grouper.Add(new(40, "잠시", "방탄소년단", Isrc: "KRA402000062"));

        Assert.Equal(10, joined);
        Assert.Equal(10, bridge);
        Assert.Equal(10, grouper.SongOf(20));
        Assert.Equal(4, grouper.VersionCount(20));
    }

    [Fact]
    public void Add_WhenTheSameTrackIdComesTwice_Refuses()
    {
        var grouper = new SongGrouper();
        grouper.Add(new(1, "Butter", "BTS"));

        Assert.Throws<ArgumentException>(() => grouper.Add(new(1, "Butter", "BTS")));
    }
}
