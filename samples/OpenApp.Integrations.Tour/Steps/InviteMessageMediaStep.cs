namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Adds a picture to the invitation message and reads it back by its slot.</summary>
public sealed class InviteMessageMediaStep : ITourStep
{
    public string Title => "Invitation message images (upload, read by slot, download)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var inviteId = context.InviteId ?? throw new InvalidOperationException("The invite was not created.");
        context.Say("The invitation message can show pictures, such as a map to the side entrance. " +
            "Each upload is stored in a slot, by which it is read back.");

        var uploaded = (await invites.UploadMessageMediaAsync(id, inviteId, ImageStep.Png, "map.png", requestOptions: TourContext.Write(), cancellationToken: cancellationToken)).Value;
        context.Say($"uploaded a map into slot \"{uploaded.Slot}\"");

        var read = await invites.GetMessageMediaAsync(id, inviteId, uploaded.Slot, cancellationToken: cancellationToken);
        context.Say(read.HasValue ? $"slot \"{uploaded.Slot}\" links to the image for {read.Value.ExpiresInSeconds} s" : "the slot is empty");

        var opened = await invites.OpenMessageMediaAsync(id, inviteId, uploaded.Slot, cancellationToken: cancellationToken);
        if (opened.HasValue)
        {
            await using var media = opened.Value;
            using var copy = new MemoryStream();
            await media.Content.CopyToAsync(copy, cancellationToken);
            context.Say($"downloaded it: {copy.Length} bytes of {media.ContentType}");
        }
    }
}
