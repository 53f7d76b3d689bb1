using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MusicRecommender.Web.Mail;

namespace MusicRecommender.Web.Areas.Identity.Pages.Account;

/// <summary>Scaffolded like "forgot password": the page queues the mail job, which finds out whether the address has an account.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(MailJobs mail) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid) return Page();
        mail.Account(AccountMailKind.ConfirmEmail, Input.Email);
        TempData["Status"] = "If that address has an account, a confirmation mail is on its way.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";
    }
}
