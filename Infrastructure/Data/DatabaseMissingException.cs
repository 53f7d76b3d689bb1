namespace MusicRecommender.Infrastructure.Data;

/// <summary>The configured database is gone (a lost file or folder): start-up stops rather than create an empty one.</summary>
public sealed class DatabaseMissingException(string message) : Exception(message);
