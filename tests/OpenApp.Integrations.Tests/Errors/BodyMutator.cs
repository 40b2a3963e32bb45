using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Tests.Errors;

/// <summary>
/// Makes a valid body for any response contract (from its source-generated metadata) and deterministic mutations of
/// it: truncations, deleted spans, flipped characters, inserted fragments, values of the wrong type, wrong roots.
/// </summary>
public sealed class BodyMutator
{
    private static readonly string[] s_fragments =
    {
        "null", "[]", "{}", "\"x\"", "1e400", "-1", "99999999999999999999999", "true", "\"\\u0000\"", "\"\\ud800\"", ",", ":",
        "\"", "{\"a\":", "]", "}", "NaN", "0x10", "'single'", "/* c */", "\\",
    };

    private static readonly string[] s_roots =
    {
        string.Empty, " ", "null", "[]", "{}", "42", "\"text\"", "true", "<html><body>502 Bad Gateway</body></html>",
        "Service Unavailable", "\uFEFF{}", new string('[', 200) + new string(']', 200), "{\"items\":" + new string('[', 70) + new string(']', 70) + "}",
        "{\"a\":1}{\"b\":2}", "[{}]", "[null]", "{\"total\":\"many\"}", "{\"items\":null,\"total\":null}", "{\"id\":" + new string('9', 500) + "}",
    };

    private const string Noise = "{}[]\":,\\ 0a-n\u0001\u00e9";

    private readonly Random _random;

    public BodyMutator(int seed) => _random = new Random(seed);

    /// <summary>A valid body for <paramref name="type"/>: every property present with a plausible value.</summary>
    public static string Sample(Type type) => Sample(type, 0)?.ToJsonString() ?? "null";

    /// <summary>A mutation of <paramref name="seed"/> (valid JSON of the right shape).</summary>
    public string Mutate(string seed)
    {
        switch (_random.Next(10))
        {
            case 0:
                return seed[.._random.Next(seed.Length + 1)];
            case 1:
                {
                    var start = _random.Next(seed.Length);
                    return seed.Remove(start, _random.Next(1, Math.Min(20, seed.Length - start) + 1));
                }

            case 2:
                {
                    var chars = seed.ToCharArray();
                    for (var i = _random.Next(1, 4); i > 0; i--)
                    {
                        chars[_random.Next(chars.Length)] = Noise[_random.Next(Noise.Length)];
                    }

                    return new string(chars);
                }

            case 3:
                return seed.Insert(_random.Next(seed.Length + 1), s_fragments[_random.Next(s_fragments.Length)]);
            case 4:
                return s_roots[_random.Next(s_roots.Length)];
            default:
                return WrongType(seed);
        }
    }

    /// <summary>Byte-level damage for the in-process decoder: invalid UTF-8 and cut multi-byte sequences.</summary>
    public byte[] MutateBytes(string seed)
    {
        var bytes = Encoding.UTF8.GetBytes(_random.Next(3) == 0 ? seed : Mutate(seed));
        if (bytes.Length > 0 && _random.Next(2) == 0)
        {
            bytes[_random.Next(bytes.Length)] = (byte)(_random.Next(2) == 0 ? 0xFF : 0xC3);
        }

        return bytes;
    }

    private string WrongType(string seed)
    {
        var root = JsonNode.Parse(seed);
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(root, slots);
        if (slots.Count == 0)
        {
            return s_roots[_random.Next(s_roots.Length)];
        }

        var (parent, key) = slots[_random.Next(slots.Count)];
        var replacement = RandomValue();
        if (parent is JsonObject obj)
        {
            if (_random.Next(6) == 0)
            {
                obj.Remove((string)key);
            }
            else
            {
                obj[(string)key] = replacement;
            }
        }
        else
        {
            ((JsonArray)parent)[(int)key] = replacement;
        }

        return root?.ToJsonString() ?? "null";
    }

    private JsonNode? RandomValue() => _random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(-5, 5)),
        2 => JsonValue.Create(1e300),
        3 => JsonValue.Create(long.MaxValue),
        4 => JsonValue.Create("not-a-" + _random.Next(100)),
        5 => JsonValue.Create(_random.Next(2) == 0),
        6 => new JsonArray(),
        7 => new JsonArray(JsonValue.Create(1), null, JsonValue.Create("x")),
        8 => new JsonObject(),
        9 => new JsonObject { ["en"] = 5, ["he"] = null },
        10 => JsonValue.Create("2030-13-45T99:99:99Z"),
        _ => JsonValue.Create(string.Empty),
    };

    private static void Collect(JsonNode? node, List<(JsonNode, object)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    slots.Add((obj, name));
                    Collect(child, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, i));
                    Collect(array[i], slots);
                }

                break;
        }
    }

    private static JsonNode? Sample(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "sample";
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return 3;
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return 1.5;
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "2030-01-01T12:00:00+00:00";
        }

        if (type == typeof(JsonElement) || type == typeof(object) || type == typeof(JsonDocument))
        {
            return new JsonObject { ["k"] = 1, ["list"] = new JsonArray(1, 2) };
        }

        if (type == typeof(LocalizedString))
        {
            return new JsonObject { ["en"] = "Lobby", ["he"] = "לובי" };
        }

        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IExtensibleValue<>)))
        {
            return "ok";
        }

        if (depth > 6)
        {
            return null;
        }

        var info = OpenAppJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"No contract for {type}.");
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                var obj = new JsonObject();
                foreach (var property in info.Properties)
                {
                    obj[property.Name] = Sample(property.PropertyType, depth + 1);
                }

                if (type == typeof(InviteRecurrenceSeriesEnd))
                {
                    obj["kind"] = "never";
                }

                return obj;
            case JsonTypeInfoKind.Enumerable:
                return new JsonArray(Sample(ElementOf(type), depth + 1), Sample(ElementOf(type), depth + 1));
            case JsonTypeInfoKind.Dictionary:
                return new JsonObject { ["key"] = Sample(ElementOf(type), depth + 1) };
            default:
                return "sample";
        }
    }

    // The item type of a list or the value type of a dictionary (JsonTypeInfo.ElementType is .NET 9+; this suite also
    // runs on .NET 8): the last type argument of the IEnumerable<T> it implements, KeyValuePair<K, V> unwrapped.
    private static Type ElementOf(Type type)
    {
        var item = type.IsArray
            ? type.GetElementType()!
            : (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces()
                .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))).GetGenericArguments()[0];
        return item.IsGenericType && item.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? item.GetGenericArguments()[1] : item;
    }
}
