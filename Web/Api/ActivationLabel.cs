using MusicRecommender.Infrastructure.Data.Entities;

namespace MusicRecommender.Web.Api;

/// <summary>
/// Who activated a model, as anonymous answers may say it: a role, never a person. An admin's activation or
/// roll-back is "admin" or "admin roll-back"; training keeps its label ("run 12", "first start", "command line")
/// unless it looks like an address. Admin pages still show the admin's address.
/// </summary>
internal static class ActivationLabel
{
    public const string Admin = "admin";
    public const string AdminRollback = "admin roll-back";

    public static string? Public(string? kind, string? activatedBy) => kind switch
    {
        null => null,
        ModelActivationRecord.Activate => Admin,
        ModelActivationRecord.Rollback => AdminRollback,
        _ when activatedBy is null || activatedBy.Contains('@', StringComparison.Ordinal) => "training",
        _ => activatedBy,
    };
}
