using Microsoft.AspNetCore.Identity;

namespace IntimacyKit.Samples.Web;

/// <summary>Confirmation and reset e-mails are written to the log in this sample, never sent.</summary>
internal sealed partial class LoggedEmailSender(ILogger<LoggedEmailSender> logger) : IEmailSender<IdentityUser>
{
    public Task SendConfirmationLinkAsync(IdentityUser user, string email, string confirmationLink)
    {
        Log(logger, "confirmation link", confirmationLink);
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(IdentityUser user, string email, string resetLink)
    {
        Log(logger, "password reset link", resetLink);
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(IdentityUser user, string email, string resetCode)
    {
        Log(logger, "password reset code", resetCode);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail not sent (sample): {What} {Value}")]
    private static partial void Log(ILogger logger, string what, string value);
}
