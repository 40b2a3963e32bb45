using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// The page and output flags of a list whose items can be soft-deleted (integrations, entities, zones). The flags are
/// always sent, before the page: <c>include_deleted</c>, <c>only_deleted</c>, <c>limit</c>, <c>offset</c>.
/// </summary>
public abstract class DeletableListOptions : ListOptions
{
    /// <summary>Include soft-deleted items (<c>include_deleted</c>).</summary>
    public bool IncludeDeleted { get; set; }

    /// <summary>Return only soft-deleted items (<c>only_deleted</c>).</summary>
    public bool OnlyDeleted { get; set; }

    private protected override void AddOutputFlags(RequestSpec spec) =>
        spec.AddQuery("include_deleted", IncludeDeleted).AddQuery("only_deleted", OnlyDeleted);
}
