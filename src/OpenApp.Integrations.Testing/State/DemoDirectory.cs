namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// The provider-side accounts a demo integration comes with: an administrator of the whole site, a resident on the
/// first door's device, and a resident who was invited to OpenApp and has not accepted yet.
/// </summary>
internal static class DemoDirectory
{
    public static void Populate(IntegrationRecord integration, FakeStore store)
    {
        var door = integration.Entities.FirstOrDefault(e => e.EntityType == "door");
        integration.ProviderUsers.Add(new ProviderUserRecord
        {
            ExternalId = "site-admin",
            DisplayName = "Building manager",
            Email = "manager@example.com",
            IsAdmin = true,
            LastSeenAt = integration.CreatedAt,
        });
        integration.ProviderUsers.Add(new ProviderUserRecord
        {
            ExternalId = "resident-17",
            DisplayName = "Dana Levi",
            Phone = "+972500000017",
            IsAdmin = false,
            DeviceId = door?.DeviceId,
        });
        integration.ProviderUsers.Add(new ProviderUserRecord
        {
            ExternalId = "resident-18",
            DisplayName = "Noam Cohen",
            Email = "noam@example.com",
            IsAdmin = false,
            PendingInvitationId = store.Ids.NewId(),
        });
    }
}
