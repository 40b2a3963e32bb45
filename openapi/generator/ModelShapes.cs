namespace OpenApp.Integrations.Generator;

/// <summary>What a generated model class is for, which decides how it is written.</summary>
internal enum ModelKind
{
    /// <summary>A response (or part of one): plain properties, unknown fields kept, a factory method.</summary>
    Response,

    /// <summary>A request body (<c>x-openapp-request</c>): optional fields left out unless set, no extension data.</summary>
    Request,

    /// <summary>A list wrapper (<c>x-openapp-envelope</c>): internal, the façades unwrap it.</summary>
    Envelope,
}

/// <summary>One model class to write.</summary>
/// <param name="Name">The C# (and schema) name.</param>
/// <param name="BaseName">The base class, or null.</param>
/// <param name="Description">The schema's description (the class summary).</param>
/// <param name="Kind">What it is for.</param>
/// <param name="Properties">Its own properties (not the inherited ones), in bundle order.</param>
internal sealed record ModelShape(string Name, string? BaseName, string Description, ModelKind Kind, IReadOnlyList<PropertyShape> Properties);

/// <summary>One property of a model class.</summary>
/// <param name="JsonName">The wire name.</param>
/// <param name="Name">The C# name.</param>
/// <param name="Type">The C# type without a trailing <c>?</c>, e.g. <c>IList&lt;string&gt;</c> or <c>bool</c>.</param>
/// <param name="IsNullable">Whether the property's C# type is nullable (optional or null allowed).</param>
/// <param name="IsRequired">Whether the contract requires the field.</param>
/// <param name="IsValueType">Whether <see cref="Type"/> is a struct (so <c>T?</c> is <c>Nullable&lt;T&gt;</c>).</param>
/// <param name="Description">The property's description (its summary).</param>
/// <param name="AllowsNull">Whether the contract lets the field be JSON null (a request never sends null where it does not).</param>
internal sealed record PropertyShape(string JsonName, string Name, string Type, bool IsNullable, bool IsRequired, bool IsValueType, string Description, bool AllowsNull)
{
    /// <summary>The C# type as declared, with <c>?</c> when nullable.</summary>
    public string DeclaredType => IsNullable ? Type + "?" : Type;

    /// <summary>Whether the type is a list (<c>IList&lt;T&gt;</c>).</summary>
    public bool IsList => Type.StartsWith("IList<", StringComparison.Ordinal);

    /// <summary>Whether the type is a dictionary (<c>IDictionary&lt;K, V&gt;</c>).</summary>
    public bool IsDictionary => Type.StartsWith("IDictionary<", StringComparison.Ordinal);

    /// <summary>The <c>T</c> of a list type.</summary>
    public string ElementType => Type["IList<".Length..^1];
}

/// <summary>An open enum to write as an extensible string struct.</summary>
/// <param name="Name">The C# (and schema) name.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="Values">Wire value and C# name of each known value.</param>
internal sealed record OpenEnumShape(string Name, string Description, IReadOnlyList<(string Value, string Name)> Values);
