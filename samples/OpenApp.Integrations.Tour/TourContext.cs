using System.Globalization;

namespace OpenApp.Integrations.Tour;

/// <summary>
/// What the steps share: the client, where to print, and the ids earlier steps got from the server. Every id used
/// comes from a response; nothing assumes the server's data beyond the contract.
/// </summary>
public sealed class TourContext
{
    private int _step;

    internal TourContext(OpenAppClient client, TextWriter output, ITourGuest? guest = null)
    {
        Client = client;
        Output = output;
        Guest = guest;
        RunTag = Guid.NewGuid().ToString("N")[..6];
    }

    /// <summary>The SDK client the tour drives.</summary>
    public OpenAppClient Client { get; }

    /// <summary>Where the account of each step goes.</summary>
    public TextWriter Output { get; }

    /// <summary>A guest who uses the tour's invite link, when one is at hand (demo mode); null against a real server.</summary>
    public ITourGuest? Guest { get; }

    /// <summary>
    /// Whether this is demo mode: only there is a guest at hand (the fake server plays one), and only there is the
    /// organization's data made up, so the tour may change what it did not make (restore a deleted integration).
    /// </summary>
    public bool IsDemo => Guest is not null;

    /// <summary>A short random tag in the names this run creates, so runs can be told apart (and searched for).</summary>
    public string RunTag { get; }

    /// <summary>The integration the tour created.</summary>
    public string? IntegrationId { get; internal set; }

    /// <summary>The device id of one of the integration's doors, if the server reported one.</summary>
    public string? DoorDeviceId { get; internal set; }

    /// <summary>The portal the tour created.</summary>
    public string? PortalId { get; internal set; }

    /// <summary>The invite the tour created.</summary>
    public string? InviteId { get; internal set; }

    /// <summary>
    /// The Waveshare relay-board integration the tour added next to the first one (for provisioning, a copied picture
    /// and a transfer), while it exists.
    /// </summary>
    public string? RelayIntegrationId { get; internal set; }

    /// <summary>A LAN-agent task id an op queued, if any.</summary>
    public string? QueuedTaskId { get; internal set; }

    /// <summary>The integration id, or an error if the create step did not run.</summary>
    public string RequireIntegration() =>
        IntegrationId ?? throw new InvalidOperationException("The integration was not created.");

    /// <summary>
    /// Options for a write: a fresh <c>Idempotency-Key</c>, which makes the POST safe for the SDK to retry after a
    /// 503, a 429 or a lost response (a server that honours keys answers the retry with the first result).
    /// </summary>
    public static OpenAppRequestOptions Write() => new() { IdempotencyKey = Guid.NewGuid().ToString("N") };

    /// <summary>Prints a step heading.</summary>
    public void Heading(string title)
    {
        _step++;
        Output.WriteLine();
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_step,2}. {title}"));
    }

    /// <summary>Prints one line of a step's account.</summary>
    public void Say(string text) => Output.WriteLine("    " + text);

    /// <summary>
    /// Runs a call whose failure with one of <paramref name="statuses"/> is a documented, acceptable answer (e.g. 501
    /// "not supported by this provider"): prints <paramref name="meaning"/> and returns default instead of failing.
    /// Any other failure propagates and ends the tour.
    /// </summary>
    public async Task<T?> AllowingAsync<T>(Func<Task<T>> call, string meaning, params int[] statuses)
    {
        try
        {
            return await call();
        }
        catch (OpenAppApiException ex) when (statuses.Contains(ex.Status))
        {
            Say($"server answered {ex.Status}{(ex.ErrorCode is null ? string.Empty : " (" + ex.ErrorCode + ")")}: {meaning}");
            return default;
        }
    }
}
