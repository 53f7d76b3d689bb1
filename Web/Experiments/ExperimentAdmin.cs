using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MusicRecommender.Domain.Experiments;
using MusicRecommender.Infrastructure.Data;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Experiments;

/// <summary>A change an admin asked for: empty <c>Errors</c> means it was saved.</summary>
public sealed record AdminChange(string Message, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static AdminChange Done(string message) => new(message, new Dictionary<string, string>());

    public static AdminChange Refused(string field, string error) => new(error, new Dictionary<string, string> { [field] = error });
}

/// <summary>Creating, starting and stopping experiments, and changing their weights.</summary>
public sealed partial class ExperimentAdmin(AppDbContext db, TimeProvider time)
{
    public async Task<AdminChange> CreateAsync(string name, string? description, IReadOnlyDictionary<string, double> weights, string control, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!SlugPattern().IsMatch(name ?? ""))
            return AdminChange.Refused("Name", "Use 3–64 lower-case letters, digits and dashes, e.g. model-vs-exact.");
        if (await db.Experiments.AnyAsync(e => e.Name == name, cancellationToken))
            return AdminChange.Refused("Name", $"An experiment called {name} exists already.");
        var chosen = weights.Where(w => w.Value > 0).ToDictionary();
        if (chosen.Count < 2) return AdminChange.Refused("Weights", "Give at least two variants a positive weight.");
        if (WeightProblem(weights) is { } problem) return AdminChange.Refused("Weights", problem);
        if (!chosen.ContainsKey(control)) return AdminChange.Refused("Control", "The control must be one of the variants with a weight.");

        db.Experiments.Add(new Experiment
        {
            Name = name!,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            ControlVariant = control,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Variants = chosen.Select(w => new ExperimentVariant { Name = w.Key, Weight = w.Value }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return AdminChange.Done($"Created {name}. Start it when you are ready.");
    }

    public async Task<AdminChange> StartAsync(string name, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.FirstOrDefaultAsync(e => e.Name == name, cancellationToken);
        if (experiment is null) return AdminChange.Refused("Name", $"No experiment {name}.");
        var running = await db.Experiments.Where(e => e.IsActive && e.Id != experiment.Id).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
        if (running is not null) return AdminChange.Refused("Name", $"Stop {running} first: one experiment runs at a time.");
        experiment.IsActive = true;
        experiment.StartedAt ??= time.GetUtcNow().UtcDateTime;
        experiment.StoppedAt = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The one-active index caught another admin starting one at the same moment.
            return AdminChange.Refused("Name", "Another experiment was started just now: one runs at a time.");
        }
        return AdminChange.Done($"Started {name}.");
    }

    public async Task<AdminChange> StopAsync(string name, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.FirstOrDefaultAsync(e => e.Name == name, cancellationToken);
        if (experiment is null) return AdminChange.Refused("Name", $"No experiment {name}.");
        experiment.IsActive = false;
        experiment.StoppedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return AdminChange.Done($"Stopped {name}. Listeners now get the model's recommendations.");
    }

    /// <summary>
    /// Stop and ship: ends the experiment and serves the winner to every listener. The model is what
    /// listeners get with no experiment running; another winner is served by a one-arm rollout
    /// (an experiment of just that variant, so its lists stay labelled and comparable).
    /// </summary>
    public async Task<AdminChange> ShipAsync(string name, string variant, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.Include(e => e.Variants).FirstOrDefaultAsync(e => e.Name == name, cancellationToken);
        if (experiment is null) return AdminChange.Refused("Name", $"No experiment {name}.");
        if (!experiment.Variants.Any(v => v.Name == variant)) return AdminChange.Refused("Variant", $"{name} has no variant {variant}.");
        if (variant == RecommenderVariants.Random) return AdminChange.Refused("Variant", "Random picks are the baseline, not something to ship. Stop the experiment to serve the model.");
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        experiment.IsActive = false;
        experiment.StoppedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        if (variant == RecommenderVariants.Model)
        {
            await transaction.CommitAsync(cancellationToken);
            return AdminChange.Done($"Stopped {name} and shipped {variant}: every listener now gets the recommender's picks.");
        }
        var rollout = await FreeNameAsync($"{name}-ship-{variant}", cancellationToken);
        db.Experiments.Add(new Experiment
        {
            Name = rollout,
            Description = $"Serves {variant} to every listener: the winner of {name}.",
            ControlVariant = variant,
            IsActive = true,
            CreatedAt = now,
            StartedAt = now,
            Variants = [new ExperimentVariant { Name = variant, Weight = 1 }],
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdminChange.Done($"Stopped {name} and shipped {variant}: every listener now gets it (rollout {rollout}).");
    }

    private async Task<string> FreeNameAsync(string wanted, CancellationToken cancellationToken)
    {
        var stem = wanted.Length > 60 ? wanted[..60] : wanted;
        var name = stem;
        for (var n = 2; await db.Experiments.AnyAsync(e => e.Name == name, cancellationToken); n++) name = $"{stem}-{n}";
        return name;
    }

    /// <summary>New weights apply to raters not assigned yet; assigned raters keep their variant.</summary>
    public async Task<AdminChange> SetWeightsAsync(string name, IReadOnlyDictionary<string, double> weights, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var experiment = await db.Experiments.Include(e => e.Variants).FirstOrDefaultAsync(e => e.Name == name, cancellationToken);
        if (experiment is null) return AdminChange.Refused("Name", $"No experiment {name}.");
        if (WeightProblem(weights) is { } problem) return AdminChange.Refused("Weights", problem);
        foreach (var variant in experiment.Variants)
        {
            if (weights.TryGetValue(variant.Name, out var weight)) variant.Weight = weight;
        }
        if (!experiment.Variants.Any(v => v.Weight > 0)) return AdminChange.Refused("Weights", "At least one variant needs a positive weight.");
        await db.SaveChangesAsync(cancellationToken);
        return AdminChange.Done($"Saved the weights of {name}: {string.Join(", ", experiment.Variants.Select(v => $"{v.Name} {v.Weight:0.###}"))}.");
    }

    private static string? WeightProblem(IReadOnlyDictionary<string, double> weights)
    {
        if (weights.Keys.FirstOrDefault(k => !RecommenderVariants.IsKnown(k)) is { } unknown)
            return $"Unknown variant {unknown}: use {string.Join(", ", RecommenderVariants.All)}.";
        if (weights.Values.Any(w => !double.IsFinite(w) || w < 0 || w > 1000)) return "Weights are numbers from 0 to 1000.";
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$")]
    private static partial Regex SlugPattern();
}
