using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenApp.Integrations.Benchmarks.Baseline;
using OpenApp.Integrations.Benchmarks.Infrastructure;

namespace OpenApp.Integrations.Benchmarks.Benchmarks;

/// <summary>
/// <c>GET /integrations/{id}</c> against Kestrel on 127.0.0.1 over real sockets, with 1, 8 and 64 callers at once.
/// One operation is one request (each invocation runs <see cref="Requests"/> of them spread over the callers), so
/// Mean is the time per request at that concurrency and Req/s its inverse.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LoopbackConfig))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet disposes them in [GlobalCleanup].")]
public class Loopback
{
    /// <summary>Requests per invocation; a multiple of every concurrency level.</summary>
    public const int Requests = 512;

    private WebApplication _server = null!;
    private SocketsHttpHandler _handler = null!;
    private OpenAppClient _sdk = null!;
    private BaselineClient _baseline = null!;

    [Params(1, 8, 64)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.Run(context =>
        {
            var request = context.Request;
            var body = CannedHandler.BodyFor(new HttpMethod(request.Method), request.Path.Value + request.QueryString.Value);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        _server.StartAsync().GetAwaiter().GetResult();
        var address = _server.Urls.Single(); // the port Kestrel picked
        var root = address.TrimEnd('/') + "/api/v1";

        // One connection pool for both sides, as the in-memory benchmarks share one handler.
        _handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        _sdk = Clients.Sdk(_handler, new Uri(root));
        _baseline = Clients.Baseline(_handler, root);
        WarmUp.Run(
            async () => (await _sdk.Integrations.GetAsync(Payloads.IntegrationId).ConfigureAwait(false)).Value.Id.Length,
            async () => (await _baseline.GetIntegrationAsync(Payloads.IntegrationId).ConfigureAwait(false)).Id.Length);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _handler.Dispose();
        _server.StopAsync().GetAwaiter().GetResult();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public Task HandWritten() => RunAsync(static self => self._baseline.GetIntegrationAsync(Payloads.IntegrationId));

    [Benchmark(OperationsPerInvoke = Requests)]
    public Task Sdk() => RunAsync(static self => self._sdk.Integrations.GetAsync(Payloads.IntegrationId));

    private Task RunAsync(Func<Loopback, Task> call)
    {
        var callers = new Task[Concurrency];
        var each = Requests / Concurrency;
        for (var i = 0; i < callers.Length; i++)
        {
            callers[i] = CallerAsync(this, call, each);
        }

        return Task.WhenAll(callers);

        static async Task CallerAsync(Loopback self, Func<Loopback, Task> call, int count)
        {
            await Task.Yield(); // start every caller before the first request completes
            for (var i = 0; i < count; i++)
            {
                await call(self).ConfigureAwait(false);
            }
        }
    }

    private sealed class LoopbackConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public LoopbackConfig()
        {
            AddColumn(new RequestsPerSecondColumn(), new ThroughputRatioColumn());
        }
    }
}
