using System.Net.Http.Headers;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>The fake's invite photos and message images: stored, served without credentials, read as 204 when absent.</summary>
public class InviteMediaTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public InviteMediaTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_photo_is_served_until_it_is_deleted_and_reads_as_no_value_without_one()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);
        var invites = client.Integrations.AccessInvites;
        Assert.False((await invites.GetPhotoAsync(id, inviteId)).HasValue);

        var uploaded = (await invites.UploadPhotoAsync(id, inviteId, TestImages.Jpeg, "guest.jpg")).Value;
        var read = (await invites.GetPhotoAsync(id, inviteId)).Value;
        var opened = await invites.OpenPhotoAsync(id, inviteId);
        byte[] bytes;
        await using (var download = opened.Value)
        {
            using var received = new MemoryStream();
            await download.Content.CopyToAsync(received);
            bytes = received.ToArray();
            Assert.Equal("image/jpeg", download.ContentType);
        }

        Assert.Equal(uploaded.Url, read.Url);
        Assert.Equal(TestImages.Jpeg, bytes);
        Assert.Equal(uploaded.Url, Assert.Single((await invites.ListAsync(id)).Value.Items).PhotoUrl);

        var deleted = await invites.DeletePhotoAsync(id, inviteId);
        Assert.Equal(204, deleted.Status);
        Assert.Equal(204, (await invites.GetPhotoAsync(id, inviteId)).Status);
        Assert.False((await invites.OpenPhotoAsync(id, inviteId)).HasValue);
        Assert.Null(Assert.Single((await invites.ListAsync(id)).Value.Items).PhotoUrl);
        using var http = new HttpClient();
        Assert.Equal(404, (int)(await http.GetAsync(uploaded.Url)).StatusCode);
        Assert.Equal(204, (await invites.DeletePhotoAsync(id, inviteId)).Status);
    }

    [Fact]
    public async Task A_new_photo_replaces_the_old_one()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);
        var invites = client.Integrations.AccessInvites;

        var first = (await invites.UploadPhotoAsync(id, inviteId, TestImages.Jpeg, "a.jpg")).Value;
        var second = (await invites.UploadPhotoAsync(id, inviteId, TestImages.Png, "b.png")).Value;

        Assert.Equal(second.Url, (await invites.GetPhotoAsync(id, inviteId)).Value.Url);
        using var http = new HttpClient();
        Assert.Equal(404, (int)(await http.GetAsync(first.Url)).StatusCode);
        Assert.Equal(200, (int)(await http.GetAsync(second.Url)).StatusCode);
    }

    [Fact]
    public async Task Message_images_take_the_next_slot_and_an_empty_slot_reads_as_no_value()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);
        var invites = client.Integrations.AccessInvites;

        var map = (await invites.UploadMessageMediaAsync(id, inviteId, TestImages.Png, "map.png")).Value;
        var door = (await invites.UploadMessageMediaAsync(id, inviteId, TestImages.Jpeg, "door.jpg")).Value;
        var read = (await invites.GetMessageMediaAsync(id, inviteId, map.Slot)).Value;
        var empty = await invites.GetMessageMediaAsync(id, inviteId, "body-9");
        await using var opened = (await invites.OpenMessageMediaAsync(id, inviteId, door.Slot)).Value;
        using var received = new MemoryStream();
        await opened.Content.CopyToAsync(received);

        Assert.Equal("body-1", map.Slot);
        Assert.Equal("body-2", door.Slot);
        Assert.Equal(map.Url, read.Url);
        Assert.Equal(3600, read.ExpiresInSeconds);
        Assert.False(empty.HasValue);
        Assert.Equal(204, empty.Status);
        Assert.Equal(TestImages.Jpeg, received.ToArray());
    }

    [Fact]
    public async Task Deleting_the_invite_stops_serving_its_images()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);
        var invites = client.Integrations.AccessInvites;
        var photo = (await invites.UploadPhotoAsync(id, inviteId, TestImages.Png, "p.png")).Value;
        var media = (await invites.UploadMessageMediaAsync(id, inviteId, TestImages.Png, "m.png")).Value;

        await invites.DeleteAsync(id, inviteId);

        using var http = new HttpClient();
        Assert.Equal(404, (int)(await http.GetAsync(photo.Url)).StatusCode);
        Assert.Equal(404, (int)(await http.GetAsync(media.Url)).StatusCode);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => invites.GetPhotoAsync(id, inviteId))).Status);
    }

    [Theory]
    [InlineData("photo", "image/gif", "content type")]
    [InlineData("message-media", "image/png", "not a image/png image")]
    public async Task A_file_that_is_not_an_accepted_image_is_400_naming_file(string route, string contentType, string problem)
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestImages.Jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "picture");
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.ApiRoot + $"/integrations/{id}/access-invites/{inviteId}/{route}") { Content = form };
        request.Headers.Add("X-API-Key", _server.ApiKey);
        request.Headers.Add("X-Org", FakeOpenAppServer.DefaultOrganizationId);

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("'file'", body, StringComparison.Ordinal);
        Assert.Contains(problem, body, StringComparison.Ordinal);
        Assert.Equal(204, (await client.Integrations.AccessInvites.GetPhotoAsync(id, inviteId)).Status);
    }

    private async Task<(string IntegrationId, string InviteId)> InviteAsync(OpenAppClient client)
    {
        var id = _server.SeedIntegration();
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate" })).Value;
        var invite = (await client.Integrations.AccessInvites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { portal.Id },
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "24h" } },
        })).Value;
        return (id, invite.InviteLinkId);
    }
}
