using System.Globalization;

namespace MusicRecommender.Pipeline.Cli;

/// <summary>
/// The command line after the command name: <c>--name value</c> options and <c>--flag</c> switches.
/// Unknown or repeated options are errors, so a typo never silently falls back to a default.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<string> _arguments = [];
    private int _argumentsRead;

    private CliArguments(string command) => Command = command;

    public string Command { get; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0) throw new CliException("No command given.");
        var parsed = new CliArguments(args[0]);
        for (var i = 1; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--") throw new CliException($"Unexpected argument '{token}'. Options look like --name value.");
            if (!token.StartsWith("--", StringComparison.Ordinal))
            {
                // A plain argument (make-admin EMAIL); commands that take none reject it in EnsureAllUsed.
                parsed._arguments.Add(token);
                continue;
            }
            var name = token[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            if (!parsed._options.TryAdd(name, value)) throw new CliException($"Option --{name} is given twice.");
        }
        return parsed;
    }

    /// <summary>The plain (non-option) argument at <paramref name="index"/>, or null.</summary>
    public string? Argument(int index)
    {
        _argumentsRead = Math.Max(_argumentsRead, index + 1);
        return index < _arguments.Count ? _arguments[index] : null;
    }

    public bool Has(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Text(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return null;
        return value ?? throw new CliException($"Option --{name} needs a value.");
    }

    public string RequiredText(string name) =>
        Text(name) ?? throw new CliException($"Option --{name} is required.");

    public int? WholeNumber(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Text(name);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new CliException($"Option --{name} must be a whole number from {min} to {max}, not '{text}'.");
        return value;
    }

    public double? Number(string name, double min, double max)
    {
        var text = Text(name);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new CliException($"Option --{name} must be a number from {min} to {max}, not '{text}'.");
        return value;
    }

    /// <summary>Fails on options the command did not read; call after reading them all.</summary>
    public void EnsureAllUsed()
    {
        if (_arguments.Count > _argumentsRead)
            throw new CliException($"Unexpected argument '{_arguments[_argumentsRead]}'. Options look like --name value.");
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToArray();
        if (unknown.Length > 0)
            throw new CliException($"Unknown option{(unknown.Length > 1 ? "s" : "")} for '{Command}': {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}
