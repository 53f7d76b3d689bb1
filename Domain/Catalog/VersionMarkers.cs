using System.Text.RegularExpressions;

namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// Reads one bracketed or dashed part of a title, already folded by <see cref="TextFold"/> ("remastered 2011",
/// "feat gunna", "japanese ver"), as a version marker. The phrases are the ones that occur in ../shared/data.
/// Japanese phrases are written folded as well: the fold drops dakuten, so "サイズ" reads "サイス".
/// </summary>
internal static partial class VersionMarkers
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december";

    private static readonly (Regex Pattern, VersionTags Tags)[] Kinds =
    [
        (TvSize(), VersionTags.TvSize),
        (Instrumental(), VersionTags.Instrumental),
        (Live(), VersionTags.Live),
        (Acoustic(), VersionTags.Acoustic),
        (Language(), VersionTags.Language),
        (Altered(), VersionTags.Altered),
        (Demo(), VersionTags.Demo),
        (Remaster(), VersionTags.Remaster),
        (Extended(), VersionTags.Extended),
        (Edit(), VersionTags.Edit),
        (Remix(), VersionTags.Remix),
    ];

    /// <summary>
    /// The tags a part carries and whether it leaves the title key; null when the part is not a marker
    /// (a subtitle such as "(Part 2)", "(Interlude)" or "(Chestnuts Roasting on an Open Fire)" stays).
    /// </summary>
    public static (bool Strip, VersionTags Tags)? Classify(string folded)
    {
        if (folded.Length == 0) return (true, VersionTags.None);
        if (Spoken().IsMatch(folded)) return (false, VersionTags.Commentary);
        if (Credit().IsMatch(folded)) return (true, VersionTags.None);
        var tags = VersionTags.None;
        foreach (var (pattern, kind) in Kinds)
        {
            if (pattern.IsMatch(folded)) tags |= kind;
        }
        if (tags == VersionTags.None && RemixEnding().IsMatch(folded)) tags = VersionTags.Remix;
        if (tags == VersionTags.None && VersionEnding().IsMatch(folded)) tags = VersionTags.OtherVersion;
        return tags == VersionTags.None ? null : (true, tags);
    }

    /// <summary>The folded text without a trailing unseparated marker ("Eclipse TV Size"), and its tags.</summary>
    public static (string Remainder, VersionTags Tags) StripTrailing(string folded)
    {
        var match = TrailingMarker().Match(folded);
        if (!match.Success || match.Index == 0) return (folded, VersionTags.None);
        var tags = match.Value.TrimStart().StartsWith("tv", StringComparison.Ordinal) ? VersionTags.TvSize : VersionTags.Language;
        return (folded[..match.Index], tags);
    }

    // Credits and provenance: removed from the key, say nothing about the recording.
    [GeneratedRegex(@"^(feat|ft|featuring|with|prod|produced by|from|taken from|music from|theme from|as heard|as featured|bonus|bonus track|deluxe|explicit|title track|b side|original|original mix|original version|original edit|original score|original soundtrack|original motion picture soundtrack|original broadway cast recording|original cast recording|ost|soundtrack|asot|abgt|fyh|tritonia)(\s|\d|$)", Options)]
    private static partial Regex Credit();

    // Spoken extras: tagged but kept in the key, so "Mine - Commentary" is not a version of "Mine".
    [GeneratedRegex(@"\b(commentary|interview|track by track|voice note|spoken word|narration)\b", Options)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"\btv\s?(size|sized|ver|version|edit|cut|short)\b|\b(anime|movie|short|op|ed)\s(size|edit|ver|version)\b|\btv\s?サイス|\bshort\s?ver", Options)]
    private static partial Regex TvSize();

    [GeneratedRegex(@"\b(instrumental|inst|off vocal|karaoke|backing track|minus one|no vocals?|without vocals?)\b|カラオケ|インスト|オフホーカル", Options)]
    private static partial Regex Instrumental();

    [GeneratedRegex(@"^live$|\blive$|\blive (at|in|from|on|ver|version|recording|session|sessions|performance|edit|acoustic|\d|" + Months + @")\b|\b(ao vivo|em vivo|en vivo|vivo|en directo|directo|in concert|concert|tour|unplugged|recorded at|sessions?|dome|arena|stadium|budokan)\b|\b\d{4} \d{1,2} \d{1,2}$|武道館|^ライフ$|ライフ ?ver|演唱會|演唱会|現場", Options)]
    private static partial Regex Live();

    [GeneratedRegex(@"\b(acoustic|acustico|acustica|akustik|akustisk|acoustique|stripped|unplugged|symphonic|solo piano)\b|\bpiano (version|ver|arrangement|cover)\b|\borchestra(l)? (version|ver)\b|^piano$", Options)]
    private static partial Regex Acoustic();

    [GeneratedRegex(@"\b(japanese|english|korean|kr|jp|jpn|eng|chinese|mandarin|cantonese|spanish|espanol|portuguese|french|thai|hindi|tagalog|german|italian)\s?(ver|version|vers|versao)\b|^(japanese|english|korean|chinese|spanish|tamil|telugu|kannada|malayalam|hindi|bengali|marathi|punjabi)( version)?$|英文版|中文版|日文版|韓文版|日本語|韓国語|韓國語|英語|粤语|粵語", Options)]
    private static partial Regex Language();

    [GeneratedRegex(@"\b(sped up|speed up|spedup|slowed|reverb|nightcore|daycore|8d|chopped|screwed)\b", Options)]
    private static partial Regex Altered();

    [GeneratedRegex(@"\b(demo|home demo|take \d+|rehearsal|outtake|early take|alternate take|alt take|work tape|voice memo|early version|first version)\b", Options)]
    private static partial Regex Demo();

    // Re-issues, and bare dates ("- 2011", "- April 1990", "- 14 March 1975").
    [GeneratedRegex(@"\b(remaster|remastered|remasterizado|remasterizada|remasterise|remasterisee|mono|stereo|re recorded|rerecorded|restored)\b|^\d{4}$|^(\d{1,2} )?(" + Months + @")( \d{1,2})? \d{4}$|修復版", Options)]
    private static partial Regex Remaster();

    [GeneratedRegex(@"\bextended\b|\b(long|full|full length)\s(version|ver|edition|mix|edit)\b|\bfull ver\b", Options)]
    private static partial Regex Extended();

    [GeneratedRegex(@"\b(radio|single|album|clean|video|main|lp|7|12|7 inch|12 inch)\s(edit|version|mix|ver)\b|\bedited version\b|^(radio|clean|edit|edited)$", Options)]
    private static partial Regex Edit();

    [GeneratedRegex(@"\b(remix|remixed|rmx|mashup|bootleg|rework|reworked|refix|re edit|reedit|flip|vip|lo ?fi)\b", Options)]
    private static partial Regex Remix();

    // Weaker endings, read only when nothing more specific matched: "Club Mix", "2021 TEK Edit", "ZZ ver.".
    [GeneratedRegex(@"\b(mix|dub|edit)$", Options)]
    private static partial Regex RemixEnding();

    [GeneratedRegex(@"\b(ver|version|versao|vers|edition|mixed|mix cut|cut|remake|arrangement|cover|take)$|^(version|versao|ver)\b", Options)]
    private static partial Regex VersionEnding();

    [GeneratedRegex(@"\s(tv\s?size( ver| version)?|tv (ver|version|edit)|(japanese|english|korean|kr|jp|chinese) (ver|version))$", Options)]
    private static partial Regex TrailingMarker();
}
