using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Web.Mail;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Scaffolded so that a known and an unknown address are treated alike here: the page only queues the mail job, which
/// looks the address up and sends the reset link if it has an account. Same answer, same work, same time.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(MailJobs mail) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid) return Page();
        mail.Account(AccountMailKind.ResetPassword, Input.Email);
        return RedirectToPage("./ForgotPasswordConfirmation");
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";
    }
}
