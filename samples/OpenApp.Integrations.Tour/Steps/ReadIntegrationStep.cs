namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Reads the integration back, with its device metadata schema and the devices its provider reports.</summary>
public sealed class ReadIntegrationStep : ITourStep
{
    public string Title => "Read it (get_integration, get_integration_device_metadata_schema, get_integration_discovered_devices)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var id = context.RequireIntegration();
        var read = await integrations.GetAsync(id, new ReadOptions { IncludeDeleted = false }, cancellationToken: cancellationToken);
        context.Say($"read {read.Value.Id}: \"{read.Value.Name}\" (status {read.Status}, request id {read.RequestId ?? "none"})");

        var schema = (await integrations.GetDeviceMetadataSchemaAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"device metadata schema for {schema.ProviderType}: {JsonPeek.Keys(schema.Schema)}");

        var discovered = await context.AllowingAsync(
            () => integrations.GetDiscoveredDevicesAsync(id, cancellationToken: cancellationToken),
            "this provider does not discover devices",
            501);
        if (discovered is not null)
        {
            context.Say($"the provider reports {JsonPeek.Items(discovered.Value, "devices").Count} device(s)");
        }
    }
}
