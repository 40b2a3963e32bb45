using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations;

/// <summary>
/// What running a provider-specific op came to: the op ran and this is its result (HTTP 200), or a sharing policy
/// holds it for an administrator's approval (HTTP 202) and nothing ran yet. Branch on
/// <see cref="IsPendingApproval"/>; neither case is an exception.
/// </summary>
public sealed class OpResult
{
    private OpResult(JsonElement result, PendingSharingApprovalResponse? pendingApproval)
    {
        Result = result;
        PendingApproval = pendingApproval;
    }

    /// <summary>Whether the op waits for approval instead of having run.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(PendingApproval))]
    public bool IsPendingApproval => PendingApproval is not null;

    /// <summary>
    /// The op's result as provider-specific JSON; <see cref="JsonValueKind.Undefined"/> while it waits for approval or
    /// when the server answered without a body.
    /// </summary>
    public JsonElement Result { get; }

    /// <summary>The approval request, when a sharing policy holds the op; otherwise null.</summary>
    public PendingSharingApprovalResponse? PendingApproval { get; }

    /// <summary>A result of an op that ran.</summary>
    internal static OpResult Completed(JsonElement result) => new(result, null);

    /// <summary>An op held for approval.</summary>
    internal static OpResult Pending(PendingSharingApprovalResponse pendingApproval)
    {
        ArgumentNullException.ThrowIfNull(pendingApproval);
        return new OpResult(default, pendingApproval);
    }

    /// <summary>A short description that never includes the result (it may hold provider data).</summary>
    public override string ToString() => IsPendingApproval ? "OpResult(pending approval " + PendingApproval.Id + ")" : "OpResult(completed)";
}
