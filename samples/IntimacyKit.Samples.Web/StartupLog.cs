namespace IntimacyKit.Samples.Web;

/// <summary>What the app tells its operator at start-up.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No support contacts are configured (Support:Region, Support:Contacts): people who may be in danger "
        + "will see kinds of help but no numbers or services. Configure the real ones for your region before going live.")]
    public static partial void NoSupportContacts(ILogger logger);
}
