namespace OpenApp.Integrations.Snippets.Infrastructure;

/// <summary>
/// Where the snippets connect: the account in <c>OPENAPP_API_KEY</c> / <c>OPENAPP_ORG_ID</c> (and optionally
/// <c>OPENAPP_SECOND_ORG_ID</c>) when set, else a local stand-in server, started the first time a snippet asks.
/// </summary>
internal sealed class Connection : IDisposable
{
    private const string LocalOrganization = "01HZX3K9Q7ORGAAAAAAAAAAAAA";
    private const string LocalSecondOrganization = "01HZX3K9Q7ORGBBBBBBBBBBBBB";
    private readonly string? _apiKey = Environment.GetEnvironmentVariable("OPENAPP_API_KEY");
    private LocalOpenApp? _local;

    public string ApiKey => string.IsNullOrWhiteSpace(_apiKey) ? Local.ApiKey : _apiKey;

    public string OrganizationId => string.IsNullOrWhiteSpace(_apiKey)
        ? LocalOrganization
        : Environment.GetEnvironmentVariable("OPENAPP_ORG_ID") ?? throw new InvalidOperationException("Set OPENAPP_ORG_ID too.");

    public string SecondOrganizationId => string.IsNullOrWhiteSpace(_apiKey)
        ? LocalSecondOrganization
        : Environment.GetEnvironmentVariable("OPENAPP_SECOND_ORG_ID") ?? OrganizationId;

    private LocalOpenApp Local
    {
        get
        {
            if (_local is null)
            {
                _local = new LocalOpenApp();
                Console.WriteLine($"(OPENAPP_API_KEY is not set: using a local stand-in server at {_local.Origin})");
            }

            return _local;
        }
    }

    public void Dispose() => _local?.Dispose();
}
