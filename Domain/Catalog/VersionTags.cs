namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// What a title's version markers say about a recording ("Butter - Instrumental" → Instrumental).
/// None is the original. A title can carry several ("Butterfly - Japanese Ver. (Live)").
/// </summary>
[Flags]
public enum VersionTags
{
    None = 0,

    /// <summary>"Remastered 2011", "2009 Remaster", "Mono", "Taylor's Version": the song as released, re-issued.</summary>
    Remaster = 1 << 0,

    /// <summary>"Radio Edit", "Single Version", "Album Version", "Clean".</summary>
    Edit = 1 << 1,

    /// <summary>"Extended Mix", "Long Version", "Full Ver.".</summary>
    Extended = 1 << 2,

    /// <summary>"Japanese Ver.", "English Version", "KR Ver.", "英文版".</summary>
    Language = 1 << 3,

    /// <summary>Any other named version: "Glee Cast Version", "ZZ ver.", "Duet Version", "Film Version".</summary>
    OtherVersion = 1 << 4,

    /// <summary>"Acoustic", "Acústico", "Piano Version", "Stripped", "Orchestra Version".</summary>
    Acoustic = 1 << 5,

    /// <summary>"Remix", "Club Mix", "VIP", "Re-Edit", "Lofi Flip", "Mashup".</summary>
    Remix = 1 << 6,

    /// <summary>"Sped Up", "Slowed + Reverb", "Nightcore", "8D".</summary>
    Altered = 1 << 7,

    /// <summary>"Live", "Ao Vivo", "Live at Tokyo Dome", "… World Tour 2015", "MTV Unplugged".</summary>
    Live = 1 << 8,

    /// <summary>"Demo", "Take 2", "Rehearsal", "Outtake".</summary>
    Demo = 1 << 9,

    /// <summary>A broadcast cut: "TV Size", "TV ver.", "Anime Size Edit", "Movie Edit", "Short Version".</summary>
    TvSize = 1 << 10,

    /// <summary>"Instrumental", "Inst.", "Off Vocal", "Karaoke".</summary>
    Instrumental = 1 << 11,

    /// <summary>Spoken, not sung: "Commentary", "Interview", "Track by Track".</summary>
    Commentary = 1 << 12,

    /// <summary>The title names a skit ("Skit: Expectation!", "Intro (Skit)"); kept in the title key.</summary>
    Skit = 1 << 13,
}
