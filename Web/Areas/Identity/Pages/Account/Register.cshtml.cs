using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Infrastructure.Data.Entities;
using MusicRecommender.Web.Accounts;
using MusicRecommender.Web.Mail;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Scaffolded from the Identity UI so that the page never says whether an address already has an account: a new
/// address gets its account and a confirmation mail, a known one a mail to its owner ("you already have an
/// account"), and both answers are the same redirect after the same work (a password hash). The new user is not
/// signed in here: that would answer differently. Opting in to the weekly digest is offered on the form.
/// </summary>
[AllowAnonymous]
public sealed class RegisterModel(UserManager<AppUser> users, DummyPassword dummy, MailJobs mail, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl = null) => ReturnUrl = Local(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = Local(returnUrl);
        if (!ModelState.IsValid) return Page();

        if (await users.FindByEmailAsync(Input.Email) is null)
        {
            var user = new AppUser { UserName = Input.Email, Email = Input.Email, WeeklyDigest = Input.WeeklyDigest };
            var created = await users.CreateAsync(user, Input.Password);
            if (created.Succeeded)
            {
                logger.LogInformation("New account registered");
                mail.Account(AccountMailKind.ConfirmEmail, Input.Email);
                return Sent();
            }
            // Another request registered the address a moment ago: it is now a known address.
            if (!created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
                return Refused(created.Errors);
        }
        else
        {
            // The same password rules, the same answer to a weak password, and a hash's worth of time.
            var errors = new List<IdentityError>();
            foreach (var validator in users.PasswordValidators)
                errors.AddRange((await validator.ValidateAsync(users, new AppUser(), Input.Password)).Errors);
            if (errors.Count > 0) return Refused(errors);
            dummy.Hash(Input.Password);
        }
        mail.Account(AccountMailKind.AlreadyRegistered, Input.Email);
        return Sent();
    }

    private RedirectToPageResult Sent() => RedirectToPage("./RegisterConfirmation", new { returnUrl = ReturnUrl });

    private PageResult Refused(IEnumerable<IdentityError> errors)
    {
        foreach (var error in errors) ModelState.AddModelError(string.Empty, error.Description);
        return Page();
    }

    private string Local(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, StringLength(200, MinimumLength = 8, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password), Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";

        [Display(Name = "Mail me new picks once a week")]
        public bool WeeklyDigest { get; set; }
    }
}
