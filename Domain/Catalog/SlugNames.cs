namespace MusicRecommender.Domain.Catalog;

/// <summary>
/// Display names for artist slugs ("taylor" → "Taylor Swift"), looked up by the slug's key so "bolt_4" and
/// "bolt4" are one slug. Learned from <see cref="SlugSighting"/>s or rebuilt from stored pairs.
/// </summary>
public sealed class SlugNames
{
    public static SlugNames Empty { get; } = new(new Dictionary<string, string>());

    private readonly Dictionary<string, string> _names;

    public SlugNames(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        _names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slug, name) in pairs) _names[ArtistCredit.Key(slug)] = name;
    }

    public int Count => _names.Count;

    /// <summary>The display name of a slug, or null when none is known.</summary>
    public string? Find(string slug) => _names.GetValueOrDefault(ArtistCredit.Key(slug));

    /// <summary>What to show for a slug: its display name, never the slug itself.</summary>
    public string DisplayName(string slug) => Find(slug) ?? ArtistSlug.UnknownArtist;

    /// <summary>
    /// For each slug, the credited artist that <see cref="ArtistSlug.Matches"/> it on the most sightings (ties:
    /// ordinal order, so the result does not depend on input order). A slug whose sightings name nobody like it
    /// gets no name.
    /// </summary>
    public static SlugNames Learn(IEnumerable<SlugSighting> sightings)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sighting in sightings)
        {
            var slugKey = ArtistCredit.Key(sighting.Slug);
            if (slugKey.Length == 0) continue;
            foreach (var name in ArtistCredit.Split(sighting.Artists).Distinct(StringComparer.Ordinal))
            {
                if (!ArtistSlug.Matches(sighting.Slug, name)) continue;
                if (!counts.TryGetValue(slugKey, out var names)) counts[slugKey] = names = new(StringComparer.Ordinal);
                names[name] = names.GetValueOrDefault(name) + 1;
            }
        }
        return new SlugNames(counts.Select(entry => KeyValuePair.Create(entry.Key,
            entry.Value.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key)));
    }
}
