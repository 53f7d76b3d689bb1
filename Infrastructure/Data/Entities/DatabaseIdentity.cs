namespace MusicRecommender.Infrastructure.Data.Entities;

/// <summary>
/// The one row that names this database. The site reads the token at start; its readiness check writes
/// <see cref="CheckedAt"/> through a new connection and compares the token, so it notices a database file
/// that was deleted, replaced or made read-only under it.
/// </summary>
public sealed class DatabaseIdentity
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public Guid Token { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime CheckedAt { get; set; }
}
