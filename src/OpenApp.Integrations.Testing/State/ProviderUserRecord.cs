namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// A user account on the provider's side of an integration (e.g. on a gate controller): linked to an OpenApp user,
/// invited, or not managed by OpenApp at all.
/// </summary>
internal sealed class ProviderUserRecord
{
    public required string ExternalId { get; init; }

    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool? IsAdmin { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary>The device the account lives on, for providers whose users belong to a device; null for every device.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The OpenApp user the account is linked to.</summary>
    public string? OpenAppUserId { get; init; }

    /// <summary>The pending OpenApp invitation for the account's owner.</summary>
    public string? PendingInvitationId { get; init; }

    /// <summary><c>linked</c>, <c>invited</c> or <c>unlinked</c>, from the links it has.</summary>
    public string Status => OpenAppUserId is not null ? "linked" : PendingInvitationId is not null ? "invited" : "unlinked";

    /// <summary>Not linked to an OpenApp user: the count the list reports as unmanaged.</summary>
    public bool Unmanaged => Status == "unlinked";

    public ProviderUserRecord CopyFor(Func<string, string> mapDeviceId) => new()
    {
        ExternalId = ExternalId,
        DisplayName = DisplayName,
        Email = Email,
        Phone = Phone,
        IsAdmin = IsAdmin,
        LastSeenAt = LastSeenAt,
        DeviceId = DeviceId is null ? null : mapDeviceId(DeviceId),
        OpenAppUserId = OpenAppUserId,
        PendingInvitationId = PendingInvitationId,
    };
}
