using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations;

/// <summary>
/// The checks a policy body gets before it is sent, shared by integration and device policies: the server refuses
/// these bodies anyway, and an <see cref="ArgumentException"/> names the problem without a round trip.
/// </summary>
internal static class PolicyRequestChecks
{
    public static void Create(CreatePolicyRequest request, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(request, parameterName);
        if (string.IsNullOrWhiteSpace(request.PolicyType))
        {
            throw new ArgumentException("CreatePolicyRequest.PolicyType is required, e.g. \"invitation_curfew\" or \"user_sharing\".", parameterName);
        }

        if (request.Config.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException(
                $"CreatePolicyRequest.Config must be a JSON object (its shape depends on the policy type), not {Describe(request.Config.ValueKind)}.",
                parameterName);
        }
    }

    public static void Update(UpdatePolicyRequest request, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(request, parameterName);

        // Config is the one field whose null the server refuses: leaving it unset is how a caller keeps it.
        if (request.ConfigOnWire is { IsSet: true, Value: var config } && config?.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException(
                config is null
                    ? "UpdatePolicyRequest.Config cannot be null (the server refuses it); leave Config unset to keep the current settings."
                    : $"UpdatePolicyRequest.Config must be a JSON object, not {Describe(config.Value.ValueKind)}.",
                parameterName);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Undefined => "left unset",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "a boolean",
    };
}
