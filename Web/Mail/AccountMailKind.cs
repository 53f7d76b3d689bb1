namespace MusicRecommender.Web.Mail;

public enum AccountMailKind
{
    /// <summary>After registering, or asked for again: the link that confirms the address.</summary>
    ConfirmEmail = 0,

    /// <summary>"Forgot password": the link that sets a new one.</summary>
    ResetPassword = 1,

    /// <summary>Someone registered with an address that already has an account: its owner hears about it, the page says nothing.</summary>
    AlreadyRegistered = 2,
}
