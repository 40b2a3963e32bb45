using OpenApp.Integrations.Testing;

namespace OpenApp.Integrations.Snippets.Infrastructure;

/// <summary>
/// Where the snippets connect: the account in <c>OPENAPP_API_KEY</c> / <c>OPENAPP_ORG_ID</c> (and optionally
/// <c>OPENAPP_SECOND_ORG_ID</c>) when set, else the SDK's fake server (OpenApp.Integrations.Testing) on 127.0.0.1.
/// </summary>
internal sealed class Connection : IAsyncDisposable
{
    private Connection(string apiKey, string organizationId, string secondOrganizationId, FakeOpenAppServer? fake)
    {
        ApiKey = apiKey;
        OrganizationId = organizationId;
        SecondOrganizationId = secondOrganizationId;
        Fake = fake;
    }

    /// <summary>For snippets that talk to no server.</summary>
    public static Connection None { get; } = new(string.Empty, string.Empty, string.Empty, null);

    public string ApiKey { get; }

    public string OrganizationId { get; }

    public string SecondOrganizationId { get; }

    /// <summary>The fake server, or null on a real account (snippets then skip what only a fake can do).</summary>
    public FakeOpenAppServer? Fake { get; }

    public static async Task<Connection> OpenAsync()
    {
        var apiKey = Environment.GetEnvironmentVariable("OPENAPP_API_KEY");
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            var organization = Environment.GetEnvironmentVariable("OPENAPP_ORG_ID") ?? throw new InvalidOperationException("Set OPENAPP_ORG_ID too.");
            return new Connection(apiKey, organization, Environment.GetEnvironmentVariable("OPENAPP_SECOND_ORG_ID") ?? organization, null);
        }

        // Pages capped at 50, so 120 integrations take three pages whatever limit a snippet asks for.
        var fake = await FakeOpenAppServer.StartNewAsync(new FakeOpenAppServerOptions { MaxPageSize = 50 });
        fake.SeedIntegrations(120, namePrefix: "Door");
        fake.SeedIntegrations(3, FakeOpenAppServer.OtherOrganizationId, namePrefix: "Gate");
        Console.WriteLine($"(OPENAPP_API_KEY is not set: using the fake server at {fake.BaseUrl})");
        return new Connection(fake.ApiKey, FakeOpenAppServer.DefaultOrganizationId, FakeOpenAppServer.OtherOrganizationId, fake);
    }

    public ValueTask DisposeAsync() => Fake?.DisposeAsync() ?? ValueTask.CompletedTask;
}
