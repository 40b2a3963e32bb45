#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// HTTP members of .NET Core 2.1-6 that netstandard2.0 lacks. The cancellable ReadAs*Async overloads check the token
// before reading: netstandard2.0's HttpContent cannot stop a read once it has started, and the SDK's own reads go
// through Stream.ReadAsync, which can.
using System.Net;
using System.Net.Http.Headers;
using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class HttpExtensions
{
    private static readonly HttpMethod s_patch = new("PATCH");

    extension(HttpMethod)
    {
        public static HttpMethod Patch => s_patch;
    }

    extension(HttpStatusCode)
    {
        public static HttpStatusCode PermanentRedirect => (HttpStatusCode)308;

        public static HttpStatusCode UnprocessableEntity => (HttpStatusCode)422;

        public static HttpStatusCode TooManyRequests => (HttpStatusCode)429;
    }

    extension(HttpHeaders headers)
    {
        /// <summary>The headers as they are stored; see <see cref="HttpHeadersNonValidated"/>.</summary>
        public HttpHeadersNonValidated NonValidated => new(headers);
    }

    public static Task<Stream> ReadAsStreamAsync(this HttpContent content, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled<Stream>(cancellationToken) : content.ReadAsStreamAsync();

    public static Task<string> ReadAsStringAsync(this HttpContent content, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled<string>(cancellationToken) : content.ReadAsStringAsync();

    public static Task<byte[]> ReadAsByteArrayAsync(this HttpContent content, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled<byte[]>(cancellationToken) : content.ReadAsByteArrayAsync();

    public static Task CopyToAsync(this HttpContent content, Stream stream, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : content.CopyToAsync(stream);
}
#endif
