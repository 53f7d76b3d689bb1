namespace MusicRecommender.Web.Recommendations;

/// <summary>What one live lookup of typed text met on its way, to say plainly why nothing was found.</summary>
internal sealed class LiveAttempt
{
    public List<string> Failures { get; } = [];

    /// <summary>Spotify answered, with no song.</summary>
    public bool SpotifyFoundNothing { get; set; }

    /// <summary>For the budget running out or an unforeseen failure: remembered, and the lookup ends with nothing.</summary>
    public SongResolution? Failed(string why)
    {
        Failures.Add(why);
        return null;
    }

    public string NotFoundMessage(string text, bool canLookUpLive)
    {
        var notInCatalog = $"No song in our catalog matches \"{text}\".";
        if (Failures.Count > 0) return $"{notInCatalog} {string.Join(" ", Failures.Distinct(StringComparer.Ordinal))}";
        const string advice = "Check the spelling, or type the title and the artist (for example \"Espresso Sabrina Carpenter\").";
        if (SpotifyFoundNothing) return $"No song in our catalog or on Spotify matches \"{text}\". {advice}";
        return canLookUpLive ? $"{notInCatalog} We could not find it online either. {advice}" : $"{notInCatalog} {advice}";
    }
}
