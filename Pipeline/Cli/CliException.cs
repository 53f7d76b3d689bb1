using System.Globalization;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>A usage error: printed without a stack trace, exit code 2.</summary>
public sealed class CliException(string message) : Exception(message);
