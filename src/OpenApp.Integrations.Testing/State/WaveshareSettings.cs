namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// The MQTT settings of a Waveshare relay board. The fake derives the current ones from the integration (its id, its
/// organization and the <c>mqtt_password</c> secret, else a password it made up), so a secret rotation or a move to
/// another organization makes a provisioned board stale.
/// </summary>
/// <param name="ClientId">MQTT client id.</param>
/// <param name="Username">MQTT user name (the organization).</param>
/// <param name="Password">MQTT password.</param>
/// <param name="SubscribeTopic">Topic the board subscribes to.</param>
/// <param name="PublishTopic">Topic the board publishes to.</param>
internal sealed record WaveshareSettings(string ClientId, string Username, string Password, string SubscribeTopic, string PublishTopic)
{
    public const string ProviderType = "waveshare";

    /// <summary>What a board that was never provisioned holds: nothing.</summary>
    public static WaveshareSettings None { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>The settings the board of <paramref name="integration"/> should have now.</summary>
    public static WaveshareSettings Current(IntegrationRecord integration)
    {
        var password = integration.Secrets?["mqtt_password"] is { } secret && secret.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? secret.GetValue<string>()
            : integration.WavesharePassword ??= IdGenerator.NewToken(20);
        var org = integration.OrganizationId.ToLowerInvariant();
        var id = integration.Id.ToLowerInvariant();
        return new WaveshareSettings("waveshare-" + id, org, password, $"openapp/{org}/{id}/in", $"openapp/{org}/{id}/out");
    }

    /// <summary>The settings by their wire names, in the order the contract lists them.</summary>
    public IEnumerable<(string Key, string Value)> Entries()
    {
        yield return ("mqtt_client_id", ClientId);
        yield return ("mqtt_username", Username);
        yield return ("mqtt_password", Password);
        yield return ("mqtt_subscribe_topic", SubscribeTopic);
        yield return ("mqtt_publish_topic", PublishTopic);
    }

    /// <summary>The settings without the password: a record would print it, and a debugger or a log may show this.</summary>
    public override string ToString() => $"WaveshareSettings {{ ClientId = {ClientId}, Username = {Username}, Password = [redacted], SubscribeTopic = {SubscribeTopic}, PublishTopic = {PublishTopic} }}";
}
