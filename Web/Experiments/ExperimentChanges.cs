using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Experiments;

/// <summary>
/// Drops the cached running experiment whenever this process saves a change to an experiment, whoever
/// saves it (the admin pages, the first start), so a started or stopped experiment applies to the next list.
/// The cache is looked up when a change is saved, not injected: it reads through the context factory, whose
/// options hold this interceptor, so taking it at construction would make the two wait for each other.
/// </summary>
public sealed class ExperimentChanges(IServiceProvider services) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _touched = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Done(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    private void Note(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.AutoDetectChangesEnabled) return;
        if (context.ChangeTracker.Entries().Any(e => e.Entity is Experiment or ExperimentVariant && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            _touched.AddOrUpdate(context, this);
    }

    private void Done(DbContext? context)
    {
        if (context is not null && _touched.Remove(context)) services.GetRequiredService<ActiveExperiment>().Invalidate();
    }
}
