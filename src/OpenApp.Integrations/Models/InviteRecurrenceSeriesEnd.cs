using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>
/// How a recurring invite series ends: <c>never</c>, <c>until</c> a time (<see cref="At"/>), or after a
/// <c>count</c> of occurrences (<see cref="Total"/>).
/// </summary>
/// <remarks>
/// Hand-written: the bundle declares a <c>oneOf</c> of three objects told apart by <c>kind</c>, which the generator
/// turns into an empty class. One class with the union of the fields reads all three.
/// </remarks>
public sealed class InviteRecurrenceSeriesEnd
{
    /// <summary>The kind <c>never</c>.</summary>
    public const string KindNever = "never";

    /// <summary>The kind <c>until</c>.</summary>
    public const string KindUntil = "until";

    /// <summary>The kind <c>count</c>.</summary>
    public const string KindCount = "count";

    /// <summary><c>never</c>, <c>until</c> or <c>count</c> (other values are kept as sent).</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KindNever;

    /// <summary>When the series ends, for <c>until</c>.</summary>
    [JsonPropertyName("at")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? At { get; set; }

    /// <summary>How many occurrences the series has, for <c>count</c>.</summary>
    [JsonPropertyName("total")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Total { get; set; }

    /// <summary>The end of the last window of a <c>count</c> series, when the server computed it.</summary>
    [JsonPropertyName("last_window_to")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? LastWindowTo { get; set; }

    /// <summary>Fields this SDK does not know, kept as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
