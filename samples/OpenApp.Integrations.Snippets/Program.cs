// Runs one snippet: dotnet run --project samples/OpenApp.Integrations.Snippets -- <name>
using OpenApp.Integrations.Snippets;
using OpenApp.Integrations.Snippets.Infrastructure;

var snippets = new Dictionary<string, Func<Connection, Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["hello"] = c => HelloWorld.RunAsync(c.ApiKey, c.OrganizationId),
    ["paging"] = c => Paging.RunAsync(c.ApiKey, c.OrganizationId),
    ["organizations"] = c => Organizations.RunAsync(c.ApiKey, c.OrganizationId, c.SecondOrganizationId),
    ["errors"] = c => ErrorHandling.RunAsync(c.ApiKey, c.OrganizationId, c.Fake),
    ["retries"] = c => Retries.RunAsync(c.ApiKey, c.OrganizationId, c.Fake),
    ["worker"] = c => WorkerService.RunAsync(c.ApiKey, c.OrganizationId, c.SecondOrganizationId),
    ["mocking"] = _ => Mocking.RunAsync(),
    ["readme"] = c => ReadmeExamples.Examples.RunAsync(c.ApiKey, c.OrganizationId),
};

if (args.Length != 1 || !snippets.TryGetValue(args[0], out var run))
{
    Console.WriteLine("usage: dotnet run --project samples/OpenApp.Integrations.Snippets -- <snippet>");
    Console.WriteLine("snippets: " + string.Join(", ", snippets.Keys));
    return 2;
}

// Every snippet but "mocking" needs a server: a real account, or the fake started here.
await using var connection = args[0].Equals("mocking", StringComparison.OrdinalIgnoreCase) ? Connection.None : await Connection.OpenAsync();
await run(connection);
return 0;
