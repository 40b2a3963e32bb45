using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing;

// Seeding what the building's devices know about its people, and the organization's locations.
public sealed partial class FakeOpenAppServer
{
    /// <summary>Adds a user account on the provider's side of an integration (<c>list_integration_users</c>).</summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="seed">The account.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>The account's id at the provider.</returns>
    /// <exception cref="ArgumentException">The integration does not exist, or already has an account with that id.</exception>
    public string SeedProviderUser(string integrationId, FakeProviderUserSeed seed, string organizationId = DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        lock (_store.Sync)
        {
            var integration = Existing(integrationId, organizationId);
            var externalId = seed.ExternalId ?? "user-" + _store.Ids.NewId().ToLowerInvariant();
            if (integration.ProviderUsers.Any(u => u.ExternalId == externalId))
            {
                throw new ArgumentException($"The integration already has a provider user '{externalId}'.", nameof(seed));
            }

            integration.ProviderUsers.Add(new ProviderUserRecord
            {
                ExternalId = externalId,
                DisplayName = seed.DisplayName,
                Email = seed.Email,
                Phone = seed.Phone,
                IsAdmin = seed.IsAdmin,
                LastSeenAt = seed.LastSeenAt,
                DeviceId = seed.DeviceId,
                OpenAppUserId = seed.OpenAppUserId,
                PendingInvitationId = seed.PendingInvitationId,
            });
            return externalId;
        }
    }

    /// <summary>
    /// Lists a person under one of an integration's directory listings
    /// (<c>list_integration_directory_listing_members</c>); removing the person (<c>delete_person</c>) removes them
    /// from the listings too.
    /// </summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="listingEntityId">An entity of the integration of type <c>directory_listing</c> (see <see cref="SeedEntity"/>).</param>
    /// <param name="userId">The person's user id.</param>
    /// <param name="displayName">The name the listing shows.</param>
    /// <param name="role">Their role in the unit.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <exception cref="ArgumentException">The integration or listing does not exist, or the entity is not a directory listing.</exception>
    public void SeedDirectoryListingMember(
        string integrationId,
        string listingEntityId,
        string userId,
        string displayName,
        string role = "resident",
        string organizationId = DefaultOrganizationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(listingEntityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        lock (_store.Sync)
        {
            var integration = Existing(integrationId, organizationId);
            var listing = integration.Entities.FirstOrDefault(e => e.Id == listingEntityId)
                ?? throw new ArgumentException($"The integration has no entity '{listingEntityId}'.", nameof(listingEntityId));
            if (listing.EntityType != EntityType.DirectoryListing.Value)
            {
                throw new ArgumentException($"Entity '{listingEntityId}' is a {listing.EntityType}, not a directory_listing.", nameof(listingEntityId));
            }

            if (!integration.DirectoryListingMembers.TryGetValue(listingEntityId, out var members))
            {
                members = new List<DirectoryMemberRecord>();
                integration.DirectoryListingMembers.Add(listingEntityId, members);
            }

            members.RemoveAll(m => m.UserId == userId);
            members.Add(new DirectoryMemberRecord(userId, displayName, role));
        }
    }

    /// <summary>Adds a location to an organization (<c>list_integration_locations</c> lists it from any of its integrations).</summary>
    /// <param name="seed">The location.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>The location's id.</returns>
    /// <exception cref="ArgumentException">A value is missing or out of range, the id is taken, or an integration is not the organization's.</exception>
    public string SeedLocation(FakeLocationSeed seed, string organizationId = DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationId);
        var kind = seed.Kind.Value;
        if (kind == LocationKind.Address.Value && seed.FormattedAddress is null)
        {
            throw new ArgumentException("An address location needs FormattedAddress.", nameof(seed));
        }

        if (kind == LocationKind.Coordinates.Value && (seed.Lat is null || seed.Lng is null))
        {
            throw new ArgumentException("A coordinates location needs Lat and Lng.", nameof(seed));
        }

        if (seed.Lat is < -90 or > 90 || seed.Lng is < -180 or > 180)
        {
            throw new ArgumentException("Lat must be between -90 and 90 and Lng between -180 and 180.", nameof(seed));
        }

        if ((seed.GeocodingProvider is null) != (seed.ProviderPlaceId is null))
        {
            throw new ArgumentException("GeocodingProvider and ProviderPlaceId go together: set both or neither.", nameof(seed));
        }

        lock (_store.Sync)
        {
            var organization = _store.Organization(organizationId);
            var id = seed.Id ?? _store.Ids.NewId();
            if (organization.Locations.Any(l => l.Id == id))
            {
                throw new ArgumentException($"The organization already has a location '{id}'.", nameof(seed));
            }

            foreach (var integrationId in seed.IntegrationIds)
            {
                Existing(integrationId, organizationId);
            }

            var location = new LocationRecord
            {
                Id = id,
                Kind = string.IsNullOrEmpty(kind) ? LocationKind.Address.Value : kind,
                FormattedAddress = OptionalMap(seed.FormattedAddress),
                City = OptionalMap(seed.City),
                Country = OptionalMap(seed.Country),
                Notes = OptionalMap(seed.Notes),
                Lat = seed.Lat,
                Lng = seed.Lng,
                GeocodingProvider = seed.GeocodingProvider?.Value,
                ProviderPlaceId = seed.ProviderPlaceId,
                Source = seed.IntegrationIds.Count > 0 ? ("integration", seed.IntegrationIds[0]) : null,
                CreatedAt = _store.Now,
            };
            location.IntegrationIds.UnionWith(seed.IntegrationIds);
            organization.Locations.Add(location);
            return id;
        }
    }

    private static Dictionary<string, string>? OptionalMap(LocalizedString? text) => text is null ? null : ToMap(text, nameof(text));
}
