namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures IntimacyKit's services; returned by <see cref="IntimacyKitServiceCollectionExtensions.AddIntimacyKit"/>.</summary>
public interface IIntimacyKitBuilder
{
    /// <summary>The service collection IntimacyKit registers into.</summary>
    IServiceCollection Services { get; }
}
