#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// The interpolated-string handler of .NET 6+, so that on netstandard2.0 too `$"..."` accepts span holes and
// string.Create(provider, $"..." + $"...") formats with the given culture. The compiler uses it for every
// interpolated string the assembly turns into a string; it formats each hole as string.Format would (IFormattable
// with the format and provider, else ToString()), into a StringBuilder.
using System.Text;
using Microsoft.CodeAnalysis;

namespace System.Runtime.CompilerServices;

[Embedded]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerAttribute : Attribute;

[Embedded]
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
{
    public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = [argument];

    public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) => Arguments = arguments;

    public string[] Arguments { get; }
}

[Embedded]
[InterpolatedStringHandler]
internal ref struct DefaultInterpolatedStringHandler
{
    private readonly IFormatProvider? _provider;
    private StringBuilder? _builder;

    public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        _provider = null;
        _builder = new StringBuilder(literalLength + (formattedCount * 11));
    }

    public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider? provider)
    {
        _provider = provider;
        _builder = new StringBuilder(literalLength + (formattedCount * 11));
    }

    private StringBuilder Builder => _builder ??= new StringBuilder();

    public void AppendLiteral(string value) => Builder.Append(value);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

    public void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);

    public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

    public void AppendFormatted<T>(T value, int alignment, string? format)
    {
        var text = value switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(format, _provider),
            _ => value.ToString() ?? string.Empty,
        };
        AppendAligned(text.AsSpan(), alignment);
    }

    public void AppendFormatted(ReadOnlySpan<char> value) => AppendAligned(value, 0);

    public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null) => AppendAligned(value, alignment);

    public void AppendFormatted(string? value) => Builder.Append(value);

    public void AppendFormatted(string? value, int alignment = 0, string? format = null) => AppendAligned(value.AsSpan(), alignment);

    public void AppendFormatted(object? value, int alignment = 0, string? format = null) => AppendFormatted<object?>(value, alignment, format);

    public override string ToString() => Builder.ToString();

    public string ToStringAndClear()
    {
        var text = Builder.ToString();
        _builder = null;
        return text;
    }

    // Positive alignment pads on the left, negative on the right, as composite formatting does.
    private void AppendAligned(ReadOnlySpan<char> value, int alignment)
    {
        var padding = Math.Abs(alignment) - value.Length;
        if (padding > 0 && alignment > 0)
        {
            Builder.Append(' ', padding);
        }

        Builder.Append(value);
        if (padding > 0 && alignment < 0)
        {
            Builder.Append(' ', padding);
        }
    }
}
#endif
