namespace MusicRecommender.Pipeline.Cli.Datasets;

/// <summary>A dataset could not be fetched; the message names the file and says what to do.</summary>
public sealed class DatasetFetchException(string message) : Exception(message);
