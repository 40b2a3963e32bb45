namespace OpenApp.Integrations.Testing;

/// <summary>Settings of a <see cref="FakeOpenAppServer"/>. The server copies them when it is created.</summary>
public sealed class FakeOpenAppServerOptions
{
    /// <summary>The largest page the fake serves, whatever <c>limit</c> asks for (default 100). Clients must page by what they receive.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The page size when a request sends no <c>limit</c> (default 50).</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>The secret part of <see cref="FakeOpenAppServer.ApiKey"/>; null makes up a random one.</summary>
    public string? ApiKeySecret { get; set; }

    /// <summary>Extra tokens accepted as <c>Authorization: Bearer</c> (e.g. the JWT a token credential sends).</summary>
    public IList<string> AcceptedBearerTokens { get; } = new List<string>();

    /// <summary>The oldest LAN-agent protocol version the fake serves task specs to; older agents get 426 (default 2).</summary>
    public int MinLanProtocolVersion { get; set; } = 2;

    /// <summary>The newest LAN-agent protocol version the fake speaks (default 3).</summary>
    public int CurrentLanProtocolVersion { get; set; } = 3;

    /// <summary>
    /// Whether every JSON answer is checked against the bundle's response schema; a mismatch (a bug in the fake) is
    /// answered as 500 <c>fake_contract_violation</c>. Default true.
    /// </summary>
    public bool ValidateResponses { get; set; } = true;

    /// <summary>
    /// Whether query keys an operation does not define are rejected with 400 (default true), so
    /// <c>output_options=...</c>, bracketed or camelCase keys fail loudly instead of being ignored.
    /// </summary>
    public bool RejectUnknownQueryParameters { get; set; } = true;

    /// <summary>
    /// Whether integrations created through the API get their provider's demo zones and devices (virtual access and
    /// virtual demo have some). Default true. Seeded integrations get exactly what the seed lists.
    /// </summary>
    public bool CreateDemoDevices { get; set; } = true;

    /// <summary>The <c>expires_in_seconds</c> of image upload answers (default 3600).</summary>
    public long ImageUrlExpiresInSeconds { get; set; } = 3600;

    /// <summary>The largest image upload accepted (default 10 MiB).</summary>
    public int MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The fake's clock: timestamps, invite windows and injected delays (tests may pass a fake clock).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The <see cref="OpenAppRetryOptions.BaseDelay"/> of the clients the server sets up
    /// (<see cref="FakeOpenAppServer.CreateClient"/>, <see cref="FakeOpenAppServer.ConfigureClientOptions"/>,
    /// <see cref="FakeOpenAppServerServiceCollectionExtensions.UseFakeOpenAppServer"/>). Default zero: an injected 503
    /// is retried at once instead of after the SDK's real backoff (1 s, doubling, with jitter), so fault tests cost
    /// no wall-clock time. A <c>Retry-After</c> the fake sends (<c>retryAfter:</c> of the fault hooks) is still
    /// waited for. Null keeps the SDK's default, for tests of the backoff itself.
    /// </summary>
    public TimeSpan? ClientRetryBaseDelay { get; set; } = TimeSpan.Zero;

    internal FakeOpenAppServerOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPageSize, 1, nameof(MaxPageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultPageSize, 1, nameof(DefaultPageSize));
        ArgumentOutOfRangeException.ThrowIfNegative(MinLanProtocolVersion, nameof(MinLanProtocolVersion));
        ArgumentOutOfRangeException.ThrowIfLessThan(CurrentLanProtocolVersion, MinLanProtocolVersion, nameof(CurrentLanProtocolVersion));
        ArgumentOutOfRangeException.ThrowIfNegative(ImageUrlExpiresInSeconds, nameof(ImageUrlExpiresInSeconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxImageBytes, 1, nameof(MaxImageBytes));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (ClientRetryBaseDelay is { } delay && (delay < TimeSpan.Zero || delay > TimeSpan.FromDays(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(ClientRetryBaseDelay), delay, "ClientRetryBaseDelay must be between 0 and 1 day, or null for the SDK's default.");
        }
        if (ApiKeySecret is not null && (string.IsNullOrWhiteSpace(ApiKeySecret) || ApiKeySecret.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("ApiKeySecret must be non-empty and contain no whitespace.", nameof(ApiKeySecret));
        }

        var copy = new FakeOpenAppServerOptions
        {
            MaxPageSize = MaxPageSize,
            DefaultPageSize = DefaultPageSize,
            ApiKeySecret = ApiKeySecret,
            MinLanProtocolVersion = MinLanProtocolVersion,
            CurrentLanProtocolVersion = CurrentLanProtocolVersion,
            ValidateResponses = ValidateResponses,
            RejectUnknownQueryParameters = RejectUnknownQueryParameters,
            CreateDemoDevices = CreateDemoDevices,
            ImageUrlExpiresInSeconds = ImageUrlExpiresInSeconds,
            MaxImageBytes = MaxImageBytes,
            TimeProvider = TimeProvider,
            ClientRetryBaseDelay = ClientRetryBaseDelay,
        };
        foreach (var token in AcceptedBearerTokens)
        {
            copy.AcceptedBearerTokens.Add(token);
        }

        return copy;
    }

    /// <summary>Describes the options without the secret.</summary>
    public override string ToString() =>
        $"FakeOpenAppServerOptions(MaxPageSize={MaxPageSize}, MinLanProtocolVersion={MinLanProtocolVersion}, ApiKeySecret={(ApiKeySecret is null ? "(random)" : "(set)")})";
}
