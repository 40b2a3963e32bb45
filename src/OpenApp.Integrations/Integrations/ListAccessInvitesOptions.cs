using System.Globalization;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// Page and filters of <see cref="AccessInvitesClient.ListAsync"/>. Filters left null are not sent. The pair
/// <see cref="ExternalSource"/> and <see cref="ExternalRecordId"/> finds the invitation of an outside-system record.
/// </summary>
public sealed class ListAccessInvitesOptions : ListOptions
{
    /// <summary>Only invitations or only shares (<c>kind</c>).</summary>
    public AccessInviteKind? Kind { get; set; }

    /// <summary>Only invites linked to this outside system, e.g. <c>mews</c> (<c>external_source</c>).</summary>
    public string? ExternalSource { get; set; }

    /// <summary>Only the invite of this outside-system record (<c>external_record_id</c>).</summary>
    public string? ExternalRecordId { get; set; }

    /// <summary>Only invites in this computed state: active, scheduled, expired, disabled or revoked (<c>state</c>).</summary>
    public string? State { get; set; }

    /// <summary>Only invites that open this portal (<c>portal_id</c>).</summary>
    public string? PortalId { get; set; }

    /// <summary>Only invites whose validity starts at or after this instant (<c>valid_from_after</c>, sent as UTC RFC 3339).</summary>
    public DateTimeOffset? ValidFromAfter { get; set; }

    /// <summary>Only invites whose validity ends at or before this instant (<c>valid_to_before</c>, sent as UTC RFC 3339).</summary>
    public DateTimeOffset? ValidToBefore { get; set; }

    private protected override void AddFilters(RequestSpec spec) =>
        spec.AddQuery("kind", NullIfBlank(Kind?.Value))
            .AddQuery("external_source", NullIfBlank(ExternalSource))
            .AddQuery("external_record_id", NullIfBlank(ExternalRecordId))
            .AddQuery("state", NullIfBlank(State))
            .AddQuery("portal_id", NullIfBlank(PortalId))
            .AddQuery("valid_from_after", Rfc3339(ValidFromAfter))
            .AddQuery("valid_to_before", Rfc3339(ValidToBefore));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // UTC with a Z and no trailing zero fractions: 2026-01-02T03:04:05Z, 2026-01-02T03:04:05.5Z.
    private static string? Rfc3339(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
