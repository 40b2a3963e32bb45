using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Tour;

namespace OpenApp.Integrations.Testing.Tests.Tour;

/// <summary>
/// The tour against a server that fails the first try of every request that is safe to repeat (GET, PUT, DELETE, and
/// POSTs the contract gives an <c>Idempotency-Key</c>): 503, or 429 with <c>Retry-After</c>. The SDK retries each, with
/// the same correlation id and key, waiting as long as the server asks, and the tour still reaches the end.
/// </summary>
public sealed class TourOnAFlakyServerTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public TourOnAFlakyServerTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task The_tour_survives_a_503_or_a_429_with_retry_after_on_the_first_try_of_every_idempotent_request()
    {
        FakeMode.Seed(_server);
        var flaky = IdempotentOperations().Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < flaky.Length; i++)
        {
            // Every other operation gets a rate limit that names its own wait; the rest a plain 503.
            var rateLimited = i % 2 == 0;
            _server.FailFirstAttempts(rateLimited ? 429 : 503, flaky[i], rateLimited ? TimeSpan.FromSeconds(2) : null);
        }

        var clock = new InstantClock();
        using var client = _server.CreateClient(configure: o =>
        {
            o.TimeProvider = clock;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(300);
            o.Retry.UseJitter = false;
            o.Retry.AttemptTimeout = null; // waits pass at once on this clock: a timeout would too
            o.Retry.OverallTimeout = null;
        });

        await TourRunner.RunAsync(client, TextWriter.Null);

        var toured = _server.Requests.Select(r => r.OperationId!).ToHashSet(StringComparer.Ordinal);
        foreach (var operation in flaky.Where(toured.Contains))
        {
            var requests = _server.RequestsFor(operation);
            Assert.True(requests.Count >= 2, $"{operation}: {requests.Count} request(s)");
            Assert.True(requests[0].ResponseStatus is 429 or 503, $"{operation}: first answer {requests[0].ResponseStatus}");
            Assert.Equal(requests[0].Headers["X-Correlation-Id"], requests[1].Headers["X-Correlation-Id"]);
            if (requests[0].Headers.TryGetValue("Idempotency-Key", out var key))
            {
                Assert.Equal(key, requests[1].Headers["Idempotency-Key"]);
            }
        }

        // The server's Retry-After was waited for (2 s) and the backoff used otherwise (300 ms).
        Assert.Contains(TimeSpan.FromSeconds(2), clock.Waits);
        Assert.Contains(TimeSpan.FromMilliseconds(300), clock.Waits);
        Assert.True(flaky.Count(toured.Contains) >= toured.Count / 2, "the tour reached too few of the flaky operations");
    }

    // GET, PUT and DELETE, and every POST or PATCH whose contract declares Idempotency-Key (the SDK sends one).
    private static IEnumerable<string> IdempotentOperations()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "OpenApp.Integrations.sln")))
        {
            root = root.Parent ?? throw new DirectoryNotFoundException("No OpenApp.Integrations.sln above the test's folder.");
        }

        var bundle = JsonNode.Parse(File.ReadAllText(Path.Combine(root.FullName, "openapi", "openapp-integrations.json")))!;
        foreach (var (_, item) in bundle["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var declaresKey = operation!["parameters"]?.AsArray()
                    .Any(p => (string?)p!["name"] == "Idempotency-Key" && (string?)p["in"] == "header") == true;
                if (method is "get" or "put" or "delete" || declaresKey)
                {
                    yield return (string)operation["operationId"]!;
                }
            }
        }
    }

    /// <summary>A clock on which every wait ends at once; it remembers how long each one was meant to be.</summary>
    private sealed class InstantClock : TimeProvider
    {
        private readonly ConcurrentQueue<TimeSpan> _waits = new();

        public IReadOnlyCollection<TimeSpan> Waits => _waits.ToArray();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _waits.Enqueue(dueTime);
            }

            return System.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
        }
    }
}
