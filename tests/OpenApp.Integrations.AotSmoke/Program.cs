// End-to-end use of the SDK under Native AOT against a local fake: direct client, DI client bound from configuration,
// configuration validation, errors, logging, tracing. Exits 0 when every check holds, 1 otherwise (the failed checks are printed).
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenApp.Integrations;
using OpenApp.Integrations.AotSmoke;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Models;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine((condition ? "ok   " : "FAIL ") + what);
    if (!condition)
    {
        failures.Add(what);
    }
}

using var fake = new LocalFake();
var spans = new List<Activity>();
using var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == OpenAppDiagnostics.ActivitySourceName,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
};
ActivitySource.AddActivityListener(listener);
var logs = new CountingLoggerProvider();
using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));

// 1. A client built directly.
using (var client = new OpenAppClient(new OpenAppClientOptions
{
    ApiKey = fake.ApiKey,
    OrganizationId = LocalFake.Org,
    LoggerFactory = loggerFactory,
    Logging = { LogBodies = true },
}))
{
    var page = (await client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 10, Query = "lobby" })).Value;
    Check(page.Items.Count == 1 && page.Total == 1, "list decodes a page");
    Check(page.Items[0].Name.Get("en") == "Lobby", "localized names decode");
    var integration = (await client.Integrations.GetAsync("i1")).Value;
    Check(integration.ProviderType.Value == "virtual_access", "get decodes an integration");
    var updated = (await client.Integrations.UpdateAsync("i1", new UpdateIntegrationRequest { Enabled = false })).Value;
    Check(updated.Id == "i1", "update round-trips");
    try
    {
        await client.Integrations.GetAsync("missing");
        Check(false, "a 404 raises OpenAppApiException");
    }
    catch (OpenAppApiException ex)
    {
        Check(ex.Status == 404 && ex.ErrorCode == "not_found", "a 404 raises OpenAppApiException with its error code");
    }
}

var sent = fake.Requests.ToArray();
Check(sent.Length == 4, "four requests reached the fake");
Check(sent.All(r => r.ApiKey == fake.ApiKey && r.Org == LocalFake.Org), "every request carries X-API-Key and X-Org");
Check(sent[0].PathAndQuery == "/api/v1/integrations?include_deleted=false&only_deleted=false&limit=10&offset=0&q=lobby",
    "the list query is flat and exact");
Check(sent[2].Body == """{"enabled":false}""", "a partial update sends only the field that was set");
Check(sent.All(r => r.UserAgent?.StartsWith("openapp-sdk-dotnet/", StringComparison.Ordinal) == true), "User-Agent names the SDK");

// 2. A client from the container, every setting bound from a section (the binder's source-generated code).
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["OpenApp:ApiKey"] = fake.ApiKey,
        ["OpenApp:ApiKeyHeader"] = "XApiKey",
        ["OpenApp:OrganizationId"] = LocalFake.Org,
        ["OpenApp:UserAgentSuffix"] = "aot-smoke/1.0",
        ["OpenApp:MaxResponseBodyBytes"] = "1048576",
        ["OpenApp:AllowInsecureHttp"] = "false",
        ["OpenApp:Retry:MaxRetries"] = "1",
        ["OpenApp:Retry:BaseDelay"] = "00:00:00.010",
        ["OpenApp:Retry:MaxDelay"] = "00:00:00.050",
        ["OpenApp:Retry:UseJitter"] = "false",
        ["OpenApp:Retry:MaxRetryAfter"] = "00:00:05",
        ["OpenApp:Retry:AttemptTimeout"] = "00:00:10",
        ["OpenApp:Retry:OverallTimeout"] = "",
        ["OpenApp:Logging:LogBodies"] = "true",
        ["OpenApp:Logging:MaxBodyLength"] = "256",
        ["OpenApp:Logging:AllowedHeaderNames:0"] = "X-Smoke",
    })
    .Build();
var services = new ServiceCollection();
services.AddSingleton<ILoggerFactory>(loggerFactory);
services.AddOpenAppIntegrations(configuration.GetSection("OpenApp"));
await using (var provider = services.BuildServiceProvider())
{
    var options = provider.GetRequiredService<IOptions<OpenAppClientOptions>>().Value;
    Check(options.Retry.MaxRetries == 1 && options.Retry.BaseDelay == TimeSpan.FromMilliseconds(10) && !options.Retry.UseJitter
          && options.Retry.AttemptTimeout == TimeSpan.FromSeconds(10) && options.Retry.OverallTimeout is null,
        "retries and timeouts bind from the section (an empty timeout is none)");
    Check(options.MaxResponseBodyBytes == 1048576 && options.Logging.MaxBodyLength == 256 && options.Logging.AllowedHeaderNames.Contains("X-Smoke"),
        "size limits and logging bind from the section");
    var client = provider.GetRequiredService<OpenAppClient>();
    Check(ReferenceEquals(client, provider.GetRequiredService<OpenAppClient>()), "the DI client is a singleton");
    var integration = (await client.Integrations.GetAsync("i1")).Value;
    Check(integration.Id == "i1", "the DI client calls the fake");
    try
    {
        await client.Integrations.GetAsync("busy");
        Check(false, "a 503 raises OpenAppServerException");
    }
    catch (OpenAppServerException ex)
    {
        Check(ex.Status == 503, "a 503 raises OpenAppServerException");
    }

    var busy = fake.Requests.Where(r => r.PathAndQuery == "/api/v1/integrations/busy").ToArray();
    Check(busy.Length == 2, "Retry:MaxRetries = 1 from the section: one retry of a 503");
    Check(busy.All(r => r.UserAgent?.EndsWith(" aot-smoke/1.0", StringComparison.Ordinal) == true), "UserAgentSuffix binds from the section");
}

// 3. A misspelled key stops the container's client with a message that names it.
var typo = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["OpenApp:ApiKey"] = fake.ApiKey,
        ["OpenApp:Retry:MaxRetrys"] = "1",
    })
    .Build();
await using (var provider = new ServiceCollection().AddOpenAppIntegrations(typo.GetSection("OpenApp")).Services.BuildServiceProvider())
{
    try
    {
        provider.GetRequiredService<OpenAppClient>();
        Check(false, "a misspelled key fails validation");
    }
    catch (OptionsValidationException ex)
    {
        Check(ex.Message.Contains("OpenApp:Retry:MaxRetrys is not an OpenApp setting; did you mean OpenApp:Retry:MaxRetries?", StringComparison.Ordinal)
              && !ex.Message.Contains(LocalFake.Secret, StringComparison.Ordinal),
            "a misspelled key fails validation naming the key, never the API key");
    }
}

lock (spans)
{
    Check(spans.Count == 6, "one span per operation (six calls)");
    Check(spans.Any(s => s.OperationName == "get_integration" && (string?)s.GetTagItem("url.template") == "/integrations/{id}"), "spans carry the URL template");
    Check(spans.Any(s => (string?)s.GetTagItem("error.type") == "404"), "the failed call's span has error.type");
}

var lines = logs.Lines.ToArray();
Check(lines.Any(l => l.EventId == OpenAppDiagnostics.LogEvents.ResponseReceived), "responses are logged");
Check(lines.Any(l => l.EventId == OpenAppDiagnostics.LogEvents.ResponseBody), "bodies are logged when asked");
Check(lines.All(l => !l.Message.Contains(LocalFake.Secret, StringComparison.Ordinal)), "no log line contains the API key");

if (failures.Count > 0)
{
    Console.WriteLine($"AOT smoke: {failures.Count} check(s) failed");
    return 1;
}

Console.WriteLine("AOT smoke: all checks passed");
return 0;
