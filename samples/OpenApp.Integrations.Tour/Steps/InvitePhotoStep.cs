namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Gives the invite a photo of the guest, reads it back as a URL and as a download, then removes it.</summary>
public sealed class InvitePhotoStep : ITourStep
{
    public string Title => "Invite photo (upload, read, download, delete)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var inviteId = context.InviteId ?? throw new InvalidOperationException("The invite was not created.");
        context.Say("An invite can carry the guest's photo, so whoever opens the door knows whom to expect. " +
            "We upload one, read it back, and remove it again.");

        // The SDK checks the bytes are a JPEG, PNG or WebP image before sending them.
        var uploaded = (await invites.UploadPhotoAsync(id, inviteId, ImageStep.Png, "guest.png", requestOptions: TourContext.Write(), cancellationToken: cancellationToken)).Value;
        context.Say($"uploaded; the photo's link works for {uploaded.ExpiresInSeconds} s");

        var opened = await invites.OpenPhotoAsync(id, inviteId, cancellationToken: cancellationToken);
        if (opened.HasValue)
        {
            // A stream from the file's host (no OpenApp credentials go there): nothing is buffered whole.
            await using var photo = opened.Value;
            using var copy = new MemoryStream();
            await photo.Content.CopyToAsync(copy, cancellationToken);
            context.Say($"downloaded it: {copy.Length} bytes of {photo.ContentType}");
        }

        await invites.DeletePhotoAsync(id, inviteId, cancellationToken: cancellationToken);
        var after = await invites.GetPhotoAsync(id, inviteId, cancellationToken: cancellationToken);
        context.Say(after.HasValue ? "the photo is still there" : $"deleted it: reading it now answers {after.Status}, no photo");
    }
}
