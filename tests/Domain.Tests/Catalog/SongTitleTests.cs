using MusicRecommender.Domain.Catalog;

namespace MusicRecommender.Domain.Tests.Catalog;

public sealed class SongTitleTests
{
    // Real titles from ../shared/data, one per marker the issue names, and the key they must reduce to.
    [Theory]
    [InlineData("Akatsuki no Requiem (TV Size)", "akatsuki no requiem", VersionTags.TvSize)]
    [InlineData("Shinzo wo Sasageyo! - TV Size", "shinzo wo sasageyo", VersionTags.TvSize)]
    [InlineData("紅蓮華 -TV ver.-", "紅蓮華", VersionTags.TvSize)]
    [InlineData("Sense(TV Size Ver.)", "sense", VersionTags.TvSize)]
    [InlineData("Eclipse TV Size", "eclipse", VersionTags.TvSize)]
    [InlineData("HUNTING FOR YOUR DREAM (TVサイズ)", "hunting for your dream", VersionTags.TvSize)]
    [InlineData("火炎-anime size edit-", "火炎", VersionTags.TvSize)]
    [InlineData("Voice of Wind (Movie Edit)", "voice of wind", VersionTags.TvSize)]
    [InlineData("Stay The Same - Instrumental", "stay the same", VersionTags.Instrumental)]
    [InlineData("No U.F.Os (inst.)", "no u f os", VersionTags.Instrumental)]
    [InlineData("Hate to Say I Told You So (Live) [Radio Edit]", "hate to say i told you so", VersionTags.Live | VersionTags.Edit)]
    [InlineData("Stay (You Are Good) - Live", "stay you are good", VersionTags.Live)]
    [InlineData("FANTASTIC BABY - TOKYO DOME 2012.12.05", "fantastic baby", VersionTags.Live)]
    [InlineData("stay gold (Live at 日本武道館 2022.5.15)", "stay gold", VersionTags.Live)]
    [InlineData("BAD BOY - 2016 BIGBANG WORLD TOUR [MADE] FINAL IN SEOUL LIVE", "bad boy", VersionTags.Live)]
    [InlineData("Rota Errada - Ao Vivo", "rota errada", VersionTags.Live)]
    [InlineData("Staying Power - Remastered 2011", "staying power", VersionTags.Remaster)]
    [InlineData("Love Will Tear Us Apart - 2020 Remaster", "love will tear us apart", VersionTags.Remaster)]
    [InlineData("Sparkle - English Version", "sparkle", VersionTags.Language)]
    [InlineData("Butterfly‐Japanese Ver.‐", "butterfly", VersionTags.Language)]
    [InlineData("DNA - Japanese ver.", "dna", VersionTags.Language)]
    [InlineData("Fire Truck - Korean Ver.", "fire truck", VersionTags.Language)]
    [InlineData("Intro - Everybody Scream - KR Ver.", "intro everybody scream", VersionTags.Language)]
    [InlineData("Stay With You - 英文版", "stay with you", VersionTags.Language)]
    [InlineData("Stay - Acoustic", "stay", VersionTags.Acoustic)]
    [InlineData("Árvore Cortada - Acústico", "arvore cortada", VersionTags.Acoustic)]
    [InlineData("Butter - Megan Thee Stallion Remix", "butter", VersionTags.Remix)]
    [InlineData("Dynamite (feat. Sia & Miss Lafamilia) [Banx N Ranx Remix]", "dynamite", VersionTags.Remix)]
    [InlineData("Secrets - Radio Edit", "secrets", VersionTags.Edit)]
    [InlineData("Blue - Extended Mix", "blue", VersionTags.Extended)]
    [InlineData("Tek It - Sped Up", "tek it", VersionTags.Altered)]
    [InlineData("Atlantis (Slowed + Reverb)", "atlantis", VersionTags.Altered)]
    [InlineData("DNA狂詩曲 -ZZ ver.-", "dna狂詩曲", VersionTags.OtherVersion)]
    [InlineData("Buried Dreams - Demo", "buried dreams", VersionTags.Demo)]
    [InlineData("Dynamite (feat. Sia)", "dynamite", VersionTags.None)]
    [InlineData("STAY (with Justin Bieber)", "stay", VersionTags.None)]
    [InlineData("LOYALTY. FEAT. RIHANNA.", "loyalty", VersionTags.None)]
    [InlineData("Set Me Free (feat. Dynamite MC) - Original Mix", "set me free", VersionTags.None)]
    [InlineData("Stayin' Alive - From \"Saturday Night Fever\" Soundtrack", "stayin alive", VersionTags.None)]
    public void Parse_WhenTitleCarriesVersionMarkers_KeysTheSongAndTagsTheVersion(string title, string key, VersionTags tags)
    {
        var parsed = SongTitle.Parse(title);

        Assert.Equal(key, parsed.Key);
        Assert.Equal(tags, parsed.Tags);
    }

