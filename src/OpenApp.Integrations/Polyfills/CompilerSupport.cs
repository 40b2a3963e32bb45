#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// Types the C# compiler needs for init accessors, required members and caller argument expressions; .NET 5+ has
// them in the box, netstandard2.0 does not. Internal, so they never clash with another assembly's copies.

using Microsoft.CodeAnalysis;

namespace System.Runtime.CompilerServices;

[Embedded]
internal static class IsExternalInit;

[Embedded]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class RequiredMemberAttribute : Attribute;

[Embedded]
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
internal sealed class CompilerFeatureRequiredAttribute(string featureName) : Attribute
{
    public string FeatureName { get; } = featureName;

    public bool IsOptional { get; init; }
}

[Embedded]
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class CallerArgumentExpressionAttribute(string parameterName) : Attribute
{
    public string ParameterName { get; } = parameterName;
}
#endif
