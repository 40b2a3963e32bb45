using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenApp.Integrations.AotSmoke;

/// <summary>
/// A tiny OpenApp stand-in on 127.0.0.1 (HttpListener, so it is AOT-safe itself): canned answers for the few routes
/// the smoke run calls, and a record of what each request carried.
/// </summary>
internal sealed class LocalFake : IDisposable
{
    public const string Secret = "AOT-smoke-s3cr3t-0a1b2c3d4e";
    public const string Org = "01HZX3K9Q7ORGAAAAAAAAAAAAA";

    private const string Integration =
        """{"id":"i1","org_id":"01HZX3K9Q7ORGAAAAAAAAAAAAA","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"Virtual"},"brand_new_field":{"x":1}}""";

    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LocalFake()
    {
        Origin = "http://127.0.0.1:" + FreePort();
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    public string ApiKey => Origin + "_openapp_" + Secret;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

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
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var request = context.Request;
            string body;
            using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync().ConfigureAwait(false);
            }

            Requests.Enqueue(new RecordedRequest(
                request.HttpMethod,
                request.Url!.PathAndQuery,
                request.Headers["X-API-Key"],
                request.Headers["X-Org"],
                request.Headers["User-Agent"],
                body));

            var (status, json) = (request.HttpMethod, request.Url.AbsolutePath) switch
            {
                ("GET", "/api/v1/integrations") => (200, "{\"items\":[" + Integration + "],\"total\":1}"),
                ("GET", "/api/v1/integrations/i1") => (200, Integration),
                ("PUT", "/api/v1/integrations/i1") => (200, Integration),
                ("GET", "/api/v1/integrations/busy") => (503, """{"message":"try later","error_code":"unavailable"}"""),
                _ => (404, """{"message":"no such integration","error_code":"not_found"}"""),
            };
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, string? ApiKey, string? Org, string? UserAgent, string Body);
