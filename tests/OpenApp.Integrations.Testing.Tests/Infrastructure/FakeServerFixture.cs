namespace OpenApp.Integrations.Testing.Tests.Infrastructure;

/// <summary>One fake server per test class (xunit class fixture); tests call <see cref="Reset"/> first.</summary>
public class FakeServerFixture : IAsyncLifetime
{
    protected virtual FakeOpenAppServerOptions Options => new();

    public FakeOpenAppServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeOpenAppServer.StartNewAsync(Options);

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Clears state, log and faults; returns the server.</summary>
    public FakeOpenAppServer Reset()
    {
        Server.Reset();
        return Server;
    }
}

/// <summary>A fake whose pages are capped at 3 items.</summary>
public sealed class SmallPagesFixture : FakeServerFixture
{
    public const int MaxPageSize = 3;

    protected override FakeOpenAppServerOptions Options => new() { MaxPageSize = MaxPageSize, DefaultPageSize = 2 };
}
