using System.Globalization;
using System.Text.Json;

namespace OpenApp.Integrations.Benchmarks.Infrastructure;

/// <summary>
/// The canned response bodies every benchmark serves, built once: realistic shapes of the current contract (localized
/// names, config and metadata objects, timestamps) so decoding costs what it costs against a real server. Only fields
/// the contract declares: an unknown field is kept by the SDK's models but dropped by the baseline's context (which
/// cannot see the models' internal extension-data property), so it would make the two sides do different work.
/// </summary>
public static class Payloads
{
    public const string ApiKey = "https://bench.openapp.test_openapp_s3cr3t-benchmark-key";
    public const string ApiRoot = "https://bench.openapp.test/api/v1";
    public const string OrganizationId = "01JBENCH0RGANIZATION00000X";
    public const string IntegrationId = "01JBENCH1NTEGRATION000000A";

    /// <summary>Integrations in the list page.</summary>
    public const int IntegrationPageSize = 100;

    /// <summary>Entities in one entity page (the server's largest page).</summary>
    public const int EntityPageSize = 200;

    /// <summary>Entities in the paging walk.</summary>
    public const int WalkTotal = 10_000;

    private static readonly DateTimeOffset s_created = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    /// <summary>One integration (<c>GET /integrations/{id}</c>, and the answer to create).</summary>
    public static byte[] Integration { get; } = Write(w => WriteIntegration(w, 0));

    /// <summary>A page of <see cref="IntegrationPageSize"/> integrations.</summary>
    public static byte[] IntegrationPage { get; } = Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("items");
        for (var i = 0; i < IntegrationPageSize; i++)
        {
            WriteIntegration(w, i);
        }

        w.WriteEndArray();
        w.WriteNumber("total", IntegrationPageSize);
        w.WriteEndObject();
    });

    /// <summary>The pages of the <see cref="WalkTotal"/>-entity walk, by page number (offset / page size).</summary>
    public static byte[][] EntityPages { get; } = Enumerable.Range(0, WalkTotal / EntityPageSize)
        .Select(page => Write(w => WriteEntityPage(w, page * EntityPageSize, EntityPageSize, WalkTotal)))
        .ToArray();

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    private static string Ulid(char kind, int n) =>
        "01JBENCH" + kind + n.ToString("D17", CultureInfo.InvariantCulture);

    private static void WriteIntegration(Utf8JsonWriter w, int n)
    {
        w.WriteStartObject();
        w.WriteString("id", n == 0 ? IntegrationId : Ulid('I', n));
        w.WriteString("org_id", OrganizationId);
        w.WriteString("provider_type", "virtual_access");
        w.WriteStartObject("name");
        w.WriteString("en", "Lobby door " + n.ToString(CultureInfo.InvariantCulture));
        w.WriteString("he", "דלת לובי " + n.ToString(CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteBoolean("enabled", true);
        w.WriteString("health", "ok");
        w.WriteStartObject("config");
        w.WriteString("site", "hq-" + (n % 7).ToString(CultureInfo.InvariantCulture));
        w.WriteNumber("poll_seconds", 30);
        w.WriteBoolean("auto_unlock", false);
        w.WriteEndObject();
        w.WriteString("created_at", s_created.AddMinutes(n));
        w.WriteString("updated_at", s_created.AddDays(1).AddMinutes(n));
        w.WriteNull("deleted_at");
        w.WriteStartObject("provider_type_name");
        w.WriteString("en", "Virtual access");
        w.WriteString("he", "גישה וירטואלית");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteEntityPage(Utf8JsonWriter w, int offset, int count, int total)
    {
        w.WriteStartObject();
        w.WriteStartArray("items");
        for (var i = offset; i < offset + count; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", Ulid('E', i));
            w.WriteString("device_id", Ulid('D', i / 4));
            w.WriteString("entity_type", (i % 4) switch { 0 => "door", 1 => "switch", 2 => "sensor", _ => "light" });
            w.WriteString("external_id", "ha.entity_" + i.ToString(CultureInfo.InvariantCulture));
            w.WriteString("name", "Entity " + i.ToString(CultureInfo.InvariantCulture));
            w.WriteString("zone_id", Ulid('Z', i % 20));
            w.WriteStartObject("metadata");
            w.WriteString("room", "R" + (i % 50).ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteString("created_at", s_created.AddSeconds(i));
            w.WriteString("updated_at", s_created.AddHours(1).AddSeconds(i));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("total", total);
        w.WriteEndObject();
    }
}
