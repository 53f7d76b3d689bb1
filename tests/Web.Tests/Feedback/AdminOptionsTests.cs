using System.ComponentModel.DataAnnotations;
using MusicRecommender.Web.Accounts;

namespace MusicRecommender.Web.Tests.Feedback;

/// <summary>The first admin's settings as the start-up validation sees them (docker compose passes unset variables as empty strings).</summary>
public sealed class AdminOptionsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("admin@example.com", true)]
    [InlineData("not an address", false)]
    public void Validate_WhenEmailIsGiven_AcceptsOnlyAnAddressOrNothing(string? email, bool valid)
    {
        var options = new AdminOptions { Email = email, Password = "irrelevant here" };
        var results = new List<ValidationResult>();

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.Equal(valid, ok);
        if (!valid) Assert.Contains(nameof(AdminOptions.Email), Assert.Single(results).MemberNames);
    }
}
