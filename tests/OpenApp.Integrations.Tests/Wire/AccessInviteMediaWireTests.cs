using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>
/// The photo of an invite and the images of its message: multipart uploads checked before sending, URL reads that
/// may answer 204, and downloads opened as streams from the linked host without OpenApp credentials.
/// </summary>
public sealed class AccessInviteMediaWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string InviteId = Samples.InviteId;
    private readonly WireMockFixture _fake;

    public AccessInviteMediaWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    private string Origin => _fake.Server.Urls[0];

    [Fact]
    [Trait("operationId", "get_access_invite_photo")]
    public async Task GetPhoto_decodes_the_short_lived_url()
    {
        await _fake.RespondAsync("get_access_invite_photo", 200, InviteSamples.PhotoUrl(Origin));
        using var client = _fake.CreateClient();

        var photo = await client.Integrations.AccessInvites.GetPhotoAsync(Id, InviteId);

        await _fake.AssertSingleCallAsync(
            "get_access_invite_photo", "GET", $"/integrations/{Id}/access-invites/{InviteId}/photo", TestKeys.Org, jsonBody: null);
        Assert.True(photo.HasValue);
        Assert.Equal(Origin + InviteSamples.PhotoPath + "?sig=a1b2", photo.Value.Url);
        Assert.Equal(900, photo.Value.ExpiresInSeconds);
    }

    [Fact]
    [Trait("operationId", "get_access_invite_photo")]
    public async Task GetPhoto_of_an_invite_without_one_succeeds_without_a_value_on_204()
    {
        await _fake.RespondAsync("get_access_invite_photo", 204, null);
        using var client = _fake.CreateClient();

        var photo = await client.Integrations.AccessInvites.GetPhotoAsync(Id, InviteId);

        Assert.Equal(204, photo.Status);
        Assert.False(photo.HasValue);
        Assert.Throws<InvalidOperationException>(() => photo.Value);
    }

    [Fact]
    [Trait("operationId", "get_access_invite_photo")]
    public async Task OpenPhoto_streams_the_file_from_the_linked_host_without_credentials()
    {
        var jpeg = Samples.Jpeg.Concat(Enumerable.Range(0, 4000).Select(i => (byte)i)).ToArray();
        _fake.Server.Given(Request.Create().WithPath(InviteSamples.PhotoPath).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(jpeg));
        await _fake.RespondAsync("get_access_invite_photo", 200, InviteSamples.PhotoUrl(Origin));
        using var client = _fake.CreateClient();

        var opened = await client.Integrations.AccessInvites.OpenPhotoAsync(Id, InviteId);
        await using var download = opened.Value;
        using var received = new MemoryStream();
        await download.Content.CopyToAsync(received);

        Assert.Equal(200, opened.Status);
        Assert.Equal("image/jpeg", download.ContentType);
        Assert.Equal(jpeg, received.ToArray());
        var entries = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, entries.Count);
        await WireAssert.AssertCallAsync(
            _fake, entries[0], "get_access_invite_photo", "GET", $"/integrations/{Id}/access-invites/{InviteId}/photo", TestKeys.Org, jsonBody: null);
        var file = entries[1];
        Assert.Equal("GET", file.Method);
        Assert.Equal(InviteSamples.PhotoPath, file.Path);
        Assert.Equal("?sig=a1b2", file.RawQuery);
        Assert.Null(WireAssert.Header(file, "X-API-Key"));
        Assert.Null(WireAssert.Header(file, "Authorization"));
        Assert.Null(WireAssert.Header(file, "X-Org"));
    }

    [Fact]
    [Trait("operationId", "get_access_invite_photo")]
    public async Task OpenPhoto_of_an_invite_without_one_downloads_nothing()
    {
        await _fake.RespondAsync("get_access_invite_photo", 204, null);
        using var client = _fake.CreateClient();

        var opened = await client.Integrations.AccessInvites.OpenPhotoAsync(Id, InviteId);

        Assert.False(opened.HasValue);
        Assert.Equal(204, opened.Status);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "get_access_invite_photo")]
    public async Task OpenPhoto_refuses_a_url_that_is_not_http_without_showing_it()
    {
        await _fake.RespondAsync("get_access_invite_photo", 200, """{ "url": "file:///etc/passwd?sig=secret-token", "expires_in_seconds": 60 }""");
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppSerializationException>(() => client.Integrations.AccessInvites.OpenPhotoAsync(Id, InviteId));

        Assert.Equal("get_access_invite_photo", ex.OperationName);
        Assert.DoesNotContain("secret-token", ex.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "post_access_invite_photo")]
    public async Task UploadPhoto_sends_one_file_part_with_the_type_found_in_the_bytes()
    {
        await _fake.RespondAsync("post_access_invite_photo", 200, InviteSamples.PhotoUploaded);
        using var client = _fake.CreateClient();

        var uploaded = (await client.Integrations.AccessInvites.UploadPhotoAsync(Id, InviteId, Samples.Jpeg, "guest.jpg")).Value;

        var parts = await _fake.AssertSingleMultipartCallAsync(
            "post_access_invite_photo", "POST", $"/integrations/{Id}/access-invites/{InviteId}/photo", TestKeys.Org);
        var file = Assert.Single(parts);
        Assert.Equal("file", file.Name);
        Assert.Equal("guest.jpg", file.FileName);
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal(Samples.Jpeg, file.Content);
        Assert.Null(WireAssert.Header(_fake.Server.LogEntries.Single().RequestMessage!, "Idempotency-Key"));
        Assert.EndsWith("/photo.jpg?sig=a1b2", uploaded.Url, StringComparison.Ordinal);
        Assert.Equal(900, uploaded.ExpiresInSeconds);
    }

    [Fact]
    [Trait("operationId", "post_access_invite_photo")]
    public async Task UploadPhoto_from_a_stream_with_a_declared_type_sends_that_type()
    {
        await _fake.RespondAsync("post_access_invite_photo", 200, InviteSamples.PhotoUploaded);
        using var client = _fake.CreateClient();
        using var stream = new MemoryStream(Samples.Png);

        await client.Integrations.AccessInvites.UploadPhotoAsync(Id, InviteId, stream, "guest.png", "image/png; charset=binary");

        var file = Assert.Single(await _fake.AssertSingleMultipartCallAsync(
            "post_access_invite_photo", "POST", $"/integrations/{Id}/access-invites/{InviteId}/photo", TestKeys.Org));
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Samples.Png, file.Content);
    }

    [Fact]
    public async Task UploadPhoto_of_bytes_that_are_not_an_accepted_image_or_contradict_the_type_fails_before_sending()
    {
        using var client = _fake.CreateClient();
        var invites = client.Integrations.AccessInvites;

        var notImage = await Assert.ThrowsAsync<ArgumentException>(() => invites.UploadPhotoAsync(Id, InviteId, "GIF89a"u8.ToArray(), "guest.gif"));
        var contradicts = await Assert.ThrowsAsync<ArgumentException>(() => invites.UploadPhotoAsync(Id, InviteId, Samples.Png, "guest.jpg", "image/jpeg"));
        var badName = await Assert.ThrowsAsync<ArgumentException>(() => invites.UploadPhotoAsync(Id, InviteId, Samples.Png, "a\"b.png"));
        using var stream = new MemoryStream("not an image"u8.ToArray());
        var fromStream = await Assert.ThrowsAsync<ArgumentException>(() => invites.UploadPhotoAsync(Id, InviteId, stream, "guest.png"));

        Assert.Equal("image", notImage.ParamName);
        Assert.Equal("contentType", contradicts.ParamName);
        Assert.Equal("fileName", badName.ParamName);
        Assert.Equal("image", fromStream.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "delete_access_invite_photo")]
    public async Task DeletePhoto_sends_delete_without_a_body_and_succeeds_on_204()
    {
        await _fake.RespondAsync("delete_access_invite_photo", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.AccessInvites.DeletePhotoAsync(Id, InviteId);

        await _fake.AssertSingleCallAsync(
            "delete_access_invite_photo", "DELETE", $"/integrations/{Id}/access-invites/{InviteId}/photo", TestKeys.Org, jsonBody: null);
        Assert.Equal(204, response.Status);
    }

    [Fact]
    [Trait("operationId", "post_access_invite_message_media")]
    public async Task UploadMessageMedia_sends_one_file_part_and_decodes_the_slot()
    {
        await _fake.RespondAsync("post_access_invite_message_media", 200, InviteSamples.MediaUploaded);
        using var client = _fake.CreateClient();

        var uploaded = (await client.Integrations.AccessInvites.UploadMessageMediaAsync(Id, InviteId, Samples.Png, "map.png")).Value;

        var file = Assert.Single(await _fake.AssertSingleMultipartCallAsync(
            "post_access_invite_message_media", "POST", $"/integrations/{Id}/access-invites/{InviteId}/message-media", TestKeys.Org));
        Assert.Equal("file", file.Name);
        Assert.Equal("map.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Samples.Png, file.Content);
        Assert.Equal("body-1", uploaded.Slot);
        Assert.Equal(600, uploaded.ExpiresInSeconds);
    }

    [Fact]
    [Trait("operationId", "post_access_invite_message_media")]
    public async Task UploadMessageMedia_from_a_stream_is_checked_like_the_bytes()
    {
        await _fake.RespondAsync("post_access_invite_message_media", 200, InviteSamples.MediaUploaded);
        using var client = _fake.CreateClient();
        using var refused = new MemoryStream("<svg/>"u8.ToArray());
        using var accepted = new MemoryStream(Samples.Jpeg);

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => client.Integrations.AccessInvites.UploadMessageMediaAsync(Id, InviteId, refused, "map.svg"));
        Assert.Equal("image", ex.ParamName);
        Assert.Empty(_fake.Server.LogEntries);

        await client.Integrations.AccessInvites.UploadMessageMediaAsync(Id, InviteId, accepted, "map.jpg");

        var file = Assert.Single(await _fake.AssertSingleMultipartCallAsync(
            "post_access_invite_message_media", "POST", $"/integrations/{Id}/access-invites/{InviteId}/message-media", TestKeys.Org));
        Assert.Equal("image/jpeg", file.ContentType);
    }

    [Fact]
    [Trait("operationId", "get_access_invite_message_media")]
    public async Task GetMessageMedia_reads_a_slot_and_succeeds_without_a_value_when_it_is_empty()
    {
        await _fake.RespondAsync("get_access_invite_message_media", 200, InviteSamples.MediaUrl(Origin));
        using var client = _fake.CreateClient();

        var media = await client.Integrations.AccessInvites.GetMessageMediaAsync(Id, InviteId, "body-1");

        await _fake.AssertSingleCallAsync(
            "get_access_invite_message_media", "GET", $"/integrations/{Id}/access-invites/{InviteId}/message-media/body-1", TestKeys.Org, jsonBody: null);
        Assert.Equal(Origin + InviteSamples.MediaPath + "?sig=c3d4", media.Value.Url);

        _fake.Reset();
        await _fake.RespondAsync("get_access_invite_message_media", 204, null);
        var empty = await client.Integrations.AccessInvites.GetMessageMediaAsync(Id, InviteId, "body-2");
        Assert.False(empty.HasValue);
        Assert.Equal(204, empty.Status);
    }

    [Fact]
    [Trait("operationId", "get_access_invite_message_media")]
    public async Task OpenMessageMedia_streams_the_slots_image_or_nothing_for_an_empty_slot()
    {
        _fake.Server.Given(Request.Create().WithPath(InviteSamples.MediaPath).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/png").WithBody(Samples.Png));
        await _fake.RespondAsync("get_access_invite_message_media", 200, InviteSamples.MediaUrl(Origin));
        using var client = _fake.CreateClient();

        var opened = await client.Integrations.AccessInvites.OpenMessageMediaAsync(Id, InviteId, "body-1");
        await using (var download = opened.Value)
        {
            using var received = new MemoryStream();
            await download.Content.CopyToAsync(received);
            Assert.Equal(Samples.Png, received.ToArray());
            Assert.Equal("image/png", download.ContentType);
        }

        var entries = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(InviteSamples.MediaPath, entries[1].Path);
        Assert.Null(WireAssert.Header(entries[1], "X-API-Key"));

        _fake.Reset();
        await _fake.RespondAsync("get_access_invite_message_media", 204, null);
        var empty = await client.Integrations.AccessInvites.OpenMessageMediaAsync(Id, InviteId, "body-2");
        Assert.False(empty.HasValue);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task A_blank_slot_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.AccessInvites.OpenMessageMediaAsync(Id, InviteId, ""));

        Assert.Equal("slot", ex.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }
}
