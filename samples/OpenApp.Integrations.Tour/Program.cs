using OpenApp.Integrations;
using OpenApp.Integrations.Testing;
using OpenApp.Integrations.Tour;

// The tour. With nothing configured it starts an in-process fake OpenApp server and walks the whole SDK against it.
// With OPENAPP_API_KEY (and OPENAPP_ORG, optionally OPENAPP_BASE_URL) it walks the same path against that server.
var apiKey = Environment.GetEnvironmentVariable("OPENAPP_API_KEY");
FakeOpenAppServer? fake = null;
ITourGuest? guest = null;
OpenAppClient client;
if (string.IsNullOrWhiteSpace(apiKey))
{
    fake = await FakeMode.StartAsync();
    client = fake.CreateClient();
    guest = new FakeGuest(fake);
    Console.WriteLine($"OPENAPP_API_KEY is not set: touring an in-process fake server at {fake.BaseUrl}.");
    Console.WriteLine(FakeMode.Description);
}
else
{
    var organization = Environment.GetEnvironmentVariable("OPENAPP_ORG");
    if (string.IsNullOrWhiteSpace(organization))
    {
        Console.Error.WriteLine("OPENAPP_ORG must name the organization (X-Org) when OPENAPP_API_KEY is set.");
        return 2;
    }

    var baseUrl = Environment.GetEnvironmentVariable("OPENAPP_BASE_URL");
    try
    {
        client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = apiKey,
            OrganizationId = organization.Trim(),
            BaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null : new Uri(baseUrl.Trim(), UriKind.Absolute),
        });
    }
    catch (Exception ex) when (ex is ArgumentException or UriFormatException)
    {
        // The SDK's messages never contain the key.
        Console.Error.WriteLine("Bad configuration: " + ex.Message);
        return 2;
    }
}

try
{
    await TourRunner.RunAsync(client, Console.Out, guest);
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"The tour stopped: {ex.GetType().Name}: {ex.Message}");
    if (ex is OpenAppApiException api)
    {
        Console.Error.WriteLine($"  status {api.Status}, error code {api.ErrorCode ?? "none"}, request id {api.RequestId ?? "none"}");
    }

    for (var cause = ex.InnerException; cause is not null; cause = cause.InnerException)
    {
        Console.Error.WriteLine($"  caused by {cause.GetType().Name}: {cause.Message}");
    }

    return 1;
}
finally
{
    client.Dispose();
    if (fake is not null)
    {
        await fake.DisposeAsync();
    }
}
