using System.Text;
using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Security;

/// <summary>
/// Bad input raises ArgumentException (or a subclass) naming the parameter, before anything is sent: the fake server,
/// which answers every request, must see none.
/// </summary>
public sealed class BadInputTests : IClassFixture<WireMockFixture>
{
    private static readonly byte[] s_png = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
    private static readonly byte[] s_gif = Encoding.ASCII.GetBytes("GIF89a....");
    private static readonly JsonElement s_payload = JsonDocument.Parse("{}").RootElement;
    private readonly WireMockFixture _fake;

    public BadInputTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
        _fake.Server.Given(Request.Create().WithPath("/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{}"));
    }

    /// <summary>Each façade id parameter, fed null, empty, blank, "." and "..".</summary>
    private static readonly Dictionary<string, (string Param, Func<OpenAppClient, string, Task> Call)> s_idCalls = new()
    {
        ["Integrations.GetAsync"] = ("id", (c, v) => c.Integrations.GetAsync(v)),
        ["Integrations.UpdateAsync"] = ("id", (c, v) => c.Integrations.UpdateAsync(v, new UpdateIntegrationRequest())),
        ["Integrations.PurgeAsync"] = ("id", (c, v) => c.Integrations.PurgeAsync(v)),
        ["Integrations.RestoreAsync"] = ("id", (c, v) => c.Integrations.RestoreAsync(v)),
        ["Integrations.GetDeviceMetadataSchemaAsync"] = ("id", (c, v) => c.Integrations.GetDeviceMetadataSchemaAsync(v)),
        ["Integrations.GetDiscoveredDevicesAsync"] = ("id", (c, v) => c.Integrations.GetDiscoveredDevicesAsync(v)),
        ["Integrations.ListEntitiesAsync"] = ("id", (c, v) => c.Integrations.ListEntitiesAsync(v)),
        ["Integrations.ListOpsAsync"] = ("id", (c, v) => c.Integrations.ListOpsAsync(v)),
        ["Integrations.RunOpAsync.id"] = ("id", (c, v) => c.Integrations.RunOpAsync(v, "op")),
        ["Integrations.RunOpAsync.opId"] = ("opId", (c, v) => c.Integrations.RunOpAsync("i1", v)),
        ["Integrations.UploadImageAsync"] = ("id", (c, v) => c.Integrations.UploadImageAsync(v, s_png, "a.png")),
        ["Integrations.UploadImageAsync(stream)"] = ("id", (c, v) => c.Integrations.UploadImageAsync(v, new MemoryStream(s_png), "a.png")),
        ["Integrations.UploadImageFromUrlAsync"] = ("id", (c, v) => c.Integrations.UploadImageFromUrlAsync(v, new Uri("http://127.0.0.1:1/a.png"))),
        ["AccessPortals.ListAsync"] = ("integrationId", (c, v) => c.Integrations.AccessPortals.ListAsync(v)),
        ["AccessPortals.CreateAsync"] = ("integrationId", (c, v) => c.Integrations.AccessPortals.CreateAsync(v, new CreateAccessPortalRequest { Name = "Gate" })),
        ["AccessPortals.GetAsync"] = ("portalId", (c, v) => c.Integrations.AccessPortals.GetAsync(v)),
        ["AccessPortals.UpdateAsync.integrationId"] = ("integrationId", (c, v) => c.Integrations.AccessPortals.UpdateAsync(v, "p1", new UpdateAccessPortalRequest())),
        ["AccessPortals.UpdateAsync.portalId"] = ("portalId", (c, v) => c.Integrations.AccessPortals.UpdateAsync("i1", v, new UpdateAccessPortalRequest())),
        ["AccessPortals.DeleteAsync.integrationId"] = ("integrationId", (c, v) => c.Integrations.AccessPortals.DeleteAsync(v, "p1")),
        ["AccessPortals.DeleteAsync.portalId"] = ("portalId", (c, v) => c.Integrations.AccessPortals.DeleteAsync("i1", v)),
        ["AccessInvites.ListAsync"] = ("integrationId", (c, v) => c.Integrations.AccessInvites.ListAsync(v)),
        ["AccessInvites.ListAllAsync"] = ("integrationId", (c, v) => Task.FromResult(c.Integrations.AccessInvites.ListAllAsync(v))),
        ["AccessInvites.CreateAsync"] = ("integrationId", (c, v) => c.Integrations.AccessInvites.CreateAsync(v, new CreateAccessInviteRequest { PortalIds = { "p1" }, Schedules = { new InviteScheduleEntryInput() } })),
        ["AccessInvites.UpdateAsync.integrationId"] = ("integrationId", (c, v) => c.Integrations.AccessInvites.UpdateAsync(v, "v1", new UpdateAccessInviteRequest())),
        ["AccessInvites.UpdateAsync.inviteId"] = ("inviteId", (c, v) => c.Integrations.AccessInvites.UpdateAsync("i1", v, new UpdateAccessInviteRequest())),
        ["AccessInvites.DeleteAsync.integrationId"] = ("integrationId", (c, v) => c.Integrations.AccessInvites.DeleteAsync(v, "v1")),
        ["AccessInvites.DeleteAsync.inviteId"] = ("inviteId", (c, v) => c.Integrations.AccessInvites.DeleteAsync("i1", v)),
        ["AccessInvites.RestoreAsync.integrationId"] = ("integrationId", (c, v) => c.Integrations.AccessInvites.RestoreAsync(v, "v1")),
        ["AccessInvites.RestoreAsync.inviteId"] = ("inviteId", (c, v) => c.Integrations.AccessInvites.RestoreAsync("i1", v)),
        ["People.ListAsync"] = ("integrationId", (c, v) => c.Integrations.People.ListAsync(v)),
        ["People.AddAsync"] = ("integrationId", (c, v) => c.Integrations.People.AddAsync(v, new AddBuildingUserPayload { UserId = "u1", Role = "resident" })),
        ["People.DeleteAsync.integrationId"] = ("integrationId", (c, v) => c.Integrations.People.DeleteAsync(v, "u1")),
        ["People.DeleteAsync.userId"] = ("userId", (c, v) => c.Integrations.People.DeleteAsync("i1", v)),
        ["LanAgent.SubmitTaskSpecAsync"] = ("integrationId", (c, v) => c.Integrations.LanAgent.SubmitTaskSpecAsync(v, new LanAgentTaskSpecRequest { TaskId = "t1", Payload = s_payload })),
        ["LanAgent.ListTasksAsync"] = ("integrationId", (c, v) => c.Integrations.LanAgent.ListTasksAsync(v)),
        ["Zones.ListAsync"] = ("integrationId", (c, v) => c.Integrations.Zones.ListAsync(v)),
        ["Zones.ListAllAsync"] = ("integrationId", (c, v) => Task.FromResult(c.Integrations.Zones.ListAllAsync(v))),
        ["AccessPortals.ListAllAsync"] = ("integrationId", (c, v) => Task.FromResult(c.Integrations.AccessPortals.ListAllAsync(v))),
        ["ForOrganization"] = ("organizationId", (c, v) => Task.FromResult(c.ForOrganization(v))),
    };

    public static TheoryData<string, string?> IdCases()
    {
        var data = new TheoryData<string, string?>();
        foreach (var name in s_idCalls.Keys)
        {
            foreach (var value in new[] { null, string.Empty, "   ", "\t\n" })
            {
                data.Add(name, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IdCases))]
    public async Task Null_empty_or_blank_ids_are_rejected_before_any_request(string call, string? value)
    {
        var (param, invoke) = s_idCalls[call];
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => invoke(client, value!));

        Assert.Equal(param, ex.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }

    /// <summary>Other bad input, each with the parameter it must name.</summary>
    private static readonly Dictionary<string, (string Param, Func<OpenAppClient, Task> Call)> s_cases = new()
    {
        ["limit 0"] = ("Limit", c => c.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 0 })),
        ["limit 201"] = ("Limit", c => c.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 201 })),
        ["limit -5 on entities"] = ("Limit", c => c.Integrations.ListEntitiesAsync("i1", new ListEntitiesOptions { Limit = -5 })),
        ["negative offset"] = ("Offset", c => c.Integrations.ListAsync(new ListIntegrationsOptions { Offset = -1 })),
        ["negative offset on entities"] = ("Offset", c => c.Integrations.ListEntitiesAsync("i1", new ListEntitiesOptions { Offset = int.MinValue })),
        ["org with CRLF"] = ("OrganizationId", c => c.Integrations.GetAsync("i1", requestOptions: new OpenAppRequestOptions { OrganizationId = "org\r\nX-Evil: 1" })),
        ["idempotency key with LF"] = ("IdempotencyKey", c => c.Integrations.RunOpAsync("i1", "op", requestOptions: new OpenAppRequestOptions { IdempotencyKey = "k\n1" })),
        ["correlation id with CR"] = ("CorrelationId", c => c.Integrations.GetAsync("i1", requestOptions: new OpenAppRequestOptions { CorrelationId = "c\r1" })),
        ["confirmation token with CRLF"] = ("ConfirmationToken", c => c.Integrations.RunOpAsync("i1", "op", requestOptions: new OpenAppRequestOptions { ConfirmationToken = "t\r\n" })),
        ["header value with CRLF"] = ("value", c => c.Integrations.GetAsync("i1", requestOptions: new OpenAppRequestOptions { Headers = { ["X-Trace"] = "a\r\nX-Evil: 1" } })),
        ["header name with a space"] = ("name", c => c.Integrations.GetAsync("i1", requestOptions: new OpenAppRequestOptions { Headers = { ["X Trace"] = "a" } })),
        ["reserved header"] = ("name", c => c.Integrations.GetAsync("i1", requestOptions: new OpenAppRequestOptions { Headers = { ["X-API-Key"] = "a" } })),
        ["scoped org with LF"] = ("organizationId", c => Task.FromResult(c.ForOrganization("org\nX"))),
        ["image of the wrong type"] = ("image", c => c.Integrations.UploadImageAsync("i1", s_gif, "a.gif")),
        ["empty image"] = ("image", c => c.Integrations.UploadImageAsync("i1", ReadOnlyMemory<byte>.Empty, "a.png")),
        ["image stream of the wrong type"] = ("image", c => c.Integrations.UploadImageAsync("i1", new MemoryStream(s_gif), "a.gif")),
        ["declared type not accepted"] = ("contentType", c => c.Integrations.UploadImageAsync("i1", s_png, "a.png", "image/gif")),
        ["declared type contradicts the bytes"] = ("contentType", c => c.Integrations.UploadImageAsync("i1", s_png, "a.png", "image/jpeg")),
        ["blank file name"] = ("fileName", c => c.Integrations.UploadImageAsync("i1", s_png, " ")),
        ["file name with CRLF"] = ("fileName", c => c.Integrations.UploadImageAsync("i1", s_png, "a\r\n.png")),
        ["image url not http"] = ("imageUrl", c => c.Integrations.UploadImageFromUrlAsync("i1", new Uri("ftp://127.0.0.1/a.png"))),
        ["image url relative"] = ("imageUrl", c => c.Integrations.UploadImageFromUrlAsync("i1", new Uri("a.png", UriKind.Relative))),
        ["null create request"] = ("request", c => c.Integrations.CreateAsync(null!)),
        ["create without provider type"] = ("request", c => c.Integrations.CreateAsync(new CreateIntegrationRequest())),
        ["invite without portals"] = ("request", c => c.Integrations.AccessInvites.CreateAsync("i1", new CreateAccessInviteRequest())),
        ["portal without name"] = ("request", c => c.Integrations.AccessPortals.CreateAsync("i1", new CreateAccessPortalRequest())),
        ["task spec without payload"] = ("request", c => c.Integrations.LanAgent.SubmitTaskSpecAsync("i1", new LanAgentTaskSpecRequest { TaskId = "t1" })),
        ["unknown provider type struct"] = ("providerType", c => c.Integrations.GetProviderDefinitionAsync(default)),
    };

    public static TheoryData<string> OtherCases() => new(s_cases.Keys);

    [Theory]
    [MemberData(nameof(OtherCases))]
    public async Task Bad_arguments_are_rejected_before_any_request(string name)
    {
        var (param, invoke) = s_cases[name];
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => invoke(client));

        Assert.Equal(param, ex.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }

    public static TheoryData<string> MalformedKeys() => new()
    {
        string.Empty,
        "   ",
        "no-separator-" + TestKeys.Secret,
        "https://openapp.house_openapp_",
        "ftp://openapp.house_openapp_" + TestKeys.Secret,
        "openapp.house_openapp_" + TestKeys.Secret,
        "https://openapp.house/other/path_openapp_" + TestKeys.Secret,
        "https://openapp.house?x=1_openapp_" + TestKeys.Secret,
        "https://user:pw@openapp.house_openapp_" + TestKeys.Secret,
        "https://openapp.house_openapp_" + TestKeys.Secret + "\r\nX-Evil: 1",
        "https://openapp.house_openapp_" + TestKeys.Secret + "\u0000",
    };

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public void A_malformed_api_key_is_rejected_without_echoing_it(string key)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(key));

        Assert.Equal("apiKey", ex.ParamName);
        Assert.DoesNotContain(TestKeys.Secret, ex.ToString(), StringComparison.Ordinal);
        Assert.False(OpenAppApiKey.TryParse(key, out _));
    }

    public static TheoryData<string> BadBaseUrls() => new()
    {
        "ftp://openapp.house/api/v1",
        "file:///tmp/api/v1",
        "https://openapp.house/api/v1?x=1",
        "https://openapp.house/api/v1#top",
    };

    [Theory]
    [MemberData(nameof(BadBaseUrls))]
    public void A_base_url_that_is_not_absolute_http_is_rejected(string url)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() =>
            new OpenAppClient(new OpenAppClientOptions { ApiKey = _fake.ApiKey, BaseUrl = new Uri(url) }));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains("BaseUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_base_url_is_rejected()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() =>
            new OpenAppClient(new OpenAppClientOptions { ApiKey = _fake.ApiKey, BaseUrl = new Uri("/api/v1", UriKind.Relative) }));

        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void Options_with_no_credential_or_unsafe_values_are_rejected()
    {
        Assert.Equal("options", Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(new OpenAppClientOptions())).ParamName);
        Assert.Equal("organizationId", Assert.ThrowsAny<ArgumentException>(() =>
            new OpenAppClient(new OpenAppClientOptions { ApiKey = _fake.ApiKey, OrganizationId = "a\r\nb" })).ParamName);
        Assert.Equal("UserAgentSuffix", Assert.ThrowsAny<ArgumentException>(() =>
            new OpenAppClient(new OpenAppClientOptions { ApiKey = _fake.ApiKey, UserAgentSuffix = "app/1\r\nX: y" })).ParamName);
        var bearer = Assert.ThrowsAny<ArgumentException>(() => OpenAppCredential.FromBearerToken(TestKeys.Secret + "\n"));
        Assert.Equal("token", bearer.ParamName);
        Assert.DoesNotContain(TestKeys.Secret, bearer.ToString(), StringComparison.Ordinal);
        Assert.Equal("header", Assert.ThrowsAny<ArgumentException>(() => OpenAppCredential.FromApiKey(_fake.ApiKey, (ApiKeyHeader)7)).ParamName);
    }
}
