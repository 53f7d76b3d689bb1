using MusicRecommender.Pipeline.Cli;

namespace MusicRecommender.Pipeline;

internal static class Program
{
    public static Task<int> Main(string[] args) => CommandLine.RunAsync(args);
}
