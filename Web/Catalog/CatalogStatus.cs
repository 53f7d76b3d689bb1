namespace MusicRecommender.Web.Catalog;

public enum CatalogState
{
    Starting,
    Seeding,
    Ready,
    Empty,
    Failed,
}

/// <summary>What the site can tell a visitor about the catalog while it starts (thread-safe snapshot).</summary>
public sealed class CatalogStatus
{
    private Snapshot _current = new(CatalogState.Starting, "The site is starting.");

    public CatalogState State => Volatile.Read(ref _current).State;

    public string Message => Volatile.Read(ref _current).Message;

    public void Set(CatalogState state, string message) => Volatile.Write(ref _current, new Snapshot(state, message));

    private sealed record Snapshot(CatalogState State, string Message);
}