    // Parts that are not version markers stay, so different songs keep different keys.
    [Theory]
    [InlineData("Stay With Me (Part 2) (with Justin Timberlake, Halsey & Pharrell)", "stay with me part 2")]
    [InlineData("DNA (Part 2)", "dna part 2")]
    [InlineData("Intro: Singularity", "intro singularity")]
    [InlineData("someone like u - interlude", "someone like u interlude")]
    [InlineData("Stay Alive - Reprise", "stay alive reprise")]
    [InlineData("The Christmas Song (Chestnuts Roasting On An Open Fire)", "the christmas song chestnuts roasting on an open fire")]
    [InlineData("Anti-Hero", "anti hero")]
    [InlineData("Dope - Chou Yabee! - Japanese Ver.", "dope chou yabee")]
    [InlineData("Remix", "remix")]
    [InlineData("(TV Size)", "tv size")]
    public void Parse_WhenAPartIsNoMarker_KeepsItInTheKey(string title, string key) =>
        Assert.Equal(key, SongTitle.Parse(title).Key);

    [Fact]
    public void Parse_WhenTitleIsACommentary_TagsItButKeepsItApartFromTheSong()
    {
        var commentary = SongTitle.Parse("Mine - Commentary");

        Assert.Equal(VersionTags.Commentary, commentary.Tags);
        Assert.NotEqual(SongTitle.Parse("Mine").Key, commentary.Key);
        Assert.True(VersionPreference.IsSpoken(commentary.Tags));
    }

    [Theory]
    [InlineData("Skit: Expectation!")]
    [InlineData("Intro (Skit) (feat. The Breakfast Club)")]
    [InlineData("Betrayal - Skit")]
    public void Parse_WhenTitleNamesASkit_TagsItSpoken(string title) =>
        Assert.True(VersionPreference.IsSpoken(SongTitle.Parse(title).Tags));

    [Theory]
    [InlineData("Intro", true)]
    [InlineData("INTRO.", true)]
    [InlineData("Interlude", true)]
    [InlineData("Intro: Persona", false)]
    [InlineData("Dynamite", false)]
    public void IsGeneric_WhenTitleOnlyNamesASlot_IsTrue(string title, bool generic) =>
        Assert.Equal(generic, SongTitle.Parse(title).IsGeneric);

    [Fact]
    public void Rank_WhenVersionsDiffer_PrefersTheOriginalAndPutsCutsLast()
    {
        var ranked = new[] { "Butter - Instrumental", "Butter (Hotter Remix)", "Butter", "Butter - TV Size", "Butter - Remastered 2021" }
            .OrderBy(t => VersionPreference.Rank(SongTitle.Parse(t).Tags))
            .ToArray();

        Assert.Equal(["Butter", "Butter - Remastered 2021", "Butter (Hotter Remix)", "Butter - TV Size", "Butter - Instrumental"], ranked);
    }
}
