namespace MusicRecommender.Pipeline.Cli.Datasets;

public enum FetchOutcome
{
    /// <summary>The file was already in the folder with the right checksum.</summary>
    AlreadyThere,

    Downloaded,
}
