using System.Globalization;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The photo of an invite (upload replaces it, read answers 204 when there is none, delete answers 204) and the images
/// of its message (each upload takes the next slot, <c>body-1</c>, <c>body-2</c>, ...; an empty slot reads as 204).
/// </summary>
internal static class InviteMediaRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["get_access_invite_photo"] = GetPhoto;
        handlers["post_access_invite_photo"] = PostPhoto;
        handlers["delete_access_invite_photo"] = DeletePhoto;
        handlers["post_access_invite_message_media"] = PostMessageMedia;
        handlers["get_access_invite_message_media"] = GetMessageMedia;
    }

    /// <summary>Stops serving every image of an invite (it is being deleted).</summary>
    public static void Forget(InviteRecord invite, FakeStore store)
    {
        UploadedImages.Forget(invite.Photo, store);
        foreach (var media in invite.MessageMedia.Values)
        {
            UploadedImages.Forget(media, store);
        }
    }

    private static FakeResponse GetPhoto(FakeRequest request, RouteContext context)
    {
        var invite = Invite(request, context);
        return invite.Photo is { } photo ? FakeResponse.Ok(UploadedImages.UrlView(photo, context)) : FakeResponse.NoContent();
    }

    private static FakeResponse PostPhoto(FakeRequest request, RouteContext context)
    {
        var invite = Invite(request, context);
        var photo = UploadedImages.Store(request, context);
        UploadedImages.Forget(invite.Photo, context.Store);
        invite.Photo = photo;
        invite.UpdatedAt = context.Now;
        return FakeResponse.Ok(UploadedImages.UrlView(photo, context));
    }

    private static FakeResponse DeletePhoto(FakeRequest request, RouteContext context)
    {
        var invite = Invite(request, context);
        if (invite.Photo is not null)
        {
            UploadedImages.Forget(invite.Photo, context.Store);
            invite.Photo = null;
            invite.UpdatedAt = context.Now;
        }

        return FakeResponse.NoContent();
    }

    private static FakeResponse PostMessageMedia(FakeRequest request, RouteContext context)
    {
        var invite = Invite(request, context);
        var media = UploadedImages.Store(request, context);
        invite.MessageMediaSlotsUsed++;
        var slot = "body-" + invite.MessageMediaSlotsUsed.ToString(CultureInfo.InvariantCulture);
        invite.MessageMedia[slot] = media;
        var view = UploadedImages.UrlView(media, context);
        view["slot"] = slot;
        return FakeResponse.Ok(view);
    }

    private static FakeResponse GetMessageMedia(FakeRequest request, RouteContext context)
    {
        var invite = Invite(request, context);
        return invite.MessageMedia.TryGetValue(request.Route("slot"), out var media)
            ? FakeResponse.Ok(UploadedImages.UrlView(media, context))
            : FakeResponse.NoContent();
    }

    private static InviteRecord Invite(FakeRequest request, RouteContext context) =>
        InviteRoutes.Find(context.Integration(request), request.Route("invite_link_id"));
}
