using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Diagnostics;

public sealed class TelemetryTests : IClassFixture<WireMockFixture>
{
    private const string IntegrationJson =
        """{"id":"i1","org_id":"o","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"}}""";

    private readonly WireMockFixture _fake;

    public TelemetryTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    private int Port => _fake.ApiRoot.Port;

    [Fact]
    public async Task Each_operation_is_one_client_span_with_operation_method_template_status_and_org()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet()).RespondWith(Json(200, IntegrationJson));
        using var spans = new SpanRecorder(Port);
        using var client = _fake.CreateClient();

        await client.Integrations.GetAsync("i1");

        var span = Assert.Single(spans.Ours);
        Assert.Equal("get_integration", span.OperationName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(OpenAppDiagnostics.ActivitySourceName, span.Source.Name);
        Assert.Equal("get_integration", span.GetTagItem(OpenAppDiagnostics.Tags.Operation));
        Assert.Equal("GET", span.GetTagItem(OpenAppDiagnostics.Tags.HttpMethod));
        Assert.Equal("/integrations/{id}", span.GetTagItem(OpenAppDiagnostics.Tags.UrlTemplate));
        Assert.Equal(200, span.GetTagItem(OpenAppDiagnostics.Tags.StatusCode));
        Assert.Equal(TestKeys.Org, span.GetTagItem(OpenAppDiagnostics.Tags.OrganizationId));
        Assert.Equal(1, span.GetTagItem(OpenAppDiagnostics.Tags.Attempt));
        Assert.Null(span.GetTagItem(OpenAppDiagnostics.Tags.ErrorType));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Empty(span.Events);

        // The runtime's HTTP span of the attempt sits below the operation's span.
        var http = Assert.Single(spans.Http);
        Assert.Equal(span.SpanId, http.ParentSpanId);
    }

    [Fact]
    public async Task A_failed_operation_carries_the_error_type_and_the_per_call_org()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/missing").UsingGet())
            .RespondWith(Json(404, """{"message":"no such integration","error_code":"not_found"}"""));
        using var spans = new SpanRecorder(Port);
        using var client = _fake.CreateClient();

        await Assert.ThrowsAnyAsync<OpenAppApiException>(() =>
            client.Integrations.GetAsync("missing", requestOptions: new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg }));

        var span = Assert.Single(spans.Ours);
        Assert.Equal(404, span.GetTagItem(OpenAppDiagnostics.Tags.StatusCode));
        Assert.Equal("404", span.GetTagItem(OpenAppDiagnostics.Tags.ErrorType));
        Assert.Equal("not_found", span.GetTagItem(OpenAppDiagnostics.Tags.ErrorCode));
        Assert.Equal(TestKeys.OtherOrg, span.GetTagItem(OpenAppDiagnostics.Tags.OrganizationId));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task A_body_that_cannot_be_decoded_fails_the_span_with_the_exception_type()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet()).RespondWith(Json(200, "{not json"));
        using var spans = new SpanRecorder(Port);
        using var client = _fake.CreateClient();

        await Assert.ThrowsAsync<OpenAppSerializationException>(() => client.Integrations.GetAsync("i1"));

        var span = Assert.Single(spans.Ours);
        Assert.Equal(200, span.GetTagItem(OpenAppDiagnostics.Tags.StatusCode));
        Assert.Equal(typeof(OpenAppSerializationException).FullName, span.GetTagItem(OpenAppDiagnostics.Tags.ErrorType));
    }

    [Fact]
    public async Task The_process_wide_meter_records_one_duration_per_call_with_its_outcome()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet()).RespondWith(Json(200, IntegrationJson));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/missing").UsingGet()).RespondWith(Json(404, "{}"));
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OpenAppDiagnostics.MeterName && instrument.Meter.Scope is null)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }

            // Other test classes use the same meter against other servers.
            if (Equals(map.GetValueOrDefault(OpenAppDiagnostics.Tags.ServerPort), Port))
            {
                measurements.Enqueue((instrument.Name, value, map));
            }
        });
        listener.Start();
        using var client = _fake.CreateClient();

        await client.Integrations.GetAsync("i1");
        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.GetAsync("missing"));

        Assert.Equal(2, measurements.Count);
        Assert.All(measurements, m => Assert.Equal(OpenAppDiagnostics.RequestDurationMetric, m.Instrument));
        Assert.All(measurements, m => Assert.True(m.Value >= 0));
        var ok = measurements.Single(m => Equals(m.Tags[OpenAppDiagnostics.Tags.StatusCode], 200));
        Assert.Equal("get_integration", ok.Tags[OpenAppDiagnostics.Tags.Operation]);
        Assert.Equal("GET", ok.Tags[OpenAppDiagnostics.Tags.HttpMethod]);
        Assert.Equal("/integrations/{id}", ok.Tags[OpenAppDiagnostics.Tags.UrlTemplate]);
        Assert.False(ok.Tags.ContainsKey(OpenAppDiagnostics.Tags.ErrorType));
        Assert.False(ok.Tags.ContainsKey(OpenAppDiagnostics.Tags.OrganizationId)); // unbounded: spans only
        var failed = measurements.Single(m => Equals(m.Tags[OpenAppDiagnostics.Tags.StatusCode], 404));
        Assert.Equal("404", failed.Tags[OpenAppDiagnostics.Tags.ErrorType]);
    }

    [Fact]
    public async Task With_a_meter_factory_the_duration_goes_to_that_factorys_meter()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet()).RespondWith(Json(200, IntegrationJson));
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var durations = new MetricCollector<double>(meterFactory, OpenAppDiagnostics.MeterName, OpenAppDiagnostics.RequestDurationMetric);
        using var client = _fake.CreateClient(configure: o => o.MeterFactory = meterFactory);

        await client.Integrations.GetAsync("i1");

        var measurement = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.Equal("get_integration", measurement.Tags[OpenAppDiagnostics.Tags.Operation]);
        Assert.Equal(200, measurement.Tags[OpenAppDiagnostics.Tags.StatusCode]);
    }

    [Fact]
    public async Task A_second_attempt_is_a_retry_event_on_the_span_a_retry_count_and_a_warning()
    {
        // A real retry: the first attempt gets a 503 that asks for no wait (Retry-After: 0), the second a 200.
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .InScenario("retry-telemetry").WillSetStateTo("answered once")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .InScenario("retry-telemetry").WhenStateIs("answered once")
            .RespondWith(Json(200, IntegrationJson));
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var retries = new MetricCollector<long>(meterFactory, OpenAppDiagnostics.MeterName, OpenAppDiagnostics.RetryCountMetric);
        using var logs = new CapturedLogs();
        using var spans = new SpanRecorder(Port);
        using var client = _fake.CreateClient(configure: o =>
        {
            o.LoggerFactory = logs.Factory;
            o.MeterFactory = meterFactory;
        });

        await client.Integrations.GetAsync("i1");

        var retry = Assert.Single(retries.GetMeasurementSnapshot());
        Assert.Equal(1, retry.Value);
        Assert.Equal("get_integration", retry.Tags[OpenAppDiagnostics.Tags.Operation]);
        var span = Assert.Single(spans.Ours);
        var retryEvent = Assert.Single(span.Events);
        Assert.Equal(OpenAppDiagnostics.RetryEventName, retryEvent.Name);
        Assert.Equal(2, retryEvent.Tags.Single(t => t.Key == OpenAppDiagnostics.Tags.Attempt).Value);
        Assert.Equal("503", retryEvent.Tags.Single(t => t.Key == "openapp.previous_outcome").Value);
        Assert.Equal(2, span.GetTagItem(OpenAppDiagnostics.Tags.Attempt));
        Assert.Equal(200, span.GetTagItem(OpenAppDiagnostics.Tags.StatusCode));
        var warning = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.Retrying));
        Assert.Equal("2", warning.GetStructuredStateValue("Attempt"));
        Assert.Equal("503", warning.GetStructuredStateValue("PreviousOutcome"));
        Assert.Equal(2, logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseReceived).Count);
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    /// <summary>Records the SDK's spans (and the runtime's HTTP spans) that went to one fake server.</summary>
    private sealed class SpanRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _ours = new();
        private readonly ConcurrentQueue<Activity> _http = new();

        public SpanRecorder(int port)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is OpenAppDiagnostics.ActivitySourceName or "System.Net.Http",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (activity.Source.Name == OpenAppDiagnostics.ActivitySourceName)
                    {
                        if (Equals(activity.GetTagItem(OpenAppDiagnostics.Tags.ServerPort), port))
                        {
                            _ours.Enqueue(activity);
                        }
                    }
                    else if (Equals(activity.GetTagItem("server.port"), port))
                    {
                        _http.Enqueue(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> Ours => _ours.ToList();

        public IReadOnlyList<Activity> Http => _http.ToList();

        public void Dispose() => _listener.Dispose();
    }
}
