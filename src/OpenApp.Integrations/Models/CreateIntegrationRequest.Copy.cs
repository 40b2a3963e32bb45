namespace OpenApp.Integrations.Models;

/// <summary>Hand-written additions to the generated <see cref="CreateIntegrationRequest"/>.</summary>
public partial class CreateIntegrationRequest
{
    /// <summary>
    /// A shallow copy with <see cref="OrgId"/> set: how the client fills in an empty org id for one call without
    /// writing to the caller's object (which may be reused, even concurrently, for other organizations).
    /// </summary>
    internal CreateIntegrationRequest WithOrgId(string orgId)
    {
        var copy = (CreateIntegrationRequest)MemberwiseClone();
        copy.OrgId = orgId;
        return copy;
    }
}
