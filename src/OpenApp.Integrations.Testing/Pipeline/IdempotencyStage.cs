using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// A POST repeated with the same <c>Idempotency-Key</c> and body gets the first answer again instead of a second
/// write (409 for the same key with another body). Keys are kept per organization and operation; writes the contract
/// declares without <c>X-Org</c> (policies, media) keep theirs per operation for the caller, as the server scopes them by
/// the caller's credentials and the fake has a single caller. An answer that says whether it is a replay
/// (<c>idempotent_replay</c>: invite create and reconcile) is replayed as the contract describes a replay: with
/// <c>idempotent_replay: true</c> and without the one-time <c>invite_token</c> and <c>invite_url</c>.
/// </summary>
internal sealed class IdempotencyStage : IRequestStage, IDisposable
{
    private static readonly KeyValuePair<string, string>[] s_replayed = { new("Idempotent-Replayed", "true") };

    private readonly FakeStore _store;

    // One keyed write at a time, from the look-up to remembering its answer: a retry that arrives while the first
    // attempt is still running waits for it and is then answered with its result, never run a second time.
    private readonly SemaphoreSlim _keyedWrites = new(1, 1);

    public IdempotencyStage(FakeStore store)
    {
        _store = store;
    }

    public async ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        var request = exchange.Checked!;
        var key = HttpMethods.IsPost(exchange.Method) ? exchange.Header("Idempotency-Key") : null;
        if (key is null)
        {
            return await next(exchange).ConfigureAwait(false);
        }

        var scope = (request.Operation.OperationId, key);
        var bodyHash = Hash(exchange.RawPath, exchange.Body);
        await _keyedWrites.WaitAsync(exchange.Aborted).ConfigureAwait(false);
        try
        {
            lock (_store.Sync)
            {
                if (Results(request.OrganizationId).TryGetValue(scope, out var earlier))
                {
                    return earlier.BodyHash == bodyHash
                        ? new FakeResult(earlier.Status, earlier.Body, s_replayed)
                        : FakeResult.Error(409, "idempotency_key_reused", "This Idempotency-Key was used with another request body.");
                }
            }

            var result = await next(exchange).ConfigureAwait(false);
            if (result.Status is >= 200 and < 300)
            {
                lock (_store.Sync)
                {
                    Results(request.OrganizationId)[scope] = new IdempotentResult(bodyHash, result.Status, AsReplay(result.Body));
                }
            }

            return result;
        }
        finally
        {
            _keyedWrites.Release();
        }
    }

    public void Dispose() => _keyedWrites.Dispose();

    // The token and link of an invite are shown once, to the call that made it: a replay must not hand them out again.
    private static string? AsReplay(string? body)
    {
        if (body is null || JsonNode.Parse(body) is not JsonObject answer || !answer.ContainsKey("idempotent_replay"))
        {
            return body;
        }

        answer["idempotent_replay"] = true;
        answer.Remove("invite_token");
        answer.Remove("invite_url");
        return JsonText.Write(answer);
    }

    private Dictionary<(string OperationId, string Key), IdempotentResult> Results(string? organizationId) =>
        organizationId is null ? _store.CallerIdempotentResults : _store.Organization(organizationId).IdempotentResults;

    private static string Hash(string path, byte[] body)
    {
        var pathBytes = Encoding.UTF8.GetBytes(path + "\n");
        var all = new byte[pathBytes.Length + body.Length];
        pathBytes.CopyTo(all, 0);
        body.CopyTo(all, pathBytes.Length);
        return Convert.ToHexString(SHA256.HashData(all));
    }
}
