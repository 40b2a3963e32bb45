using System.Text;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Tests.Diagnostics;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// No response can exhaust memory: a declared length above the limit fails before reading, an endless or decompressing
/// body stops at the limit (counted after decompression), nothing is retried, and the heap is back near where it
/// started after a full collection. These tests measure process-wide allocation, so they run alone; the bounds leave
/// room for the runtime's own allocations (a body read without a limit allocates and keeps gigabytes, far beyond them).
/// </summary>
[Collection(HeapMeasurements.Name)]
public sealed class OversizedBodyTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public async Task A_declared_length_above_the_limit_fails_before_the_body_is_read()
    {
        // Two GiB announced, two bytes sent: reading would hang or allocate for ever; the SDK never starts.
        using var server = new HostileServer(a => a.WriteAsync(HostileServer.Head("200 OK", "Content-Type: application/json", "Content-Length: 2147483648").Concat("{}"u8.ToArray()).ToArray()));
        using var client = Client(server);

        var ex = await Assert.ThrowsAsync<OpenAppResponseTooLargeException>(() => client.Integrations.GetAsync("i1"));

        Assert.Equal(OpenAppClientOptions.DefaultMaxResponseBodyBytes, ex.Limit);
        Assert.Equal(2147483648L, ex.DeclaredLength);
        Assert.Contains("OpenAppClientOptions.MaxResponseBodyBytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains(OpenAppClientOptions.DefaultMaxResponseBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Equal("get_integration", ex.OperationName);
        Assert.Single(server.Requests); // never retried
    }

    [Fact]
    public async Task An_endless_chunked_body_stops_at_the_limit_and_the_heap_comes_back()
    {
        using var server = new HostileServer(async a =>
        {
            await a.WriteAsync(HostileServer.Head("200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked"));
            var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string(' ', 0x10000) + "\r\n");
            while (!a.Stop.IsCancellationRequested)
            {
                await a.WriteAsync(chunk); // until the client hangs up
            }
        });
        using var client = Client(server);

        var (ex, allocated, retained) = await MeasureAsync(() => Assert.ThrowsAsync<OpenAppResponseTooLargeException>(() => client.Integrations.GetAsync("i1")));

        Assert.Null(ex.DeclaredLength);
        Assert.Single(server.Requests);
        Assert.True(allocated < 5 * OpenAppClientOptions.DefaultMaxResponseBodyBytes, $"allocated {allocated / MiB} MiB while reading a body capped at 16 MiB");
        Assert.True(retained < 8 * MiB, $"{retained / MiB} MiB still held after a full collection");
    }

    [Fact]
    public async Task A_gzip_bomb_is_counted_after_decompression()
    {
        // 256 MiB of zeros in about 256 KiB on the wire; the SDK's handler decompresses it.
        var bomb = HostileServer.GzipBomb(256 * 1024 * 1024);
        using var server = new HostileServer(a => a.WriteAsync([.. HostileServer.Head("200 OK", "Content-Type: application/json", "Content-Encoding: gzip", $"Content-Length: {bomb.Length}"), .. bomb]));
        using var client = Client(server);

        var (ex, allocated, retained) = await MeasureAsync(() => Assert.ThrowsAsync<OpenAppResponseTooLargeException>(() => client.Integrations.GetAsync("i1")));

        Assert.Equal(OpenAppClientOptions.DefaultMaxResponseBodyBytes, ex.Limit);
        Assert.Single(server.Requests);
        Assert.True(allocated < 5 * OpenAppClientOptions.DefaultMaxResponseBodyBytes, $"allocated {allocated / MiB} MiB");
        Assert.True(retained < 8 * MiB, $"{retained / MiB} MiB still held after a full collection");
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_read_and_one_byte_more_is_too_large()
    {
        var limit = 4096L;
        var fits = "\"" + new string('a', (int)limit - 2) + "\"";
        using var server = new HostileServer(a => a.WriteAsync(a.RequestHead.Contains("/fits", StringComparison.Ordinal)
            ? Chunked(fits)
            : Chunked(fits + " ")));
        using var client = Client(server, o => o.MaxResponseBodyBytes = limit);
        var spec = new Transport.RequestSpec(HttpMethod.Get, "/fits", "fits") { RequiresOrganization = false };
        var over = new Transport.RequestSpec(HttpMethod.Get, "/over", "over") { RequiresOrganization = false };

        var value = await client.Transport.SendAsync(spec, Serialization.OpenAppJson.TypeInfo<string>());
        var ex = await Assert.ThrowsAsync<OpenAppResponseTooLargeException>(() => client.Transport.SendAsync(over, Serialization.OpenAppJson.TypeInfo<string>()));

        Assert.Equal((int)limit - 2, value.Value.Length);
        Assert.Equal(limit, ex.Limit);

        static byte[] Chunked(string body) => [.. HostileServer.Head("200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked"),
            .. Encoding.ASCII.GetBytes($"{Encoding.UTF8.GetByteCount(body):x}\r\n{body}\r\n0\r\n\r\n")];
    }

    [Fact]
    public async Task A_huge_error_body_is_read_no_further_than_its_cap_even_with_body_logging_on()
    {
        using var server = new HostileServer(async a =>
        {
            await a.WriteAsync(HostileServer.Head("500 Internal Server Error", "Content-Type: text/html", "Content-Length: 209715200"));
            var block = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            for (var sent = 0; sent < 200 * MiB && !a.Stop.IsCancellationRequested; sent += block.Length)
            {
                await a.WriteAsync(block);
            }
        });
        using var logs = new CapturedLogs();
        using var client = Client(server, o =>
        {
            o.Retry.MaxRetries = 0;
            o.LoggerFactory = logs.Factory;
            o.Logging.LogBodies = true;
        });

        var (ex, allocated, retained) = await MeasureAsync(() => Assert.ThrowsAsync<OpenAppServerException>(() => client.Integrations.GetAsync("i1")));

        Assert.Equal(500, ex.Status);
        Assert.Equal(OpenAppApiException.MaxRawBodyLength, ex.RawBody!.Length);
        var logged = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseBody));
        Assert.True(logged.Message.Length < OpenAppLoggingOptions.DefaultMaxBodyLength + 200, $"a {logged.Message.Length}-character log line");
        Assert.True(allocated < 16 * MiB, $"allocated {allocated / MiB} MiB for a 200 MB error body");
        Assert.True(retained < 8 * MiB, $"{retained / MiB} MiB still held after a full collection");
    }

    private static OpenAppClient Client(HostileServer server, Action<OpenAppClientOptions>? configure = null)
    {
        var options = new OpenAppClientOptions { ApiKey = server.ApiKey, OrganizationId = TestKeys.Org };
        configure?.Invoke(options);
        return new OpenAppClient(options);
    }

    // What the call allocated in all (process-wide: this collection runs alone) and what stayed after a full GC. The
    // runtime's own work (thread-pool threads finishing, the connection pool's drain of the abandoned body, timers) can
    // hold a few MiB for a moment, so the heap is allowed to settle over up to two seconds and the lowest reading counts;
    // a leak (an array kept in a pool) stays put however long it is given.
    private static async Task<(T Result, long Allocated, long Retained)> MeasureAsync<T>(Func<Task<T>> call)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = await call();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = long.MaxValue;
        for (var round = 0; round < 10 && retained >= 2 * MiB; round++)
        {
            if (round > 0)
            {
                await Task.Delay(200);
            }

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            retained = Math.Min(retained, GC.GetTotalMemory(forceFullCollection: true) - before);
        }

        return (result, allocated, retained);
    }
}

/// <summary>Tests that measure process-wide allocations: nothing else may run beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurements
{
    public const string Name = "Heap measurements";
}
