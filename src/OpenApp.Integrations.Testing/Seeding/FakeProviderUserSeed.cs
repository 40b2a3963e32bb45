namespace OpenApp.Integrations.Testing;

/// <summary>
/// A user account on the provider's side of an integration (<see cref="FakeOpenAppServer.SeedProviderUser"/>), as
/// <c>list_integration_users</c> reports it. Its status follows from its links: <c>linked</c> with an
/// <see cref="OpenAppUserId"/>, else <c>invited</c> with a <see cref="PendingInvitationId"/>, else <c>unlinked</c>
/// (counted as unmanaged).
/// </summary>
public sealed class FakeProviderUserSeed
{
    /// <summary>The account's id at the provider; null makes one up.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The name the provider shows.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The email address the provider has.</summary>
    public string? Email { get; set; }

    /// <summary>The phone number the provider has.</summary>
    public string? Phone { get; set; }

    /// <summary>Whether the account administers the device on the provider's side.</summary>
    public bool? IsAdmin { get; set; }

    /// <summary>When the provider last saw the account.</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>The device the account lives on (a <c>device_id</c> filter finds it); null for every device.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The OpenApp user the account is linked to.</summary>
    public string? OpenAppUserId { get; set; }

    /// <summary>The pending OpenApp invitation of the account's owner.</summary>
    public string? PendingInvitationId { get; set; }

    /// <summary>Describes the seed without contact details.</summary>
    public override string ToString() => $"FakeProviderUserSeed({ExternalId ?? "new"})";
}
