// Runs one snippet: dotnet run --project samples/OpenApp.Integrations.Snippets -- <name>
using OpenApp.Integrations.Snippets;
using OpenApp.Integrations.Snippets.Infrastructure;

var snippets = new Dictionary<string, Func<Connection, Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["hello"] = c => HelloWorld.RunAsync(c.ApiKey, c.OrganizationId),
    ["paging"] = c => Paging.RunAsync(c.ApiKey, c.OrganizationId),
    ["organizations"] = c => Organizations.RunAsync(c.ApiKey, c.OrganizationId, c.SecondOrganizationId),
    ["errors"] = c => ErrorHandling.RunAsync(c.ApiKey, c.OrganizationId),
    ["retries"] = c => Retries.RunAsync(c.ApiKey, c.OrganizationId),
    ["worker"] = c => WorkerService.RunAsync(c.ApiKey, c.OrganizationId, c.SecondOrganizationId),
    ["mocking"] = _ => Mocking.RunAsync(),
};

if (args.Length != 1 || !snippets.TryGetValue(args[0], out var run))
{
    Console.WriteLine("usage: dotnet run --project samples/OpenApp.Integrations.Snippets -- <snippet>");
    Console.WriteLine("snippets: " + string.Join(", ", snippets.Keys));
    return 2;
}

using var connection = new Connection();
await run(connection);
return 0;
