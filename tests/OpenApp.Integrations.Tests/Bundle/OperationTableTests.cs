using System.Globalization;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Tests.Bundle;

/// <summary>
/// The generated operation table says what the bundle says, operation by operation, and a spec made from it behaves
/// accordingly (route, X-Org, query keys, Idempotency-Key only where declared).
/// </summary>
public sealed class OperationTableTests
{
    public static TheoryData<string> OperationIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in BundleDocument.Operations.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void The_table_has_every_operation_of_the_bundle_once()
    {
        Assert.Equal(
            BundleDocument.Operations.Keys.Order(StringComparer.Ordinal),
            OpenAppOperations.All.Select(o => o.OperationId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void An_entry_matches_its_bundle_operation(string operationId)
    {
        var bundle = BundleDocument.Operation(operationId);
        var entry = Assert.Single(OpenAppOperations.All, o => o.OperationId == operationId);
        var parameters = bundle.Node["parameters"]?.AsArray() ?? new JsonArray();

        Assert.Equal(bundle.Method, entry.Method.Method);
        Assert.Equal(bundle.PathTemplate, entry.PathTemplate);
        Assert.Equal(bundle.RequiresOrganization, entry.RequiresOrganization);
        Assert.Equal(
            bundle.Node["responses"]!.AsObject().Select(r => int.Parse(r.Key, CultureInfo.InvariantCulture)).Where(s => s is >= 200 and < 300).Order(),
            entry.SuccessStatuses);
        Assert.Equal(
            parameters.Where(p => (string)p!["in"]! == "header" && (string)p["name"]! != "X-Org").Select(p => (string)p!["name"]!),
            entry.RequestHeaders);
        Assert.Equal(bundle.Node["requestBody"]?["content"]?.AsObject().Select(c => c.Key).Single(), entry.RequestContentType);
        Assert.Equal(ExpectedQueryKeys(parameters), entry.QueryParameters);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void A_spec_from_the_table_carries_an_idempotency_key_exactly_when_the_contract_declares_one(string operationId)
    {
        var entry = Assert.Single(OpenAppOperations.All, o => o.OperationId == operationId);

        var spec = new RequestSpec(entry);

        Assert.Equal(entry.RequestHeaders.Contains("Idempotency-Key"), spec.IdempotencyKey is not null);
        Assert.Equal(entry.RequiresOrganization, spec.RequiresOrganization);
        Assert.Equal(operationId, spec.OperationName);
    }

    [Fact]
    public void Only_invite_creation_and_reconciliation_declare_an_idempotency_key()
    {
        Assert.Equal(
            new[] { "create_integration_access_invite", "reconcile_integration_access_invite" },
            OpenAppOperations.All.Where(o => o.DeclaresIdempotencyKey).Select(o => o.OperationId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_spec_refuses_a_query_key_its_operation_does_not_declare()
    {
        var spec = new RequestSpec(OpenAppOperations.GetIntegration);

        spec.AddQuery("include_deleted", true);
        var ex = Assert.Throws<InvalidOperationException>(() => spec.AddQuery("include_metadata", true));

        Assert.Contains("get_integration", ex.Message, StringComparison.Ordinal);
    }

    // Exploded object parameters put their properties on the wire; others their own name.
    private static List<string> ExpectedQueryKeys(JsonArray parameters)
    {
        var schemas = BundleDocument.Document["components"]!["schemas"]!;
        var keys = new List<string>();
        foreach (var parameter in parameters.Where(p => (string)p!["in"]! == "query"))
        {
            var schema = parameter!["schema"]!;
            if (schema["$ref"] is JsonValue reference)
            {
                schema = schemas[((string)reference!).Split('/')[^1]]!;
            }

            if (schema["properties"] is JsonObject properties)
            {
                Assert.Equal("form", (string?)parameter["style"]);
                Assert.True((bool?)parameter["explode"]);
                keys.AddRange(properties.Select(p => p.Key));
            }
            else
            {
                keys.Add((string)parameter["name"]!);
            }
        }

        return keys;
    }
}
