using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Benchmarks.Baseline;

/// <summary>
/// The yardstick: what a careful developer writes by hand with <see cref="HttpClient"/> and a source-generated
/// context. Same URLs, query keys, headers and bodies as the SDK (checked before measuring), streamed decoding,
/// <see cref="HttpCompletionOption.ResponseHeadersRead"/>; no retries, timeouts beyond HttpClient's own, telemetry or
/// error mapping beyond EnsureSuccessStatusCode.
/// </summary>
public sealed class BaselineClient
{
    private const string ListFlags = "include_deleted=false&only_deleted=false";
    private static readonly MediaTypeWithQualityHeaderValue s_acceptJson = new("application/json");

    private readonly HttpClient _http;
    private readonly string _root;
    private readonly string _apiKey;
    private readonly string _organizationId;
    private readonly string _userAgent;

    public BaselineClient(HttpClient http, string root, string apiKey, string organizationId, string userAgent)
    {
        _http = http;
        _root = root;
        _apiKey = apiKey;
        _organizationId = organizationId;
        _userAgent = userAgent;
    }

    public Task<IntegrationResponse> GetIntegrationAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(
            new HttpRequestMessage(HttpMethod.Get, _root + "/integrations/" + Uri.EscapeDataString(id)),
            BaselineJsonContext.Default.IntegrationResponse,
            cancellationToken);

    public Task<BaselinePage<IntegrationResponse>> ListIntegrationsAsync(int limit, int offset, CancellationToken cancellationToken = default) =>
        SendAsync(
            new HttpRequestMessage(
                HttpMethod.Get,
                string.Create(CultureInfo.InvariantCulture, $"{_root}/integrations?{ListFlags}&limit={limit}&offset={offset}")),
            BaselineJsonContext.Default.BaselinePageIntegrationResponse,
            cancellationToken);

    public Task<BaselinePage<EntityResponse>> ListEntitiesAsync(string id, int limit, int offset, CancellationToken cancellationToken = default) =>
        SendAsync(
            new HttpRequestMessage(
                HttpMethod.Get,
                string.Create(CultureInfo.InvariantCulture, $"{_root}/integrations/{Uri.EscapeDataString(id)}/entities?{ListFlags}&limit={limit}&offset={offset}")),
            BaselineJsonContext.Default.BaselinePageEntityResponse,
            cancellationToken);

    /// <summary>Every entity, page after page: the offset advances by the items received, up to the total.</summary>
    public async IAsyncEnumerable<EntityResponse> ListAllEntitiesAsync(
        string id,
        int limit,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var offset = 0;
        while (true)
        {
            var page = await ListEntitiesAsync(id, limit, offset, cancellationToken).ConfigureAwait(false);
            foreach (var entity in page.Items)
            {
                yield return entity;
            }

            offset += page.Items.Count;
            if (page.Items.Count == 0 || offset >= page.Total)
            {
                yield break;
            }
        }
    }

    public Task<IntegrationResponse> CreateIntegrationAsync(CreateIntegrationBody body, CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BaselineJsonContext.Default.CreateIntegrationBody));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return SendAsync(
            new HttpRequestMessage(HttpMethod.Post, _root + "/integrations") { Content = content },
            BaselineJsonContext.Default.IntegrationResponse,
            cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using (request)
        {
            var headers = request.Headers;
            headers.Accept.Add(s_acceptJson);
            headers.TryAddWithoutValidation("User-Agent", _userAgent);
            headers.TryAddWithoutValidation("X-API-Key", _apiKey);
            headers.TryAddWithoutValidation("X-Org", _organizationId);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The body was null.");
            }
        }
    }
}
