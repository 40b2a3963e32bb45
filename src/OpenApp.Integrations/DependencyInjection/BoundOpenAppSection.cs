using Microsoft.Extensions.Configuration;

namespace OpenApp.Integrations.DependencyInjection;

/// <summary>
/// A configuration section that a registration binds, one service per <c>AddOpenAppIntegrations(section)</c>. A
/// section may hold another registration's section (<c>OpenApp:SecondBuilding</c> inside <c>OpenApp</c>): the
/// check of unknown keys skips those instead of reporting them.
/// </summary>
internal sealed class BoundOpenAppSection(IConfiguration section)
{
    /// <summary>The section's path, or null for a configuration root (which nothing else can be nested in).</summary>
    public string? Path { get; } = (section as IConfigurationSection)?.Path;
}
