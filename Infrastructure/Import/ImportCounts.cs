namespace MusicRecommender.Infrastructure.Import;

/// <summary>
/// What a file did to the stored tracks, counted once per track: a track the file lists again (in a
/// later batch) is a repeat, and only moves it from unchanged to updated when the repeat adds something.
/// </summary>
internal sealed class ImportCounts
{
    private readonly Dictionary<string, Outcome> _seen = new(StringComparer.Ordinal);

    public enum Outcome
    {
        Inserted,
        Updated,
        Unchanged,
    }

    public int Inserted { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Valid rows whose track the file had already given.</summary>
    public int Repeated { get; set; }

    public int Written => Inserted + Updated + Unchanged;

    public void Count(string spotifyId, Outcome outcome)
    {
        if (!_seen.TryGetValue(spotifyId, out var earlier))
        {
            _seen.Add(spotifyId, outcome);
            if (outcome == Outcome.Inserted) Inserted++;
            else if (outcome == Outcome.Updated) Updated++;
            else Unchanged++;
            return;
        }
        Repeated++;
        if (earlier == Outcome.Unchanged && outcome == Outcome.Updated)
        {
            _seen[spotifyId] = Outcome.Updated;
            Unchanged--;
            Updated++;
        }
    }
}
