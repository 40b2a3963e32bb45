using System.Collections.Concurrent;
using System.Net;
using System.Text;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.DependencyInjection;

/// <summary>
/// Without DI the SDK puts every client on one pooled <see cref="SocketsHttpHandler"/>: observable as two clients
/// reusing one TCP connection (the server sees the same client port), where a client with its own handler opens another.
/// </summary>
public sealed class SharedHandlerTests
{
    [Fact]
    public async Task Clients_built_without_an_http_client_share_one_connection_pool()
    {
        using var server = new PortRecordingServer();
        var options = new OpenAppClientOptions { ApiKey = server.ApiKey, OrganizationId = TestKeys.Org };
        using var first = new OpenAppClient(options);
        using var second = new OpenAppClient(options);
        using var ownHttpClient = new HttpClient();
        using var third = new OpenAppClient(options, ownHttpClient);

        await first.Integrations.GetAsync("i1");
        await second.Integrations.GetAsync("i1");
        await third.Integrations.GetAsync("i1");

        var ports = server.ClientPorts.ToArray();
        Assert.Equal(3, ports.Length);
        Assert.Equal(ports[0], ports[1]);
        Assert.NotEqual(ports[0], ports[2]);
    }

    /// <summary>A keep-alive HTTP server on 127.0.0.1 that answers one integration and notes each caller's port.</summary>
    private sealed class PortRecordingServer : IDisposable
    {
        private static readonly byte[] s_body = Encoding.UTF8.GetBytes(
            """{"id":"i1","org_id":"o","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"}}""");

        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public PortRecordingServer()
        {
            var port = Diagnostics.LoggingTests.ClosedPort();
            Origin = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Origin + "/");
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public string Origin { get; }

        public string ApiKey => Origin + "_openapp_" + TestKeys.Secret;

        public ConcurrentQueue<int> ClientPorts { get; } = new();

        public void Dispose()
        {
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
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

                ClientPorts.Enqueue(context.Request.RemoteEndPoint.Port);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = s_body.Length;
                await context.Response.OutputStream.WriteAsync(s_body);
                context.Response.Close();
            }
        }
    }
}
