#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// Threading members of .NET Core 3.0-8 that netstandard2.0 lacks. TimeProvider itself comes from
// Microsoft.Bcl.TimeProvider, whose extension methods these forward to.

using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class ThreadingExtensions
{
    extension(Task)
    {
        public static Task Delay(TimeSpan delay, TimeProvider timeProvider, CancellationToken cancellationToken = default) =>
            timeProvider.Delay(delay, cancellationToken);
    }

    extension(ValueTask)
    {
        public static ValueTask CompletedTask => default;

        public static ValueTask<TResult> FromResult<TResult>(TResult result) => new(result);

        public static ValueTask FromCanceled(CancellationToken cancellationToken) => new(Task.FromCanceled(cancellationToken));

        public static ValueTask FromException(Exception exception) => new(Task.FromException(exception));
    }

    /// <summary>Registers without capturing the execution context, like .NET's <c>UnsafeRegister</c>.</summary>
    public static CancellationTokenRegistration UnsafeRegister(this CancellationToken token, Action<object?> callback, object? state)
    {
        if (ExecutionContext.IsFlowSuppressed())
        {
            return token.Register(callback, state);
        }

        using (ExecutionContext.SuppressFlow())
        {
            return token.Register(callback, state);
        }
    }

    /// <summary>
    /// netstandard2.0's source cannot be reset (.NET 6 added TryReset): it reports false, as .NET does for a source
    /// that cannot, and callers that pool sources dispose it and make a new one instead.
    /// </summary>
    public static bool TryReset(this CancellationTokenSource source) => false;

    public static Task CancelAsync(this CancellationTokenSource source)
    {
        source.Cancel();
        return Task.CompletedTask;
    }
}
#endif
