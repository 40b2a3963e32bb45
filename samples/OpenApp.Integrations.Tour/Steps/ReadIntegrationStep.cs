namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Reads the integration back, with its device metadata schema and the devices its provider reports.</summary>
public sealed class ReadIntegrationStep : ITourStep
{
    public string Title => "Read it (get_integration, get_integration_device_metadata_schema, get_integration_discovered_devices)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var id = context.RequireIntegration();
        context.Say("Reading an integration gives its current state. Its provider also says which extra facts its devices " +
            "can carry (their metadata), and may report the devices it found on its own.");
        var read = await integrations.GetAsync(id, new ReadOptions { IncludeDeleted = false }, cancellationToken: cancellationToken);
        context.Say($"read \"{read.Value.Name}\" back (status {read.Status}, request id {read.RequestId ?? "none"}: quote it to support to find this call)");

        // The schema is a JSON Schema: its properties are the fields a device of this provider may carry.
        var schema = (await integrations.GetDeviceMetadataSchemaAsync(id, cancellationToken: cancellationToken)).Value;
        var fields = JsonPeek.SchemaFields(schema.Schema).Select(f => f.Title ?? f.Name).ToList();
        context.Say(fields.Count == 0
            ? $"a {schema.ProviderType} device carries no extra fields"
            : $"a {schema.ProviderType} device may also record: {string.Join(", ", fields)}");

        var discovered = await context.AllowingAsync(
            () => integrations.GetDiscoveredDevicesAsync(id, cancellationToken: cancellationToken),
            "this provider does not discover devices",
            501);
        if (discovered is not null)
        {
            context.Say($"the provider reports {JsonPeek.Items(discovered.Value, "devices").Count} device(s) it found");
        }
    }
}
