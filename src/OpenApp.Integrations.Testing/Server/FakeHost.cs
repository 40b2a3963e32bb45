using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenApp.Integrations.Testing.Server;

/// <summary>Kestrel on 127.0.0.1 with a port the OS picks, running one request delegate. Quiet: no logging providers.</summary>
internal sealed class FakeHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:53124</c>.</summary>
    public Uri BaseUrl { get; }

    public static async Task<FakeHost> StartAsync(Func<Microsoft.AspNetCore.Http.HttpContext, Task> handler, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = Array.Empty<string>(),
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
            kestrel.AddServerHeader = false;
        });

        var app = builder.Build();
        app.Run(context => handler(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without an address.");
        return new FakeHost(app, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal), UriKind.Absolute));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
