using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>The optional <c>include_deleted</c> query flag of single-resource operations.</summary>
public sealed class ReadOptions
{
    /// <summary>Also return a soft-deleted resource. Null leaves the flag out (server default).</summary>
    public bool? IncludeDeleted { get; set; }

    /// <summary>Writes the flag when set; <paramref name="options"/> null writes nothing.</summary>
    internal static void AddTo(ReadOptions? options, RequestSpec spec)
    {
        if (options is not null)
        {
            spec.AddQuery("include_deleted", options.IncludeDeleted);
        }
    }
}
