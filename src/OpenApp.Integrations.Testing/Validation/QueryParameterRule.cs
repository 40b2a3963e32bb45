namespace OpenApp.Integrations.Testing.Validation;

/// <summary>The type of a flat query value.</summary>
internal enum QueryValueType
{
    /// <summary>Any text.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>, lower case.</summary>
    Boolean,

    /// <summary>A decimal integer.</summary>
    Integer,
}

/// <summary>One flat query key an operation accepts, with its type and whether the bundle requires it.</summary>
/// <param name="Name">The key, e.g. <c>include_deleted</c>.</param>
/// <param name="Type">The value type.</param>
/// <param name="Required">Whether a request without it is rejected.</param>
/// <param name="Minimum">The smallest integer allowed, if any.</param>
internal sealed record QueryParameterRule(string Name, QueryValueType Type, bool Required, long? Minimum);
