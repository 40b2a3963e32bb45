using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace OpenApp.Integrations.Snippets.Infrastructure;

/// <summary>
/// A small stand-in for an OpenApp server on 127.0.0.1, so every snippet runs without an account: 120 integrations
/// per organization, pages capped at 50 items, 404 for unknown ids, 401/403 without a key or organization.
/// </summary>
internal sealed class LocalOpenApp : IDisposable
{
    private const int Integrations = 120;
    private const int MaxPage = 50;
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly string _secret = "local-" + Guid.NewGuid().ToString("N");

    public LocalOpenApp()
    {
        Origin = "http://127.0.0.1:" + FreePort();
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    /// <summary>An API key whose origin is this server.</summary>
    public string ApiKey => Origin + "_openapp_" + _secret;

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var (status, json) = Answer(context.Request);
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.Headers["X-Request-Id"] = Guid.NewGuid().ToString("N")[..12];
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (int Status, string Json) Answer(HttpListenerRequest request)
    {
        if (request.Headers["X-API-Key"] != ApiKey && request.Headers["Authorization"] != "Bearer " + ApiKey)
        {
            return (401, """{"message":"Invalid API key","error_code":"unauthorized"}""");
        }

        var org = request.Headers["X-Org"];
        if (string.IsNullOrEmpty(org))
        {
            return (403, """{"message":"X-Org header is required","error_code":"org_required"}""");
        }

        var path = request.Url!.AbsolutePath;
        var query = HttpUtility.ParseQueryString(request.Url.Query);
        if (request.HttpMethod == "GET" && path == "/api/v1/integrations")
        {
            var offset = int.Parse(query["offset"] ?? "0", CultureInfo.InvariantCulture);
            var limit = Math.Min(MaxPage, int.Parse(query["limit"] ?? "50", CultureInfo.InvariantCulture));
            var items = Enumerable.Range(offset + 1, Math.Max(0, Math.Min(limit, Integrations - offset))).Select(n => Integration(n, org));
            return (200, "{\"items\":[" + string.Join(",", items) + "],\"total\":" + Integrations + "}");
        }

        if (request.HttpMethod == "GET" && path.StartsWith("/api/v1/integrations/i", StringComparison.Ordinal) &&
            int.TryParse(path.AsSpan("/api/v1/integrations/i".Length), CultureInfo.InvariantCulture, out var number) &&
            number is >= 1 and <= Integrations)
        {
            return (200, Integration(number, org));
        }

        if (request.HttpMethod == "POST" && path == "/api/v1/integrations")
        {
            return (200, Integration(Integrations + 1, org));
        }

        return (404, """{"message":"Integration not found","error_code":"not_found"}""");
    }

    private static string Integration(int number, string org) =>
        $$$"""{"id":"i{{{number:D3}}}","org_id":"{{{org}}}","provider_type":"virtual_access","name":{"en":"Door {{{number}}}"},"enabled":true,"health":"ok","provider_type_name":{"en":"Virtual access"}}""";
}
