using System.Text.Json.Serialization;

namespace OpenApp.Integrations.Serialization;

/// <summary>
/// The source-generated JSON contracts of every model the SDK reads or writes. All JSON in the SDK goes through
/// it (no reflection), which keeps the library trimming- and Native-AOT-safe.
/// </summary>
/// <remarks>
/// Its <c>[JsonSerializable]</c> attributes are generated from the bundle (<c>Generated/Serialization/OpenAppJsonContext.g.cs</c>):
/// the JSON source generator reads one declaration's attributes only. Use <see cref="OpenAppJson.Options"/> rather
/// than <see cref="JsonSerializerContext.Options"/> of <c>Default</c>.
/// </remarks>
internal sealed partial class OpenAppJsonContext : JsonSerializerContext
{
}
