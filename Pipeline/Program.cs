using MusicRecommender.Pipeline.Cli;

return await CommandLine.RunAsync(args);
