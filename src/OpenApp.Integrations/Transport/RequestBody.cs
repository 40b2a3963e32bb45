using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// The body of a request, encoded once and replayed unchanged on every attempt. Its <see cref="ToString"/> never
/// shows the content (request bodies may carry secrets).
/// </summary>
public abstract class RequestBody
{
    /// <summary>Creates a JSON body from a model registered in a source-generated context.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="value">The model.</param>
    /// <param name="typeInfo">Its JSON contract, e.g. <c>OpenAppJson.TypeInfo&lt;CreateIntegrationRequest&gt;()</c>.</param>
    public static RequestBody FromJson<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new JsonRequestBody(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
    }

    /// <summary>Creates a JSON body from a JSON value.</summary>
    /// <param name="value">The value; an undefined element is sent as <c>{}</c>.</param>
    public static RequestBody FromJson(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return new JsonRequestBody("{}"u8.ToArray());
        }

        // Written as the element is, without a serializer context: the transport needs no models to send JSON.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return new JsonRequestBody(buffer.WrittenSpan.ToArray());
    }

    /// <summary>Creates a JSON body from a JSON node (e.g. a model adjusted after serialization).</summary>
    /// <param name="value">The node; null is sent as JSON <c>null</c>.</param>
    public static RequestBody FromJson(JsonNode? value) =>
        new JsonRequestBody(Encoding.UTF8.GetBytes(value?.ToJsonString() ?? "null"));

    /// <summary>The media type of the body.</summary>
    public abstract string ContentType { get; }

    /// <summary>Creates fresh content for one attempt.</summary>
    internal abstract HttpContent CreateContent();

    /// <summary>The encoded bytes when the body is JSON (for tests and logging with redaction), else empty.</summary>
    internal virtual ReadOnlyMemory<byte> JsonBytes => ReadOnlyMemory<byte>.Empty;

    /// <summary>Describes the body without its content.</summary>
    public override string ToString() => ContentType + " body";
}

/// <summary>UTF-8 JSON bytes.</summary>
internal sealed class JsonRequestBody : RequestBody
{
    private readonly byte[] _bytes;

    public JsonRequestBody(byte[] bytes) => _bytes = bytes;

    public override string ContentType => "application/json";

    internal override ReadOnlyMemory<byte> JsonBytes => _bytes;

    internal override HttpContent CreateContent()
    {
        var content = new ByteArrayContent(_bytes);

        // A raw value: the same header on the wire as a typed ContentType, without a parsed-value entry per attempt.
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }
}

/// <summary>A multipart/form-data body with one file part.</summary>
internal sealed class MultipartFileBody : RequestBody
{
    private readonly string _partName;
    private readonly string _fileName;
    private readonly string _fileContentType;
    private readonly ReadOnlyMemory<byte> _data;

    public MultipartFileBody(string partName, string fileName, string fileContentType, ReadOnlyMemory<byte> data)
    {
        _partName = partName;
        _fileName = fileName;
        _fileContentType = fileContentType;
        _data = data;
    }

    public override string ContentType => "multipart/form-data";

    internal override HttpContent CreateContent()
    {
        var file = new ReadOnlyMemoryContent(_data);
        file.Headers.ContentType = new MediaTypeHeaderValue(_fileContentType);
        var form = new MultipartFormDataContent();
        form.Add(file, _partName, _fileName);
        return form;
    }
}
