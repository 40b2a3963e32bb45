using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Tests.Authentication;

/// <summary>No description of a key, credential, options object, client, request or body ever shows the secret.</summary>
public sealed class SecretRedactionTests
{
    private const string Key = "https://openapp.house_openapp_" + TestKeys.Secret;

    [Fact]
    public void A_parsed_key_shows_at_most_the_origin_and_a_short_tail()
    {
        var text = OpenAppApiKey.Parse(Key).ToString();

        Assert.DoesNotContain(TestKeys.Secret, text, StringComparison.Ordinal);
        Assert.StartsWith("https://openapp.house_openapp_", text, StringComparison.Ordinal);
        Assert.True(text.Length <= "https://openapp.house_openapp_".Length + 7, text);
    }

    [Fact]
    public void A_short_secret_is_not_shown_at_all()
    {
        var text = OpenAppApiKey.Parse("https://openapp.house_openapp_s3cr3t").ToString();

        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cr3t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_do_not_show_the_key_or_token()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMUpBODRGOCJ9.PLANTED-jwt-signature";

        foreach (var credential in new[]
        {
            OpenAppCredential.FromApiKey(Key),
            OpenAppCredential.FromApiKey(Key, ApiKeyHeader.AuthorizationBearer),
            OpenAppCredential.FromBearerToken(jwt),
            OpenAppCredential.FromTokenProvider(_ => ValueTask.FromResult(jwt)),
        })
        {
            var text = credential.ToString();
            Assert.DoesNotContain(TestKeys.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("PLANTED-jwt-signature", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_do_not_show_the_key()
    {
        var options = new OpenAppClientOptions { ApiKey = Key, OrganizationId = TestKeys.Org };

        var text = options.ToString();

        Assert.DoesNotContain(TestKeys.Secret, text, StringComparison.Ordinal);
        Assert.Contains(TestKeys.Org, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_its_scoped_copy_and_its_transport_do_not_show_the_key()
    {
        using var client = new OpenAppClient(Key, TestKeys.Org);

        foreach (var text in new[]
        {
            client.ToString(),
            client.ForOrganization(TestKeys.OtherOrg).ToString(),
            client.Transport.ToString(),
            client.Integrations.ToString()!,
        })
        {
            Assert.DoesNotContain(TestKeys.Secret, text, StringComparison.Ordinal);
        }

        Assert.Contains("openapp.house", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Request_specs_bodies_and_optional_fields_do_not_show_secrets_payloads()
    {
        var request = new UpdateIntegrationRequest { Secrets = Json.Parse("""{"webhook_token": "PLANTED-webhook-secret"}""") };
        var spec = new RequestSpec(HttpMethod.Put, "/integrations/{id}", "update_integration")
        {
            Body = RequestBody.FromJson(request, Serialization.OpenAppJson.TypeInfo<UpdateIntegrationRequest>()),
        }.SetPathParameter("id", Samples.IntegrationId);

        // The request's own Secrets is the caller's JsonElement (its ToString is the JSON): what the SDK builds from it
        // must not show it.
        foreach (var text in new[] { spec.ToString(), spec.Body!.ToString(), request.ToString()!, request.SecretsOnWire.ToString() })
        {
            Assert.DoesNotContain("PLANTED-webhook-secret", text, StringComparison.Ordinal);
        }
    }
}
