using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Server;

/// <summary>
/// Writes JSON the way a server does: non-ASCII text (Hebrew names) and quotes stay readable instead of becoming
/// <c>\u05D0</c> or <c>\u0027</c>, which matters for the request log and for raw bodies in assertions.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
