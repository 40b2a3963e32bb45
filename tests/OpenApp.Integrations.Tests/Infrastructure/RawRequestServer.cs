using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// A Kestrel listener on 127.0.0.1 (port 0) that records each request target exactly as it arrived on the socket
/// (<see cref="IHttpRequestFeature.RawTarget"/>). WireMock logs decoded and normalised paths, which would hide an id
/// that .NET or a proxy turns into another route.
/// </summary>
public sealed class RawRequestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RawRequest> _requests = new();

    private RawRequestServer(WebApplication app) => _app = app;

    /// <summary>The origin, e.g. http://127.0.0.1:40123.</summary>
    public string Origin { get; private set; } = string.Empty;

    /// <summary>An API key naming this server.</summary>
    public string ApiKey => Origin + "_openapp_" + TestKeys.Secret;

    /// <summary>The requests received so far, in order.</summary>
    public IReadOnlyList<RawRequest> Requests => _requests.ToArray();

    /// <summary>Starts a listener that answers every request with <paramref name="status"/> and <paramref name="json"/>.</summary>
    public static async Task<RawRequestServer> StartAsync(int status = 200, string json = "{}")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new RawRequestServer(app);
        app.Run(async context =>
        {
            var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
            server._requests.Enqueue(new RawRequest(context.Request.Method, raw, context.Request.Headers["X-Org"].ToString()));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        await app.StartAsync();
        server.Origin = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>A client whose key names this server.</summary>
    public OpenAppClient CreateClient(string? organizationId = TestKeys.Org) =>
        new(new OpenAppClientOptions { ApiKey = ApiKey, OrganizationId = organizationId });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as it arrived.</summary>
/// <param name="Method">The method.</param>
/// <param name="RawTarget">The request target, byte for byte (path and query, still escaped).</param>
/// <param name="Organization">The X-Org header, empty when absent.</param>
public sealed record RawRequest(string Method, string RawTarget, string Organization);
